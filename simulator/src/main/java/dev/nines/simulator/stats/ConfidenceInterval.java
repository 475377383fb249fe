package dev.nines.simulator.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A confidence interval: an estimate, its bounds, the number of independent observations
 * (replications) it rests on and its level. The plain form is a Student-t interval for a mean,
 * mean ± t(level, n-1) · sd / √n; the estimators beside it ({@link RatioEstimator},
 * {@link Percentiles}, {@link NoEvents}) build others. A bound that is NaN is unknown; an infinite
 * bound means the data bound that side not at all (a one-sided interval). A NaN mean with a finite
 * bound is a one-sided bound without an estimate ("no failure seen: MTBF above x").
 *
 * @param note what the reader must know to read it, in a few words (a one-sided bound, too few
 *     observations), or null
 */
public record ConfidenceInterval(double mean, double low, double high, long n, double level,
    String note) {

  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must lie in (0, 1), got " + level);
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, got " + n);
    }
  }

  /** An interval without a note. */
  public ConfidenceInterval(double mean, double low, double high, long n, double level) {
    this(mean, low, high, n, level, null);
  }

  /** The same interval with a note. */
  public ConfidenceInterval withNote(String text) {
    return new ConfidenceInterval(mean, low, high, n, level, text);
  }

  /**
   * The interval kept inside the possible range [min, max]: each of the estimate and the bounds is
   * clamped (NaN stays NaN).
   */
  public ConfidenceInterval within(double min, double max) {
    return new ConfidenceInterval(clamp(mean, min, max), clamp(low, min, max),
        clamp(high, min, max), n, level, note);
  }

  private static double clamp(double x, double min, double max) {
    return Double.isNaN(x) ? x : Math.max(min, Math.min(max, x));
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
        level,
        note);
  }

  /** The interval mapped through a decreasing function: the bounds swap. */
  public ConfidenceInterval mapDecreasing(java.util.function.DoubleUnaryOperator decreasing) {
    return new ConfidenceInterval(
        decreasing.applyAsDouble(mean),
        decreasing.applyAsDouble(high),
        decreasing.applyAsDouble(low),
        n,
        level,
        note);
  }
}
