package dev.nines.models.analytics;

/** Analytic figures of a repair crew: utilization, mean number waiting, mean wait (seconds). */
public record CrewAnalytics(Analytic utilization, Analytic queueLength, Analytic meanWait) {

  /** Nothing known, for the reason given. */
  public static CrewAnalytics none(String reason) {
    Analytic none = Analytic.none(reason);
    return new CrewAnalytics(none, none, none);
  }
}
