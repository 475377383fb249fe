package dev.nines.models.analytics;

/**
 * The analytic figures of a Raft-style quorum's elections ({@link ElectionTime}), and the quorum's
 * own long-run figures that follow from them.
 *
 * @param electionTime the mean duration of an election, seconds
 * @param electionTimeP50 its median
 * @param electionTimeP99 its 99th percentile
 * @param electionRate elections per second in the long run
 * @param electionDownFraction the long-run share of time spent in elections (a majority up, no
 *     leader)
 * @param scope the quorum's availability, unavailability, outage frequency, MTBF, MTTR and MTTF,
 *     with the elections' cost; its unit availability NONE and no outage law
 */
public record QuorumAnalytics(
    Analytic electionTime,
    Analytic electionTimeP50,
    Analytic electionTimeP99,
    Analytic electionRate,
    Analytic electionDownFraction,
    ScopeAnalytics scope) {

  /** Nothing known, for the reason given. */
  public static QuorumAnalytics none(String reason) {
    Analytic none = Analytic.none(reason);
    return new QuorumAnalytics(none, none, none, none, none, ScopeAnalytics.none(reason));
  }
}
