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
   * past the last), that bound is infinite: the data do not bound that side.
   */
  public static ConfidenceInterval interval(double[] values, double p, double level) {
    double estimate = of(values, p);
    int n = values.length;
    if (n == 0) {
      return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, 0, level);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double tail = (1 - level) / 2;
    BinomialDistribution below = new BinomialDistribution(null, n, p);
    // j - 1 = the largest m with P(B <= m) <= tail (j = 0: no lower bound)
    int j = below.inverseCumulativeProbability(tail);
    if (below.cumulativeProbability(j) > tail) {
      j--;
    }
    j++;
    // k - 1 = the smallest m with P(B <= m) >= 1 - tail (k > n: no upper bound)
    int k = below.inverseCumulativeProbability(1 - tail) + 1;
    double low = j >= 1 ? sorted[j - 1] : Double.NEGATIVE_INFINITY;
    double high = k <= n ? sorted[k - 1] : Double.POSITIVE_INFINITY;
    return new ConfidenceInterval(estimate, low, high, n, level);
  }
}
