package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RatioEstimatorTest {

  /**
   * x = (2, 4, 6), y = (1, 1, 2) worked by hand: R = 12/4 = 3; residuals x - R·y = (-1, 1, 0), so
   * m = (1 + 1)² / 2 = 2 residuals count, se² = 2 / (3 · 4/3)² · 2/(2 - 1) = 1/4, and
   * min(n - 1, m) = 2 degrees of freedom (t = 4.302653); on the log scale the bounds are
   * 3·exp(∓ t·se/3).
   */
  @Test
  void deltaMethodByHand() {
    RatioEstimator r = new RatioEstimator(new double[] {2, 4, 6}, new double[] {1, 1, 2});
    assertEquals(3, r.ratio(), 1e-15);
    assertEquals(2, r.effectiveResiduals(), 1e-15);
    assertEquals(0.5, r.standardError(), 1e-15);
    assertEquals(2, r.degreesOfFreedom(), 1e-15);
    ConfidenceInterval ci = r.interval(0.95, Scale.LOG);
    double factor = Math.exp(4.302652729911275 * 0.5 / 3);
    assertEquals(3 / factor, ci.low(), 1e-9);
    assertEquals(3 * factor, ci.high(), 1e-9);
    ConfidenceInterval linear = r.interval(0.95, Scale.LINEAR);
    assertEquals(3 - 4.302652729911275 * 0.5, linear.low(), 1e-9);
  }

  /**
   * With every replication alike (m = n) the correction is the classic n/(n - 1): values 1, 2, 3, 4
   * have mean 2.5, sample variance 5/3 and so se = √(5/12); residuals ±1.5, ±0.5 give
   * m = 16/5, not 4, so the residuals' spread, not their count, sets the weight.
   */
  @Test
  void evenResidualsAreTheClassicCorrection() {
    RatioEstimator r = RatioEstimator.mean(new double[] {1, 3, 1, 3});
    assertEquals(4, r.effectiveResiduals(), 1e-12);
    assertEquals(Math.sqrt((4.0 / 3) / 4), r.standardError(), 1e-12);
    RatioEstimator uneven = RatioEstimator.mean(new double[] {1, 2, 3, 4});
    assertEquals(16.0 / 5, uneven.effectiveResiduals(), 1e-12);
  }

  /**
   * Two rare events among 30 replications: residuals 28 × (-1/15) and 2 × (14/15) give
   * m = (56/15)² / (420/225) = 3136/420, so few degrees of freedom and a wide quantile.
   */
  @Test
  void sparseSumsHaveFewDegreesOfFreedom() {
    double[] counts = new double[30];
    counts[3] = 1;
    counts[17] = 1;
    RatioEstimator r = RatioEstimator.mean(counts);
    assertEquals(3136.0 / 420, r.degreesOfFreedom(), 1e-12);
  }

  /**
   * One replication carrying the whole ratio (the only failure, its repair time) says nothing
   * about the spread: the whole range. A mean whose only non-zero value is in one replication still
   * has the others' zeros to go on (m = (2·0.27)² / (0.27² + 9·0.03²) = 3.6).
   */
  @Test
  void oneCarrierIsTheWholeRange() {
    double[] down = new double[10];
    double[] failures = new double[10];
    down[4] = 0.3;
    failures[4] = 1;
    ConfidenceInterval ci = new RatioEstimator(down, failures).interval(0.95, Scale.LOG);
    assertEquals(0.3, ci.mean(), 1e-15);
    assertEquals(0, ci.low());
    assertEquals(Double.POSITIVE_INFINITY, ci.high());
    assertTrue(ci.note().startsWith("one replication"));
    assertEquals(3.6, new RatioEstimator(down, ones(10)).effectiveResiduals(), 1e-12);
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }

  @Test
  void edgesAndBadInput() {
    ConfidenceInterval zero = RatioEstimator.mean(new double[] {0, 0, 0}).interval(0.95, Scale.LOG);
    assertTrue(Double.isNaN(zero.low()) && Double.isNaN(zero.high()));
    assertTrue(Double.isNaN(new RatioEstimator(new double[] {1}, new double[] {0}).ratio()));
    assertThrows(IllegalArgumentException.class,
        () -> new RatioEstimator(new double[] {Double.NaN}, new double[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> new RatioEstimator(new double[] {1}, new double[] {-1}));
  }

  /**
   * The logit scale keeps a share's interval inside (0, 1) where a linear one would leave it:
   * shares 0, 0, 0, 0.9 have mean 0.225 and a linear lower bound far below 0.
   */
  @Test
  void logitStaysInside() {
    double[] part = {0, 0, 0, 0.9};
    double[] whole = {1, 1, 1, 1};
    RatioEstimator r = new RatioEstimator(part, whole);
    assertTrue(r.interval(0.95, Scale.LINEAR).low() < 0);
    ConfidenceInterval logit = r.interval(0.95, Scale.LOGIT);
    assertTrue(logit.low() > 0 && logit.high() < 1, logit.toString());
  }

  /**
   * Coverage, the reason for all this: the mean of Poisson(0.4) counts over 10 replications (the
   * failures of a system that fails rarely) and the mean of exponential times over 10 replications
   * (a skewed figure like MTTF), 2,000 fixed-seed trials each. The exact means are the parameters.
   * Student-t on the linear scale covers the exponential mean about 90 % of the time (a known
   * result for n = 10); the log scale with these degrees of freedom keeps both inside 93-97 %.
   */
  @Test
  void coversSkewedAndSparseMeans() {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20261207L);
    PoissonSampler poisson = new PoissonSampler(rng, 0.4);
    AhrensDieterExponentialSampler exponential = new AhrensDieterExponentialSampler(rng, 1);
    int trials = 2000;
    int coveredCounts = 0;
    int coveredTimes = 0;
    for (int t = 0; t < trials; t++) {
      double[] counts = new double[10];
      double[] times = new double[10];
      for (int i = 0; i < 10; i++) {
        counts[i] = poisson.sample();
        times[i] = exponential.sample();
      }
      coveredCounts += Estimates.countMean(counts, 0.95).contains(0.4) ? 1 : 0;
      coveredTimes += RatioEstimator.mean(times).interval(0.95, Scale.LOG).contains(1) ? 1 : 0;
    }
    double counts = (double) coveredCounts / trials;
    double times = (double) coveredTimes / trials;
    assertTrue(counts >= 0.93 && counts <= 0.97, "counts covered " + counts);
    assertTrue(times >= 0.92 && times <= 0.97, "times covered " + times);
  }
}
