package dev.nines.models.analytics;

/**
 * A condition a formula rests on. Each formula family declares the ones it needs (for example
 * {@link TrafficAnalytics#ASSUMES}); {@link ScenarioFacts} checks them against the scenario, once,
 * in one place; where one fails the formula gives no value and the analytic column names the
 * assumption that failed ({@link ScenarioFacts#broken}).
 */
public enum Assumption {

  /** Units go down by their own failure model only: scripted faults are in no formula. */
  NO_SCRIPTED_FAULTS("units go down by their failure model only (no scripted faults)"),

  /** The servers behind the balancer never fail, by their model or by scripted faults. */
  SERVERS_NEVER_FAIL("the servers never fail"),

  /** No health detector takes an up server out of the balancer (it has no false suspicions). */
  NO_HEALTH_REMOVAL("no server that is up is taken out by its health detector"),

  /** Requests arrive as a Poisson stream at a constant rate. */
  POISSON_ARRIVALS("Poisson arrivals at a constant rate"),

  /** Requests never time out. */
  NO_TIMEOUTS("requests never time out"),

  /** Requests dropped by a full queue are not retried (their retries would not be Poisson). */
  NO_RETRIED_DROPS("dropped requests are not retried"),

  /** Every server gets less work than it can do: its own share of the arrivals, not the mean. */
  STABLE_SERVERS("every server's own load is below its capacity"),

  /** The group's units are repaired independently: no crew smaller than the group. */
  INDEPENDENT_REPAIRS("units repaired independently (no crew shorter than the group)"),

  /**
   * A watched unit fails at a uniformly random phase of its heartbeats: true of a failure drawn from
   * a life distribution, not of a scripted fault at a set time.
   */
  UNIFORM_PHASE("failures fall at a uniformly random phase of the heartbeats");

  private final String assumes;

  Assumption(String assumes) {
    this.assumes = assumes;
  }

  /** What the formula assumes, in a few words (for the README's formula list and help). */
  public String assumes() {
    return assumes;
  }
}
