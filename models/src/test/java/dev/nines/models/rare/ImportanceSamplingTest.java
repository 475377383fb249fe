package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.SystemChain;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightDiagnostics;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Importance sampling against exact answers worked out here: k-of-n clusters with one technician
 * by their birth–death chain (k down units leave at μ, fail into the line at (n − k)·λ, so
 * π_k ∝ n!/(n − k)!·(λ/μ)^k), at seven and at twelve nines; and against the engine itself.
 */
class ImportanceSamplingTest {

  static final double HOUR = 3600;
  static final double YEAR = 8760 * HOUR;

  /** An n-unit cluster up while k are, exponential lives and repairs, one technician. */
  static SystemModel cluster(int k, int n, double mttfHours, double mttrHours) {
    return new SystemModel(
        List.of(new ComponentGroup("node", n, new Exponential(mttfHours * HOUR),
            new Exponential(mttrHours * HOUR), null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.AtLeastOfGroup(k, "node"));
  }

  /** The cluster's birth–death chain: π_j for j down, normalized. */
  static double[] chain(int n, double mttfHours, double mttrHours) {
    double rho = mttrHours / mttfHours;
    double[] pi = new double[n + 1];
    pi[0] = 1;
    double sum = 1;
    for (int j = 1; j <= n; j++) {
      pi[j] = pi[j - 1] * (n - j + 1) * rho;
      sum += pi[j];
    }
    for (int j = 0; j <= n; j++) {
      pi[j] /= sum;
    }
    return pi;
  }

  /** U = P(more than n − k down). */
  static double unavailability(int k, int n, double mttfHours, double mttrHours) {
    double[] pi = chain(n, mttfHours, mttrHours);
    double u = 0;
    for (int j = n - k + 1; j <= n; j++) {
      u += pi[j];
    }
    return u;
  }

  /** f = π_{n−k}·k·λ: the flow from the last up state into the first down one, per second. */
  static double frequency(int k, int n, double mttfHours, double mttrHours) {
    return chain(n, mttfHours, mttrHours)[n - k] * k / (mttfHours * HOUR);
  }

  static List<WeightedReplication> run(ImportanceSampling is, long seed, int replications,
      double horizon, double warmup) {
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(is.replicate(seed, r, horizon, warmup));
    }
    return list;
  }

  /**
   * 2-of-3 with MTTF 100,000 h and MTTR 10 h: U = 6ρ²/(1 + 3ρ + 6ρ² + 6ρ³) = 6.0e-8 (7.2 nines),
   * the same as the exact CTMC nines builds. Forty replications of 100,000 years (the plain engine
   * runs some 10⁷ such years a second): the weighted interval holds it with a relative half-width of
   * a few %, and so do the failure frequency's and MTTR's. The plain trajectory of the same run,
   * the engine's own, sees about 200 failures: its interval is some ten times wider, and holds it
   * too.
   */
  @Test
  void twoOfThreeAtSevenNines() {
    SystemModel model = cluster(2, 3, 1e5, 10);
    double exact = unavailability(2, 3, 1e5, 10);
    assertEquals(exact, SystemChain.of(model).system().unavailability().value(), 1e-6 * exact);
    List<WeightedReplication> runs = run(ImportanceSampling.of(model), 7, 40, 100_000 * YEAR, 0);
    RareFigures f = RareFigures.of(runs, 0.95);
    assertTrue(f.unavailability().contains(exact), f.unavailability() + " vs " + exact);
    assertTrue(f.unavailability().relativeHalfWidth() < 0.1, f.unavailability().toString());
    double rate = frequency(2, 3, 1e5, 10);
    assertTrue(f.failureFrequency().contains(rate), f.failureFrequency() + " vs " + rate);
    assertTrue(f.mttr().contains(exact / rate), f.mttr() + " vs " + exact / rate);
    assertNull(f.warning());
    double[] plain = runs.stream().mapToDouble(WeightedReplication::plainDownTime).toArray();
    double[] observed = runs.stream().mapToDouble(WeightedReplication::observed).toArray();
    ConfidenceInterval crude = Estimates.share(plain, observed, 0.95);
    assertTrue(crude.contains(exact), crude + " vs " + exact);
    assertTrue(crude.relativeHalfWidth() > 5 * f.unavailability().relativeHalfWidth());
  }

  /**
   * The cluster: 3-of-5, one technician, lives 100,000 h, repairs 4 h: U = 60ρ³/Σ =
   * 3.84e-12 (11.4 nines). Twenty replications of 2,000 years (17,520 excursions) hold it within a
   * relative half-width under 10 %, and MTTR = U/f within its own interval.
   */
  @Test
  void threeOfFiveAtTwelveNines() {
    double exact = unavailability(3, 5, 1e5, 4);
    assertEquals(3.84e-12, exact, 1e-15);
    List<WeightedReplication> runs = run(ImportanceSampling.of(cluster(3, 5, 1e5, 4)), 11, 20,
        2000 * YEAR, 0);
    RareFigures f = RareFigures.of(runs, 0.95);
    assertTrue(f.unavailability().contains(exact), f.unavailability() + " vs " + exact);
    assertTrue(f.unavailability().relativeHalfWidth() < 0.1, f.unavailability().toString());
    double rate = frequency(3, 5, 1e5, 4);
    assertTrue(f.failureFrequency().contains(rate), f.failureFrequency() + " vs " + rate);
    assertTrue(f.mttr().contains(exact / rate), f.mttr() + " vs " + exact / rate);
    assertTrue(f.nines().contains(-Math.log10(exact)));
    assertTrue(f.diagnostics().effectiveSampleSize() > 1000, f.diagnostics().toString());
  }

  /**
   * A deliberately bad biasing must say so. Forcing with q = 0.01 reaches the system's failure
   * (two forced failures) in about one branch in ten thousand, each with a large weight: one branch
   * carries the estimate. Forcing again after each system failure stays exact, and since each piece
   * of down time is weighed by the ratio at its own time (the ratios after it do not touch it), its
   * weights do not degenerate: no warning, and the interval holds the exact value.
   */
  @Test
  void degenerateWeightsAreMarkedUnreliable() {
    SystemModel model = cluster(3, 5, 1e5, 4);
    RareFigures weak = RareFigures.of(run(ImportanceSampling.of(model, StartPlan.NEW,
        Biasing.DEFAULT.withForcing(0.01), 1), 3, 10, 1000 * YEAR, 0), 0.95);
    assertTrue(weak.warning() != null, weak.diagnostics().toString());
    assertTrue(weak.diagnostics().effectiveSampleSize() < 5, weak.diagnostics().toString());
    RareFigures relentless = RareFigures.of(run(ImportanceSampling.of(model, StartPlan.NEW,
        new Biasing(0.9, 0.5, true, true), 1), 3, 10, 1000 * YEAR, 0), 0.95);
    assertNull(relentless.warning(), relentless.diagnostics().toString());
    double exact = unavailability(3, 5, 1e5, 4);
    assertTrue(relentless.unavailability().contains(exact),
        relentless.unavailability() + " vs " + exact);
  }

  /** Same seed, same replications, any thread and any order: identical records. */
  @Test
  void deterministicAcrossThreads() throws Exception {
    ImportanceSampling is = ImportanceSampling.of(cluster(3, 5, 1e5, 4), StartPlan.NEW,
        Biasing.DEFAULT, 2);
    List<WeightedReplication> sequential = run(is, 5, 8, 200 * YEAR, 10 * YEAR);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<WeightedReplication>> futures = new ArrayList<>();
      for (int r = 7; r >= 0; r--) {
        int replication = r;
        futures.add(pool.submit(() -> is.replicate(5, replication, 200 * YEAR, 10 * YEAR)));
      }
      for (int r = 0; r < 8; r++) {
        assertEquals(sequential.get(r), futures.get(7 - r).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(sequential.stream().allMatch(w -> w.diagnostics().branches() == 2 * w.excursions()));
  }

  @Test
  void refusesWhatItDoesNotModel() {
    SystemModel standby = new SystemModel(
        List.of(new ComponentGroup("a", 1, new Exponential(10), new Exponential(1)),
            new ComponentGroup("b", 1, new Exponential(10), new Exponential(1))),
        new Structure.Standby("pair", "a", List.of("b"),
            dev.nines.models.structure.StandbyMode.COLD, 0, null, null, 0));
    assertNull(ImportanceSampling.supports(standby)); // cold spares run at their pace
    SystemModel markov = new SystemModel(List.of(new ComponentGroup("m", 1, null, null,
        new dev.nines.models.MarkovChain("ok", java.util.Map.of("ok", true, "bad", false),
            List.of(new dev.nines.models.MarkovChain.Transition("ok", "bad", 1),
                new dev.nines.models.MarkovChain.Transition("bad", "ok", 1))), null)),
        new Structure.Group("m"));
    assertNull(ImportanceSampling.supports(markov), "Markov groups are run (MarkovRareTest)");
    SystemModel fixedLife = new SystemModel(List.of(new ComponentGroup("d", 2,
        new dev.nines.models.distributions.Deterministic(100), new Exponential(1))),
        new Structure.AtLeastOfGroup(1, "d"));
    assertTrue(ImportanceSampling.supports(fixedLife).contains("no density"));
    SystemModel never = new SystemModel(List.of(new ComponentGroup("s", 2, null, null),
        new ComponentGroup("x", 2, new Exponential(10), new Exponential(1))),
        new Structure.Group("s"));
    assertTrue(ImportanceSampling.supports(never).contains("never down"));
    assertThrows(IllegalArgumentException.class, () -> ImportanceSampling.of(never));
    assertNull(ImportanceSampling.supports(cluster(3, 5, 1e5, 4)));
  }

  /**
   * One exponential unit: f = 1/(MTTF + MTTR), so 1,000 h of life and 1 h of repair make
   * 8760/1001 failures a year; a 1-of-2 pair repaired independently fails at 2·A·U/MTTF.
   */
  @Test
  void expectedFailuresByTheStructureFunction() {
    SystemModel one = new SystemModel(List.of(new ComponentGroup("u", 1,
        new Exponential(1000 * HOUR), new Exponential(HOUR), null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.Group("u"));
    assertEquals(8760.0 / 1001, ImportanceSampling.expectedFailures(one, YEAR), 1e-9);
    double a = 1000.0 / 1001;
    double u = 1.0 / 1001;
    SystemModel pair = cluster(1, 2, 1000, 1);
    assertEquals(2 * u * a / (1000 * HOUR) * YEAR, ImportanceSampling.expectedFailures(pair, YEAR),
        1e-12);
  }
}
