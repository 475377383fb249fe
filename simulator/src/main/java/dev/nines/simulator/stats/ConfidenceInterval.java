package dev.nines.simulator.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A Student-t confidence interval for a mean over n independent replications:
 * mean ± t(level, n-1) · sd / √n. With fewer than two observations the bounds are NaN (unknown).
 */
public record ConfidenceInterval(double mean, double low, double high, long n, double level) {

  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must lie in (0, 1), got " + level);
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, got " + n);
    }
  }

  public static ConfidenceInterval of(Tally tally, double level) {
    long n = tally.count();
    if (n < 2) {
      return new ConfidenceInterval(tally.mean(), Double.NaN, Double.NaN, n, level);
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * tally.standardDeviation() / Math.sqrt(n);
    return new ConfidenceInterval(tally.mean(), tally.mean() - half, tally.mean() + half, n, level);
  }

  /**
   * The interval of a value over items, such as replications, leaving out those where the value is
   * undefined (NaN): a replication without a failure has no MTBF.
   */
  public static <T> ConfidenceInterval over(
      Iterable<T> items, java.util.function.ToDoubleFunction<T> value, double level) {
    Tally tally = new Tally();
    for (T item : items) {
      double x = value.applyAsDouble(item);
      if (!Double.isNaN(x)) {
        tally.add(x);
      }
    }
    return of(tally, level);
  }

  /** Half the width of the interval. */
  public double halfWidth() {
    return (high - low) / 2;
  }

  /** Half-width relative to the mean's magnitude: 0.01 is ±1 %. */
  public double relativeHalfWidth() {
    return halfWidth() / Math.abs(mean);
  }

  /** True when x lies within the bounds (inclusive); false when the bounds are unknown. */
  public boolean contains(double x) {
    return x >= low && x <= high;
  }

  /** The interval mapped through an increasing function, such as nines = -log10(1 - A). */
  public ConfidenceInterval map(java.util.function.DoubleUnaryOperator increasing) {
    return new ConfidenceInterval(
        increasing.applyAsDouble(mean),
        increasing.applyAsDouble(low),
        increasing.applyAsDouble(high),
        n,
        level);
  }
}
