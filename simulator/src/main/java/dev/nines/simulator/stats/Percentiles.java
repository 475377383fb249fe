package dev.nines.simulator.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentiles of an exact sample, by linear interpolation between order statistics (the R-7 /
 * spreadsheet definition, as numpy's default).
 */
public final class Percentiles {

  private Percentiles() {}

  /** The p-quantile (0 < p <= 1) of the values; NaN for an empty sample. */
  public static double of(double[] values, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile needs 0 < p <= 1, got " + p);
    }
    if (values.length == 0) {
      return Double.NaN;
    }
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p * 100);
  }

  /**
   * The p-quantile of a sample of independent values with a distribution-free confidence interval
   * from the order statistics: the number B of values below the true quantile is binomial(N, p), so
   * [x(j), x(k)] covers it with probability P(j ≤ B < k). j and k are taken from the exact binomial
   * tails, each holding at most (1 − level)/2, so the coverage is at least the level for any
   * continuous distribution. Where the sample is too small for a bound (j below the first value, k
   * past the last), that bound is infinite: the data do not bound that side, and the other side
   * takes all of 1 − level (a one-sided interval). An empty sample bounds neither side.
   */
  public static ConfidenceInterval interval(double[] values, double p, double level) {
    double estimate = of(values, p);
    int n = values.length;
    if (n == 0) {
      return new ConfidenceInterval(estimate, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
          0, level);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    BinomialDistribution below = new BinomialDistribution(null, n, p);
    double alpha = 1 - level;
    int j = lowerRank(below, alpha / 2);
    int k = upperRank(below, alpha / 2);
    // A side the sample cannot bound leaves all of alpha to the other, which it bounds more tightly.
    if (k > n && j >= 1) {
      j = lowerRank(below, alpha);
    } else if (j < 1 && k <= n) {
      k = upperRank(below, alpha);
    }
    double low = j >= 1 ? sorted[j - 1] : Double.NEGATIVE_INFINITY;
    double high = k <= n ? sorted[k - 1] : Double.POSITIVE_INFINITY;
    return new ConfidenceInterval(estimate, low, high, n, level);
  }

  /** j: x(j) is below the quantile but with probability at most {@code tail}; 0 when none is. */
  private static int lowerRank(BinomialDistribution below, double tail) {
    // j - 1 = the largest m with P(B <= m) <= tail
    int m = below.inverseCumulativeProbability(tail);
    if (below.cumulativeProbability(m) > tail) {
      m--;
    }
    return m + 1;
  }

  /** k: x(k) is above the quantile but with probability at most {@code tail}; n + 1 when none is. */
  private static int upperRank(BinomialDistribution below, double tail) {
    // k - 1 = the smallest m with P(B <= m) >= 1 - tail
    return below.inverseCumulativeProbability(1 - tail) + 1;
  }
}
