package dev.nines.simulator.stats;

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
}
