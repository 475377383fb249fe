package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The election time of a Raft-style quorum with instant messages, as order statistics of the
 * election timeouts, and what follows from it: how often elections come, the time they cost, and
 * the quorum's own availability (its majority's, less the time spent in elections).
 *
 * <p><b>What an election is</b> (the rules of {@code QuorumNode}). A leader heartbeats every I from
 * the start of its term; each follower's timer restarts on every heartbeat, with a fresh timeout T
 * (an independent draw). When the leader fails with a majority m = ⌊n/2⌋ + 1 left, the k up
 * followers' timers run from its last heartbeat, U·I before the failure (U uniform: the leader's
 * life is exponential and far longer than I), and fire no earlier than the failure; the first to
 * fire stands and, messages being instant, wins at that instant: X = (min_i T_i − U·I)⁺. When a
 * repair restores the majority with no leader, the m members up start fresh timers: X = min_i T_i.
 * {@link ElectionLaw} gives the exact law of each, {@link LeaderChain} how often each kind of
 * election comes and with how many members up; the law of an election is their mixture, weighted
 * by rate. Its mean is exact, its quantiles by bisection on the exact CDF. The quorum is up while a
 * leader is in office with a majority up: its unavailability is the majority's plus the share of
 * time in elections (rate × mean), and its outages are elections after a leader's failure and
 * majority losses; its MTTF is the mean time from all new to the first of these.
 *
 * <p><b>Assumptions</b>, each checked here (the first that fails empties the column, and names
 * itself): the group's units fail (no election otherwise); their lives and repairs are exponential
 * (the birth-death chain of the members up, and the uniform phase of a failure among the
 * heartbeats); they are repaired at once, or by a crew that serves this group alone, or one with a
 * repairer for every unit it serves; messages are instant (a delay lets candidates stand within a
 * delay of each other and split the vote: rounds with no closed form). Scripted faults and a
 * stationary start are for the caller (a quorum refuses the latter).
 *
 * <p><b>Error.</b> The one thing left out is a member changing state within an election or the
 * heartbeat interval before it (a repaired member joining with a fresh timer, a failure voiding a
 * round, the phase's slight dependence on the members up). That happens with probability about
 * ε = ν·(I + E[T]), ν = nλ + min(n, c)·μ the fastest rate at which members change, and moves each
 * figure by a relative ε or less: the formula names state ε, and above 1e-2 there is no value.
 * Counts and shares are long-run rates; a run's start with every unit new adds a transient.
 */
public final class ElectionTime {

  /** The largest error ε at which a value is still given. */
  static final double MAX_ERROR = 1e-2;

  private static final String LAW = "(min of k timeouts − U·I)⁺ over k up (leader chain),"
      + " no message delay";
  private static final String MEAN = "E[(min of k timeouts − U·I)⁺] over k up (leader chain),"
      + " no message delay";

  private ElectionTime() {}

  /** The election figures of {@code quorum} in {@code model}, or none with the assumption failed. */
  public static QuorumAnalytics of(SystemModel model, Structure.Quorum quorum) {
    ComponentGroup g = model.group(quorum.group());
    Heartbeat heartbeat = quorum.heartbeat() == null ? null
        : model.detector(quorum.heartbeat()).heartbeat();
    String failed = failedAssumption(model, g, heartbeat);
    if (failed != null) {
      return QuorumAnalytics.none("no formula: " + failed);
    }
    int n = g.count();
    double lambda = 1 / g.failure().mean();
    double mu = 1 / g.repair().mean();
    int repairers = repairers(model, g);
    double interval = heartbeat == null ? 0 : heartbeat.interval();
    double error = (n * lambda + Math.min(n, repairers) * mu)
        * (interval + quorum.electionTimeout().mean());
    if (error > MAX_ERROR) {
      return QuorumAnalytics.none("no formula: members change state within an election too often"
          + " (error ~" + approximately(error) + ")");
    }
    LeaderChain chain = new LeaderChain(n, lambda, mu, repairers);
    List<ElectionLaw.Part> parts = new ArrayList<>();
    double rate = 0;
    for (int k = chain.majority(); k < n; k++) {
      double r = chain.leaderLostRate(k);
      if (r > 0) {
        parts.add(new ElectionLaw.Part(r, k, true));
        rate += r;
      }
    }
    double regained = chain.majorityRegainedRate();
    if (regained > 0) {
      parts.add(new ElectionLaw.Part(regained, chain.majority(), false));
      rate += regained;
    }
    ElectionLaw law = new ElectionLaw(quorum.electionTimeout(), interval, parts);
    String suffix = ", approx. (relative error ~" + approximately(error) + ")";
    double mean = law.mean();
    double down = rate * mean;
    double outages = chain.outageRate();
    double a = chain.majorityUp() - down;
    double u = chain.noMajority() + down;
    // The stated error: of the order of ε of each election figure, and ε of the election
    // downtime in A and U (the majority's part is exact).
    ScopeAnalytics scope = new ScopeAnalytics(
        Analytic.approx(a, "A(majority) − f·E[election], leader chain" + suffix, error * down),
        Analytic.approx(u, "U(majority) + f·E[election], leader chain" + suffix, error * down),
        relative(outages, "elections after a leader's failure + majority losses, leader chain"
            + suffix, error),
        relative(a / outages, "A/f, leader chain" + suffix, error),
        relative(u / outages, "U/f, leader chain" + suffix, error),
        Analytic.of(chain.meanTimeToFirstOutage(),
            "leader chain: mean time to the leader's failure or a lost majority"),
        Analytic.NONE, null);
    return new QuorumAnalytics(
        relative(mean, MEAN + suffix, error),
        relative(law.quantile(0.50), "median of " + LAW + suffix, error),
        relative(law.quantile(0.99), "p99 of " + LAW + suffix, error),
        relative(rate, "λ·Σ π(k+1) after a leader's failure + r(m−1)·P(no leader, m−1 up),"
            + " leader chain" + suffix, error),
        relative(down, "f·E[election]" + suffix, error),
        scope);
  }

  /** An approximation within {@code error} of itself. */
  private static Analytic relative(double value, String formula, double error) {
    return Analytic.approx(value, formula, error * Math.abs(value));
  }

  /** The first assumption that fails, in a few words, or null. */
  static String failedAssumption(SystemModel model, ComponentGroup g, Heartbeat heartbeat) {
    if (!g.fails()) {
      return "its units never fail (no election)";
    }
    if (g.isMarkov()) {
      return "markov units (lives not exponential)";
    }
    if (!g.failure().isExponential() || !g.repair().isExponential()) {
      return "lives or repairs not exponential";
    }
    if (repairers(model, g) < 0) {
      return "its crew also repairs other groups";
    }
    if (heartbeat != null && heartbeat.delay() != null
        && DelayLaw.of(heartbeat.delay()).top() > 0) {
      return "message delay (candidates within a delay of each other split the vote)";
    }
    return null;
  }

  /**
   * The repairs under way at once: the group's size where every unit is repaired at once (no crew,
   * or a crew with a repairer for every unit it serves), the crew's size where it serves this group
   * alone, and −1 where a smaller crew also serves other groups.
   */
  private static int repairers(SystemModel model, ComponentGroup g) {
    if (g.crew() == null) {
      return g.count();
    }
    Crew crew = model.crew(g.crew());
    List<ComponentGroup> served = model.groupsOf(crew);
    int units = served.stream().mapToInt(ComponentGroup::count).sum();
    if (crew.size() >= units) {
      return g.count();
    }
    return served.size() == 1 ? crew.size() : -1;
  }

  /** An error to one significant digit, rounded up: 3.2e-5 gives "4e-5". */
  static String approximately(double error) {
    if (!(error > 0)) {
      return "0";
    }
    int exponent = (int) Math.floor(Math.log10(error));
    double mantissa = Math.ceil(error / Math.pow(10, exponent) - 1e-9);
    if (mantissa >= 10) {
      mantissa = 1;
      exponent++;
    }
    return (int) mantissa + "e" + exponent;
  }
}
