package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.ctmc.Absorption;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The long-run figures of a standby with ideal failover (instant, perfect detection and switching,
 * no switch failures), as a birth-death chain over k = pool units up, 0..m.
 *
 * <p>Assumptions: every pool group has an exponential failure and an exponential repair, all with
 * the same means (rates λ and μ), and no pool group is a Markov group. With k >= 1 units up, one is
 * active (rate λ) and k - 1 are spares aging at the dormancy d, so k falls at λ(1 + (k - 1)d).
 * Repairs raise k at (m - k)μ when no pool group names a crew, or at min(m - k, c)μ when they all
 * name one crew of c repairers that serves no other group. The node is up iff k >= 1. Otherwise no
 * figure is given, and the formula column says why.
 *
 * <p>For a standby that is not ideal (a detector, a switchover time or switch failures), the same
 * chain gives the figures of its ideal counterpart; {@link Analytics} adds that caveat to the names.
 */
public final class StandbyAnalytics {

  private StandbyAnalytics() {
  }

  /** The figures of standby {@code s} of {@code model}, or none with the reason. */
  public static ScopeAnalytics of(SystemModel model, Structure.Standby s) {
    List<ComponentGroup> pool = new ArrayList<>();
    for (String name : s.groups()) {
      pool.add(model.group(name));
    }
    String unsupported = unsupported(pool);
    if (unsupported != null) {
      return ScopeAnalytics.none("no formula: " + unsupported);
    }
    int m = pool.stream().mapToInt(ComponentGroup::count).sum();
    int repairers = m;
    String crewName = pool.get(0).crew();
    for (ComponentGroup g : pool) {
      if (!java.util.Objects.equals(g.crew(), crewName)) {
        return ScopeAnalytics.none("no formula: the standby's groups are not all repaired alike"
            + " (see the CTMC)");
      }
    }
    if (crewName != null) {
      Crew crew = model.crew(crewName);
      Set<String> served = new HashSet<>();
      model.groupsOf(crew).forEach(g -> served.add(g.name()));
      if (!served.equals(new HashSet<>(s.groups()))) {
        return ScopeAnalytics.none("no formula: crew " + crewName
            + " also repairs groups outside the standby (see the CTMC)");
      }
      repairers = Math.min(crew.size(), m);
    }
    double lambda = 1 / pool.get(0).failure().mean();
    double mu = 1 / pool.get(0).repair().mean();
    String chain = "birth-death chain, " + s.mode().word() + " standby"
        + (crewName == null ? "" : ", " + repairers + " repairer" + (repairers == 1 ? "" : "s"));
    return figures(m, lambda, mu, repairers, s.dormancy(), chain);
  }

  /** Why the pool does not fit the chains of a standby (exponential, alike, not Markov), or null. */
  static String unsupported(List<ComponentGroup> pool) {
    ComponentGroup first = pool.get(0);
    for (ComponentGroup g : pool) {
      if (g.isMarkov()) {
        return "markov group " + g.name() + " in the standby (see the CTMC)";
      }
      if (!g.fails()) {
        return "group " + g.name() + " of the standby never fails";
      }
      if (!g.failure().isExponential() || !g.repair().isExponential()) {
        return "the standby's units are not all exponential";
      }
      if (g.failure().mean() != first.failure().mean()
          || g.repair().mean() != first.repair().mean()) {
        return "the standby's groups differ in their failure or repair means";
      }
    }
    return null;
  }

  /** The chain's figures: state k = units up, k = m the start, k = 0 the only down state. */
  private static ScopeAnalytics figures(int m, double lambda, double mu, int repairers,
      double dormancy, String chain) {
    Ctmc.Builder b = Ctmc.builder(m + 1);
    for (int k = 1; k <= m; k++) {
      b.rate(k, k - 1, lambda * (1 + (k - 1) * dormancy));
    }
    for (int k = 0; k < m; k++) {
      b.rate(k, k + 1, Math.min(m - k, repairers) * mu);
    }
    Ctmc ctmc = b.build();
    double[] pi = SteadyState.solve(ctmc);
    double down = pi[0];
    double f = pi[1] * lambda;
    double[] start = new double[m + 1];
    start[m] = 1;
    boolean[] allDown = new boolean[m + 1];
    allDown[0] = true;
    double mttf = Absorption.meanTimeTo(ctmc, start, allDown);
    double up = 0; // Σ π over k >= 1, summed rather than 1 - π0
    for (int k = 1; k <= m; k++) {
      up += pi[k];
    }
    return new ScopeAnalytics(
        Analytic.of(up, "1-π0, " + chain),
        Analytic.of(down, "π0, " + chain),
        Analytic.of(f, "π1·λ, " + chain),
        Analytic.of(up / f, "A/f, " + chain),
        Analytic.of(down / f, "U/f, " + chain),
        Analytic.of(mttf, "mean time from all up to all down, " + chain),
        Analytic.NONE,
        null);
  }
}
