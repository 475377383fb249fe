package dev.nines.benchmarks.coverage;

/**
 * The values a figure can take: an interval bound outside them is impossible, whatever the data
 * (an availability above 1, a negative duration or count).
 */
public enum Range {
  /** Availability, unavailability, utilization, ratios: [0, 1]. */
  PROBABILITY(0, 1),
  /** Durations, counts, rates, queue lengths and nines: [0, ∞]. */
  NON_NEGATIVE(0, Double.POSITIVE_INFINITY);

  private final double min;
  private final double max;

  Range(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** Whether an interval [low, high] leaves the range; an unknown (NaN) bound leaves nothing. */
  boolean leftBy(double low, double high) {
    return low < min || high > max;
  }
}
