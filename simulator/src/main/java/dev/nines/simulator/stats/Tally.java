package dev.nines.simulator.stats;

/**
 * Count, mean, variance, minimum and maximum of observations, by Welford's online algorithm: one
 * pass, numerically stable, no stored samples. NaN observations are rejected.
 */
public final class Tally {

  private long count;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  public void add(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("a tally takes numbers, got NaN");
    }
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    min = Math.min(min, x);
    max = Math.max(max, x);
  }

  public long count() {
    return count;
  }

  /** The sample mean; NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** The unbiased sample variance; NaN with fewer than two observations. */
  public double variance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  public double min() {
    return count == 0 ? Double.NaN : min;
  }

  public double max() {
    return count == 0 ? Double.NaN : max;
  }

  /** A Student-t confidence interval for the mean at the given level. */
  public ConfidenceInterval confidenceInterval(double level) {
    return ConfidenceInterval.of(this, level);
  }
}
