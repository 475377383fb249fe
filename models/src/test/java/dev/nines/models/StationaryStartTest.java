package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Units started in their stationary state: over a horizon far shorter than a life, the mean share
 * of time up is the steady-state availability and the mean number of failures is f·H, each against
 * theory worked out here (closed forms, a hand-built CTMC), with narrow intervals at fixed seeds.
 * Started new, the same runs show the start-up bias the closed form of A(t) predicts.
 */
class StationaryStartTest {

  private static final double H = Durations.HOUR;

  /** The mean over replications of a scope's up share and failures, with standard errors. */
  private record Means(double upShare, double upShareError, double failures,
      double failuresError) {}

  /** The means of every scope (the system first, then the groups), over the replications. */
  private static List<Means> run(SystemModel model, Start start, double horizon, int replications,
      long seed) {
    StartPlan plan = StartPlan.of(model, start);
    int scopes = 1 + model.groups().size();
    double[][] sums = new double[scopes][4];
    for (int r = 0; r < replications; r++) {
      List<ScopeObservation> seen = new AvailabilitySimulation(model, new RandomStreams(seed, r),
          0, plan).run(horizon);
      for (int s = 0; s < scopes; s++) {
        double share = seen.get(s).upTime() / horizon;
        double failures = seen.get(s).failures();
        sums[s][0] += share;
        sums[s][1] += share * share;
        sums[s][2] += failures;
        sums[s][3] += failures * failures;
      }
    }
    List<Means> means = new ArrayList<>();
    for (double[] sum : sums) {
      means.add(new Means(sum[0] / replications, error(sum[0], sum[1], replications),
          sum[2] / replications, error(sum[2], sum[3], replications)));
    }
    return means;
  }

  private static double error(double sum, double squares, int n) {
    double mean = sum / n;
    return Math.sqrt((squares / n - mean * mean) / (n - 1));
  }

  private static SystemModel single(Distribution failure, Distribution repair) {
    return new SystemModel(List.of(new ComponentGroup("box", 1, failure, repair)),
        new Structure.Group("box"));
  }

  @Test
  void oneExponentialUnitIsUnbiasedAtAShortHorizon() {
    // MTTF 1000 h, MTTR 10 h, horizon 50 h.
    double lambda = 1 / 1000.0;
    double mu = 1 / 10.0;
    double horizon = 50;
    SystemModel model = single(new Exponential(1000 * H), new Exponential(10 * H));
    Means stationary = run(model, Start.STATIONARY, horizon * H, 60_000, 11).get(0);
    double a = mu / (lambda + mu);
    assertEquals(a, stationary.upShare(), 3 * stationary.upShareError());
    assertTrue(stationary.upShareError() < 3e-4, "se " + stationary.upShareError());
    // Failures at the steady-state frequency f = λA = 1/(MTTF + MTTR), over the whole horizon.
    double f = 1 / 1010.0;
    assertEquals(f * horizon, stationary.failures(), 3 * stationary.failuresError());
    assertTrue(stationary.failuresError() / (f * horizon) < 0.025);

    // New: A(t) = A + (1 - A) e^{-(λ+μ)t}, so (1/H) ∫_0^H A(t) dt = A + (1-A)(1 - e^{-sH})/(sH)
    // with s = λ + μ, and E[failures] = λ ∫_0^H A(t) dt: both above the steady state.
    double s = lambda + mu;
    double meanA = a + (1 - a) * (1 - Math.exp(-s * horizon)) / (s * horizon);
    Means fresh = run(model, Start.NEW, horizon * H, 60_000, 11).get(0);
    assertEquals(meanA, fresh.upShare(), 3 * fresh.upShareError());
    assertEquals(lambda * meanA * horizon, fresh.failures(), 3 * fresh.failuresError());
    assertTrue(meanA - a > 6 * stationary.upShareError(), "the bias is visible");
  }

  @Test
  void weibullAndLognormalUnitsAreUnbiasedAtAShortHorizon() {
    // Wear-out life (Weibull shape 2), lognormal repairs: A = MTTF / (MTTF + MTTR) and
    // f = 1 / (MTTF + MTTR) by renewal theory, whatever the distributions.
    double scale = 500;
    double mttf = scale * Gamma.gamma(1.5);
    double mttr = 20;
    SystemModel model = single(new Weibull(2, scale * H), new Lognormal(mttr * H, 30 * H));
    double horizon = 30;
    Means stationary = run(model, Start.STATIONARY, horizon * H, 60_000, 12).get(0);
    assertEquals(mttf / (mttf + mttr), stationary.upShare(), 3 * stationary.upShareError());
    assertTrue(stationary.upShareError() < 7e-4, "se " + stationary.upShareError());
    assertEquals(horizon / (mttf + mttr), stationary.failures(), 3 * stationary.failuresError());
    // New, the unit is up at first and far from wearing out: much less down time.
    Means fresh = run(model, Start.NEW, horizon * H, 5_000, 12).get(0);
    assertTrue(fresh.upShare() > mttf / (mttf + mttr) + 20 * stationary.upShareError());
  }

  @Test
  void twoOfThreeWithOneRepairerAgreesWithItsChain() {
    // A birth-death chain on k = replicas down: k -> k+1 at (3-k)λ, k -> k-1 at μ (one repairer).
    double lambda = 1 / 100.0;
    double mu = 1 / 10.0;
    double[] pi = new double[4];
    pi[0] = 1;
    for (int k = 0; k < 3; k++) {
      pi[k + 1] = pi[k] * (3 - k) * lambda / mu;
    }
    double sum = pi[0] + pi[1] + pi[2] + pi[3];
    for (int k = 0; k < 4; k++) {
      pi[k] /= sum;
    }
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("replica", 3, new Exponential(100 * H), new Exponential(10 * H),
            null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.AtLeastOfGroup(2, "replica"));
    assertNull(StartPlan.approximation(model));
    double horizon = 5;
    List<Means> seen = run(model, Start.STATIONARY, horizon * H, 40_000, 13);
    Means system = seen.get(0);
    assertEquals(pi[0] + pi[1], system.upShare(), 3 * system.upShareError());
    assertTrue(system.upShareError() < 1.2e-3, "se " + system.upShareError());
    // The system fails from k = 1 at rate 2λ.
    assertEquals(pi[1] * 2 * lambda * horizon, system.failures(), 3 * system.failuresError());
    assertEquals(pi[0], seen.get(1).upShare(), 3 * seen.get(1).upShareError());
  }

  @Test
  void groupsSharingACrewStartFromTheirJointLaw() {
    // Groups a (2 units) and b (1 unit) share one repairer, served first come first served; the
    // system is up while b and one a are up. The chain on unit level, built here: a state is the
    // ordered list of down units (the first in repair), 16 states over the units a0, a1, b0.
    double[] lambda = {1 / 50.0, 1 / 50.0, 1 / 80.0};
    double[] mu = {1 / 10.0, 1 / 10.0, 1 / 4.0};
    List<List<Integer>> states = new ArrayList<>();
    orders(new ArrayList<>(), states);
    Map<List<Integer>, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      index.put(states.get(i), i);
    }
    double[][] q = new double[states.size()][states.size()];
    for (int i = 0; i < states.size(); i++) {
      List<Integer> line = states.get(i);
      for (int u = 0; u < 3; u++) {
        if (!line.contains(u)) {
          List<Integer> next = new ArrayList<>(line);
          next.add(u);
          q[i][index.get(next)] += lambda[u];
        }
      }
      if (!line.isEmpty()) {
        q[i][index.get(line.subList(1, line.size()))] += mu[line.get(0)];
      }
    }
    double[] pi = stationary(q);
    double a = 0;
    for (int i = 0; i < states.size(); i++) {
      List<Integer> line = states.get(i);
      if (!line.contains(2) && !(line.contains(0) && line.contains(1))) {
        a += pi[i];
      }
    }
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("a", 2, new Exponential(50 * H), new Exponential(10 * H), null,
                "tech"),
            new ComponentGroup("b", 1, new Exponential(80 * H), new Exponential(4 * H), null,
                "tech")),
        List.of(new Crew("tech", 1)),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(1, "a"),
            new Structure.Group("b"))));
    assertNull(StartPlan.approximation(model));
    Means system = run(model, Start.STATIONARY, 3 * H, 40_000, 14).get(0);
    assertEquals(a, system.upShare(), 3 * system.upShareError());
    assertTrue(system.upShareError() < 2e-3, "se " + system.upShareError());
  }

  @Test
  void unitsThatAreNotExponentialShareTheirCrewApproximately() {
    // Four wear-out units, one repairer: each starts from its own stationary state, as if repaired
    // at once, and those down queue for the repairer: the first in repair (under way since before
    // time 0, so not counted among the repairs started), the others waiting.
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("m", 4, new Weibull(2, 20 * H), new Lognormal(10 * H, 5 * H),
            null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.AtLeastOfGroup(1, "m"));
    StartPlan plan = StartPlan.of(model, Start.STATIONARY);
    assertFalse(plan.isExact());
    assertTrue(plan.approximation().contains("crew 'tech'"), plan.approximation());
    int queued = 0;
    for (int r = 0; r < 200; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(16, r), 0, plan);
      int[] down = new int[1];
      sim.units("m").forEach(u -> u.addListener(new dev.nines.models.units.StateListener() {
        @Override
        public void changed(double t, boolean up) {}

        @Override
        public void startsDown(double t) {
          down[0]++;
        }
      }));
      sim.run(1e-6); // the crew's averages over a moment are its state at the start
      var crew = sim.crewObservations().get(0);
      assertEquals(down[0] > 0 ? 1 : 0, crew.utilization());
      assertEquals(Math.max(down[0] - 1, 0), crew.queueLength());
      assertEquals(0, crew.repairsStarted());
      queued += down[0] > 1 ? 1 : 0;
    }
    assertTrue(queued > 20, "queued " + queued);
  }

  @Test
  void aMarkovUnitStartsFromItsChainsStationaryLaw() {
    // ok -> degraded at 1/20 h, degraded -> ok at 1/20 h, degraded -> failed at 1/10 h,
    // failed -> ok at 1/10 h. Balance: π_d = π_ok (1/20) / (1/20 + 1/10) = π_ok / 3 and
    // π_f = π_d (1/10) / (1/10) = π_ok / 3, so a unit is up with probability (1 + 1/3) / (5/3).
    double a = (1 + 1 / 3.0) / (1 + 2 / 3.0);
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    MarkovChain chain = new MarkovChain("ok", states,
        List.of(new MarkovChain.Transition("ok", "degraded", 1 / (20 * H)),
            new MarkovChain.Transition("degraded", "ok", 1 / (20 * H)),
            new MarkovChain.Transition("degraded", "failed", 1 / (10 * H)),
            new MarkovChain.Transition("failed", "ok", 1 / (10 * H))));
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("disk", 2, null, null, chain, null)),
        new Structure.AtLeastOfGroup(1, "disk"));
    List<Means> seen = run(model, Start.STATIONARY, 2 * H, 30_000, 15);
    Means group = seen.get(1);
    assertEquals(a * a, group.upShare(), 3 * group.upShareError()); // both up, independent
    assertTrue(group.upShareError() < 3e-3, "se " + group.upShareError());
    Means system = seen.get(0);
    assertEquals(1 - (1 - a) * (1 - a), system.upShare(), 3 * system.upShareError());
    assertTrue(system.upShareError() < 1.5e-3, "se " + system.upShareError());
  }

  @Test
  void addingAGroupShiftsNoOtherUnitsStart() {
    Distribution life = new Weibull(1.5, 100 * H);
    Distribution repair = new Exponential(5 * H);
    SystemModel alone = single(life, repair);
    SystemModel more = new SystemModel(List.of(new ComponentGroup("other", 3, life, repair),
        new ComponentGroup("box", 1, life, repair)),
        new Structure.Series(List.of(new Structure.Group("other"), new Structure.Group("box"))));
    for (int r = 0; r < 20; r++) {
      assertEquals(timeline(alone, r), timeline(more, r));
    }
  }

  private static List<String> timeline(SystemModel model, int replication) {
    var sim = new AvailabilitySimulation(model, new RandomStreams(3, replication), 0,
        StartPlan.of(model, Start.STATIONARY));
    List<String> changes = new ArrayList<>();
    var box = sim.units("box").get(0);
    box.addListener(new dev.nines.models.units.StateListener() {
      @Override
      public void changed(double t, boolean up) {
        changes.add(t + (up ? " up" : " down"));
      }

      @Override
      public void startsDown(double t) {
        changes.add("starts down");
      }
    });
    sim.run(500 * H);
    return changes;
  }

  /** Every ordered list of distinct units among 0, 1, 2, from the empty one. */
  private static void orders(List<Integer> prefix, List<List<Integer>> out) {
    out.add(List.copyOf(prefix));
    for (int u = 0; u < 3; u++) {
      if (!prefix.contains(u)) {
        prefix.add(u);
        orders(prefix, out);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  /** Solves π Q = 0, Σ π = 1 for a small irreducible chain given by its off-diagonal rates. */
  private static double[] stationary(double[][] rates) {
    int n = rates.length;
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      double out = 0;
      for (int j = 0; j < n; j++) {
        out += rates[i][j];
        a[j][i] = rates[i][j]; // the transpose: row j of Q^T collects the flows into j
      }
      a[i][i] = -out;
    }
    for (int j = 0; j < n; j++) {
      a[n - 1][j] = 1; // replace the last balance equation by the normalisation
    }
    b[n - 1] = 1;
    var solver = new org.apache.commons.math3.linear.LUDecomposition(
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(a)).getSolver();
    return solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(b)).toArray();
  }
}
