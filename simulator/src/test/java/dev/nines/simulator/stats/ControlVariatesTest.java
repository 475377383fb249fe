package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The controlled mean against a model whose answer is known: Y = θ + b·(X − μ) + ε with X and ε
 * independent normals, so E[Y] = θ and the controls leave ε's variance σ² of the plain
 * b² + σ² (a variance ratio of (b² + σ²)/σ²).
 */
class ControlVariatesTest {

  private static final double THETA = 5;
  private static final double MU = 2;

  private static double[][] draw(UniformRandomProvider rng, int n, double b, double sigma,
      double[] y) {
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    double[][] x = new double[n][1];
    for (int r = 0; r < n; r++) {
      x[r][0] = MU + g.sample();
      y[r] = THETA + b * (x[r][0] - MU) + sigma * g.sample();
    }
    return x;
  }

  /**
   * Over 2,000 independent runs of 20 replications (b = 3, σ = 1: a variance ratio of 10), the
   * 95 % interval holds θ 93 to 97 % of the time, and the variance ratio averages near 10.
   */
  @Test
  void coversTheMeanAndShrinksTheVariance() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    int runs = 2000;
    int covered = 0;
    double ratios = 0;
    for (int k = 0; k < runs; k++) {
      double[] y = new double[20];
      double[][] x = draw(rng, 20, 3, 1, y);
      ControlVariates cv = ControlVariates.of(y, x, new double[] {MU});
      ConfidenceInterval ci = cv.interval(0.95, 20, Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY);
      covered += ci.contains(THETA) ? 1 : 0;
      ratios += cv.varianceRatio();
      assertEquals(18, cv.degreesOfFreedom()); // n − q − 1
    }
    double coverage = (double) covered / runs;
    assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    assertEquals(10, ratios / runs, 1.5);
  }

  /** A control that never varies is left out; with none left there is no correction. */
  @Test
  void aConstantControlIsLeftOut() {
    double[] y = {1, 2, 3, 4, 5};
    double[][] x = {{0, 1}, {0, 3}, {0, 2}, {0, 5}, {0, 4}};
    ControlVariates cv = ControlVariates.of(y, x, new double[] {0, 3});
    assertEquals(java.util.List.of(1), cv.controls());
    assertNull(ControlVariates.of(y, new double[][] {{1}, {1}, {1}, {1}, {1}}, new double[] {1}));
    assertNull(ControlVariates.of(new double[] {1, 2, 3}, new double[][] {{1}, {2}, {4}},
        new double[] {2}));
  }
}
