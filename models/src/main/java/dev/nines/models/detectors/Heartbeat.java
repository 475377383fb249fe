package dev.nines.models.detectors;

import dev.nines.models.distributions.Distribution;

/**
 * The settings of a heartbeat failure detector (DESIGN.md §3): a monitored unit sends a heartbeat
 * every {@code interval} while it is up; each is lost with probability {@code loss}, or else arrives
 * after a time drawn from {@code delay}; the monitor suspects the unit once no heartbeat has arrived
 * for {@code timeout}, and trusts it again at the next arrival.
 *
 * @param interval seconds between two heartbeats, positive
 * @param timeout seconds without a heartbeat before the unit is suspected, more than the interval
 * @param loss probability that one heartbeat is lost, in [0, 1)
 * @param delay the delay of each heartbeat that arrives, or null when heartbeats arrive at once
 */
public record Heartbeat(double interval, double timeout, double loss, Distribution delay) {

  public Heartbeat {
    if (!(interval > 0) || Double.isInfinite(interval)) {
      throw new IllegalArgumentException("heartbeat interval must be positive and finite, got "
          + interval);
    }
    if (!(timeout > interval) || Double.isInfinite(timeout)) {
      throw new IllegalArgumentException("heartbeat timeout must be finite and longer than the "
          + "interval " + interval + ", got " + timeout);
    }
    if (!(loss >= 0 && loss < 1)) {
      throw new IllegalArgumentException("heartbeat loss must lie in [0, 1), got " + loss);
    }
  }

  /** A lossless heartbeat that arrives at once. */
  public Heartbeat(double interval, double timeout) {
    this(interval, timeout, 0, null);
  }

  /** The mean delay of a heartbeat that arrives; 0 without a delay. */
  public double meanDelay() {
    return delay == null ? 0 : delay.mean();
  }
}
