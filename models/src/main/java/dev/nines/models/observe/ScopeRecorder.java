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
    accumulate(time);
    up = nowUp;
    if (!nowUp) {
      if (Double.isNaN(firstFailure)) {
        firstFailure = time;
      }
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

  /** Closes the observation at the horizon: an outage still going on there is censored. */
  public ScopeObservation finish(double horizon, double unitAvailability) {
    accumulate(horizon);
    return new ScopeObservation(
        scope, upTime, downTime, failures, firstFailure,
        Arrays.copyOf(outages, outageCount), unitAvailability);
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
