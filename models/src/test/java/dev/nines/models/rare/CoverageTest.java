package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.stats.ConfidenceInterval;
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
}
