package dev.nines.models.analytics;

import dev.nines.models.distributions.Distribution;

/**
 * The analytic long-run figures of one scope (the system or a group).
 *
 * <p>Unavailability is its own number, not 1 − availability: every producer computes it directly
 * (the down states' probabilities of a chain, lower-tail sums and products of unit
 * unavailabilities in the closed forms), so it keeps its full relative precision however small it
 * is, 1e-18 as much as 1e-3, where 1 − A would be lost to rounding past about 15 nines. Nines,
 * downtime and MTTR are read from it.
 *
 * @param availability steady-state availability
 * @param unavailability steady-state unavailability U = 1 − A, computed as such (see above)
 * @param failureFrequency failures per second in steady state
 * @param mtbf mean up time between failures, A / f
 * @param mttr mean time to restore, U / f
 * @param mttf mean time to the first failure, starting with every unit new
 * @param unitAvailability availability of one of the group's units (NONE for the system)
 * @param outageDuration the distribution of outage lengths where it is known (a single failing unit
 *     in series: its repair distribution), else null
 */
public record ScopeAnalytics(
    Analytic availability,
    Analytic unavailability,
    Analytic failureFrequency,
    Analytic mtbf,
    Analytic mttr,
    Analytic mttf,
    Analytic unitAvailability,
    Distribution outageDuration) {

  /** Each figure from this, or from {@code other} where this has no value. */
  public ScopeAnalytics orElse(ScopeAnalytics other) {
    return new ScopeAnalytics(
        pick(availability, other.availability),
        pick(unavailability, other.unavailability),
        pick(failureFrequency, other.failureFrequency),
        pick(mtbf, other.mtbf),
        pick(mttr, other.mttr),
        pick(mttf, other.mttf),
        pick(unitAvailability, other.unitAvailability),
        outageDuration != null ? outageDuration : other.outageDuration);
  }

  private static Analytic pick(Analytic mine, Analytic theirs) {
    if (mine.hasValue() || !theirs.hasValue() && mine.formula() != null) {
      return mine;
    }
    return theirs;
  }

  /** Nothing known, for the reason given. */
  public static ScopeAnalytics none(String reason) {
    Analytic none = Analytic.none(reason);
    return new ScopeAnalytics(none, none, none, none, none, none, none, null);
  }
}
