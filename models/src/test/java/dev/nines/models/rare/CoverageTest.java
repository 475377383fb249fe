package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fast version of the coverage study (the full one, 1000 seeds, is {@code benchmarks/rare/run}):
 * the 95 % interval of the unavailability over 40 independent seeds, each run of 20 replications of
 * 2,000 years (4,000 for the 3-of-5 cluster), must hold the chain's exact value at least 33 times
 * in 40 (at a true coverage of 95 %, fewer happens with probability 1.4 %), and not be wider than
 * 10 % on either side.
 */
class CoverageTest {

  private static final int SEEDS = 40;

  private static void assertCovers(int k, int n, double mttf, double mttr, double years) {
    double exact = ImportanceSamplingTest.unavailability(k, n, mttf, mttr);
    ImportanceSampling is = ImportanceSampling.of(ImportanceSamplingTest.cluster(k, n, mttf, mttr));
    int covered = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      ConfidenceInterval u = RareFigures.of(ImportanceSamplingTest.run(is, seed, 20,
          years * ImportanceSamplingTest.YEAR, 0), 0.95).unavailability();
      covered += u.contains(exact) ? 1 : 0;
      assertTrue(u.relativeHalfWidth() < 0.1, "seed " + seed + ": " + u);
    }
    assertTrue(covered >= 33, k + "-of-" + n + ": " + covered + " of " + SEEDS);
  }

  @Test
  void twoOfThreeAtSevenNines() {
    assertCovers(2, 3, 1e5, 10, 2000);
  }

  @Test
  void threeOfFiveAtTwelveNines() {
    assertCovers(3, 5, 1e5, 4, 4000);
  }

  /**
   * The standby pair at nine nines ({@link StandbyRareTest}'s laws with a 20 ms heartbeat, the
   * example standby-pair-nine-nines.yaml): U = λ·(0.1 s + 10⁻⁴·1800 s) + (λ/μ)², worked out there.
   * Each method's interval over 10 replications of 100 years holds it at least 33 times in 40.
   */
  @Test
  void standbyPairAtNineNinesByBothMethods() {
    double life = 1e5 * StandbyRareTest.HOUR;
    Structure.Standby pair = new Structure.Standby("db", "primary", List.of("replica"),
        StandbyMode.HOT, 1, "hb", new Uniform(0.02, 0.08), 1e-4);
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("primary", 1, new Exponential(life),
            new Exponential(StandbyRareTest.HOUR)),
        new ComponentGroup("replica", 1, new Exponential(life),
            new Exponential(StandbyRareTest.HOUR))),
        List.of(), List.of(new Detector("hb", new Heartbeat(0.02, 0.06))), pair);
    double exact = (0.1 + 1e-4 * 1800) / life + 1e-10;
    StartPlan plan = StartPlan.of(model, Start.NEW);
    ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
    Splitting split = Splitting.of(model, plan);
    int[] covered = new int[2];
    for (int seed = 1; seed <= SEEDS; seed++) {
      List<WeightedReplication> a = new ArrayList<>();
      List<WeightedReplication> b = new ArrayList<>();
      for (int r = 0; r < 10; r++) {
        a.add(is.replicate(seed, r, 100 * StandbyRareTest.YEAR, 0));
        b.add(split.replicate(seed, r, 100 * StandbyRareTest.YEAR, 0));
      }
      covered[0] += RareFigures.of(a, 0.95).unavailability().contains(exact) ? 1 : 0;
      covered[1] += RareFigures.of(b, 0.95).unavailability().contains(exact) ? 1 : 0;
    }
    assertTrue(covered[0] >= 33, "importance sampling: " + covered[0] + " of " + SEEDS);
    assertTrue(covered[1] >= 33, "splitting: " + covered[1] + " of " + SEEDS);
  }

  /**
   * A cold standby pair at nine and a half nines (the example cold-standby-nine-nines.yaml): the
   * spare cannot fail while it waits, so the pair is down only when the unit that took over fails
   * during the other's repair. Its chain of 0, 1, 2 down: U = ρ²/(1 + ρ + ρ²), ρ = λ/μ. Importance
   * sampling's interval over 30 replications of 2,000 years holds it at least 33 times in 40.
   */
  @Test
  void coldStandbyPairAtNineNines() {
    double life = 1e5 * StandbyRareTest.HOUR;
    double repair = 2 * StandbyRareTest.HOUR;
    SystemModel model = SpareChains.pairModel(0, life, repair, life, repair);
    double rho = repair / life;
    double exact = rho * rho / (1 + rho + rho * rho);
    ImportanceSampling is = ImportanceSampling.of(model, StartPlan.of(model, Start.NEW),
        Biasing.DEFAULT, 1);
    int covered = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      List<WeightedReplication> runs = new ArrayList<>();
      for (int r = 0; r < 30; r++) {
        runs.add(is.replicate(seed, r, 2000 * StandbyRareTest.YEAR, 0));
      }
      ConfidenceInterval u = RareFigures.of(runs, 0.95).unavailability();
      covered += u.contains(exact) ? 1 : 0;
      assertTrue(u.relativeHalfWidth() < 0.1, "seed " + seed + ": " + u);
    }
    assertTrue(covered >= 33, "cold pair: " + covered + " of " + SEEDS);
  }
}
