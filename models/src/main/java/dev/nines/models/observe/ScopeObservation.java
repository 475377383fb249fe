package dev.nines.models.observe;

import java.io.Serializable;

/**
 * What one replication saw of one scope, over the observed window [warm-up, horizon].
 *
 * @param upTime time up in the window, in seconds
 * @param downTime time down in the window
 * @param failures up-to-down changes in the window
 * @param firstFailure time of the first failure from time 0, NaN if none before the horizon
 * @param outages lengths of the outages that began and ended within the window
 * @param unitAvailability mean availability of the scope's units (groups), NaN for the system
 */
public record ScopeObservation(
    String scope,
    double upTime,
    double downTime,
    int failures,
    double firstFailure,
    double[] outages,
    double unitAvailability) implements Serializable {

  public ScopeObservation {
    outages = outages.clone();
  }

  /** Time up divided by time observed. */
  public double availability() {
    return upTime / (upTime + downTime);
  }

  @Override
  public double[] outages() {
    return outages.clone();
  }
}
