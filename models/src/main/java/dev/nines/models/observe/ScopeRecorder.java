package dev.nines.models.observe;

import dev.nines.models.units.StateListener;
import java.util.Arrays;

/**
 * Watches the up/down state of one scope (the system, or a group) during a replication. From the end
 * of the warm-up on, it sums up time and down time, counts failures (up-to-down changes) and records
 * the length of every outage that began after the warm-up and ended before the horizon. The time of
 * the first failure is kept from time 0, warm-up or not: it is the time to first failure. A scope
 * that starts down (a Markov unit whose initial state is down) has not failed: its first failure is
 * its first change from up to down.
 *
 * <p>{@link #finish} closes the window at the horizon: from then on the recorder only watches for
 * the first failure, while the replication is followed past its horizon ({@link #followed}).
 */
public final class ScopeRecorder implements StateListener {

  private final String scope;
  private final double warmup;
  private boolean up = true;
  private double since;
  private double upTime;
  private double downTime;
  private int failures;
  private double firstFailure = Double.NaN;
  private double outageStart = Double.NaN;
  private double[] outages = new double[16];
  private int outageCount;
  /** What the window saw, once it is closed at the horizon; null before. */
  private ScopeObservation closed;

  public ScopeRecorder(String scope, double warmup) {
    this.scope = scope;
    this.warmup = warmup;
    this.since = warmup;
  }

  @Override
  public void changed(double time, boolean nowUp) {
    if (nowUp == up) {
      return;
    }
    if (closed == null) {
      accumulate(time);
    }
    up = nowUp;
    if (!nowUp && Double.isNaN(firstFailure)) {
      firstFailure = time;
    }
    if (closed != null) {
      return; // past the horizon: only the first failure is still watched
    }
    if (!nowUp) {
      if (time >= warmup) {
        failures++;
        outageStart = time;
      }
    } else if (!Double.isNaN(outageStart)) {
      addOutage(time - outageStart);
      outageStart = Double.NaN;
    }
  }

  /**
   * The scope starts the run down: nothing failed, so this is neither a failure nor the start of a
   * counted outage; the time until it first comes up counts as down time.
   */
  @Override
  public void startsDown(double time) {
    accumulate(time);
    up = false;
  }

  /**
   * Closes the observation at the horizon: an outage still going on there is censored, and so is
   * the time to first failure of a scope that has not failed yet (survived until the horizon).
   * Changes after this move no figure but the first failure ({@link #followed}).
   *
   * @throws IllegalStateException when already closed
   */
  public ScopeObservation finish(double horizon, double unitAvailability) {
    if (closed != null) {
      throw new IllegalStateException(scope + ": the observation is already closed");
    }
    accumulate(horizon);
    closed = new ScopeObservation(
        scope, upTime, downTime, failures, firstFailure,
        Double.isNaN(firstFailure) ? horizon : Double.NaN,
        Arrays.copyOf(outages, outageCount), unitAvailability);
    return closed;
  }

  /**
   * The observation closed at the horizon, with the first failure seen while the replication was
   * followed past it, up to {@code until}: the scope's first failure if it came by then, else
   * censored at {@code until}.
   *
   * @throws IllegalStateException before {@link #finish}
   */
  public ScopeObservation followed(double until) {
    if (closed == null) {
      throw new IllegalStateException(scope + ": close the observation at the horizon first");
    }
    return closed.withFirstFailure(firstFailure, until);
  }

  /** Time of the scope's first failure from time 0, at any time; NaN while it has not failed. */
  public double firstFailure() {
    return firstFailure;
  }

  /** True once the scope has failed (changed from up to down), at any time. */
  public boolean hasFailed() {
    return !Double.isNaN(firstFailure);
  }

  private void accumulate(double time) {
    if (time > since) {
      if (up) {
        upTime += time - since;
      } else {
        downTime += time - since;
      }
      since = time;
    }
  }

  private void addOutage(double duration) {
    if (outageCount == outages.length) {
      outages = Arrays.copyOf(outages, outageCount * 2);
    }
    outages[outageCount++] = duration;
  }
}
