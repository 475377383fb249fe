package dev.nines.simulator.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
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
   * from the order statistics: the number of values below the true quantile is binomial(N, p), so
   * [x(j), x(k)] with j, k = Np ∓ z·√(Np(1-p)) (normal approximation) covers it at the given level.
   * Bounds that fall outside the sample are NaN (unknown): too few values for that level.
   */
  public static ConfidenceInterval interval(double[] values, double p, double level) {
    double estimate = of(values, p);
    int n = values.length;
    if (n < 2) {
      return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, n, level);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double spread = z * Math.sqrt(n * p * (1 - p));
    int j = (int) Math.floor(n * p - spread); // 1-based order statistics
    int k = (int) Math.ceil(n * p + spread) + 1;
    double low = j >= 1 ? sorted[j - 1] : Double.NaN;
    double high = k <= n ? sorted[k - 1] : Double.NaN;
    return new ConfidenceInterval(estimate, low, high, n, level);
  }
}
