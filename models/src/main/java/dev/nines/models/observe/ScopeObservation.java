package dev.nines.models.observe;

import java.io.Serializable;

/**
 * What one replication saw of one scope, over the observed window [warm-up, horizon], and its time
 * to first failure.
 *
 * <p>Every figure but the first failure is closed at the horizon. The first failure is not: a
 * replication whose system has not failed by the horizon is followed past it, on the same
 * trajectory, until the system's first failure or a stated limit, so that the time to first
 * failure is seen without conditioning on failing before the horizon. Then either
 * {@code firstFailure} is known, or the scope is censored at {@code survivedUntil}.
 *
 * @param upTime time up in the window, in seconds
 * @param downTime time down in the window
 * @param failures up-to-down changes in the window
 * @param firstFailure time of the scope's first failure from time 0 (it may exceed the horizon),
 *     NaN if none was seen
 * @param survivedUntil when {@code firstFailure} is NaN, the time until which the scope was followed
 *     without failing (at least the horizon for the system); else NaN
 * @param outages lengths of the outages that began and ended within the window
 * @param unitAvailability mean availability of the scope's units (groups), NaN for the system
 */
public record ScopeObservation(
    String scope,
    double upTime,
    double downTime,
    int failures,
    double firstFailure,
    double survivedUntil,
    double[] outages,
    double unitAvailability) implements Serializable {

  public ScopeObservation {
    outages = outages.clone();
    if (Double.isNaN(firstFailure) == Double.isNaN(survivedUntil)) {
      throw new IllegalArgumentException(scope + ": give either the first failure ("
          + firstFailure + ") or the time survived (" + survivedUntil + "), not both");
    }
  }

  /** Time up divided by time observed. */
  public double availability() {
    return upTime / (upTime + downTime);
  }

  @Override
  public double[] outages() {
    return outages.clone();
  }

  /** True when the scope's first failure was seen; false when it is censored. */
  public boolean failed() {
    return !Double.isNaN(firstFailure);
  }

  /**
   * The same window figures with another time to first failure: {@code firstFailure} when it is a
   * number, else censored at {@code survivedUntil}.
   */
  public ScopeObservation withFirstFailure(double firstFailure, double survivedUntil) {
    return new ScopeObservation(scope, upTime, downTime, failures, firstFailure,
        Double.isNaN(firstFailure) ? survivedUntil : Double.NaN, outages, unitAvailability);
  }
}
