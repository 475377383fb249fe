package dev.nines.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the replications of a run to stop: Ctrl-C, a wall-clock {@code --timeout}, or a
 * {@code --max-events} budget shared by all of them. A {@link Simulation} that watches a signal
 * reports its events every {@value Simulation#CHECK_EVERY} and throws {@link Stopped} once the
 * signal is up, so a replication stops within a few microseconds of work; {@link Replications}
 * then keeps the replications that finished. Thread-safe.
 */
public final class StopSignal {

  /** A signal that never stops anything (no limits; nobody calls {@link #stop}). */
  public static StopSignal none() {
    return new StopSignal(Long.MAX_VALUE, 0);
  }

  private final long maxEvents;
  private final long deadline; // System.nanoTime() at which to stop; 0 for none
  private final AtomicLong events = new AtomicLong();
  private volatile String reason;

  /**
   * @param maxEvents stop once the replications have fired more events than this, in all
   * @param timeoutNanos stop this long after now; 0 for no timeout
   */
  public StopSignal(long maxEvents, long timeoutNanos) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("the event budget must be positive, got " + maxEvents);
    }
    if (timeoutNanos < 0) {
      throw new IllegalArgumentException("the timeout must not be negative, got " + timeoutNanos);
    }
    this.maxEvents = maxEvents;
    this.deadline = timeoutNanos == 0 ? 0 : Math.max(1, System.nanoTime() + timeoutNanos);
  }

  /** Raises the signal; the first reason given is the one kept. */
  public void stop(String why) {
    if (reason == null) {
      synchronized (this) {
        if (reason == null) {
          reason = why;
        }
      }
    }
  }

  /** Counts events fired; true when the run must stop (for this or an earlier reason). */
  public boolean count(long fired) {
    if (events.addAndGet(fired) > maxEvents) {
      stop("the event budget of " + maxEvents + " (--max-events) ran out");
    }
    return stopped();
  }

  /** Whether the run must stop; also raises the signal when the timeout has passed. */
  public boolean stopped() {
    if (reason == null && deadline != 0 && System.nanoTime() - deadline >= 0) {
      stop("the time limit (--timeout) was reached");
    }
    return reason != null;
  }

  /** Why the run stopped, or null while it need not. */
  public String reason() {
    stopped();
    return reason;
  }

  /** Events counted so far, over every replication. */
  public long events() {
    return events.get();
  }

  /** Thrown out of a replication that the signal stopped; the replication's work is dropped. */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stopped(String reason) {
      super(reason, null, false, false);
    }
  }
}
