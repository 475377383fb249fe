package dev.nines.scenarios.experiment;

import dev.nines.simulator.Durations;

/**
 * A precision goal ({@code --precision}): the interval's half-width at most {@code value}, either
 * relative to the estimate ({@code 10%}: half-width / |mean| ≤ 0.1) or absolute ({@code 1e-6}: a
 * half-width in the figure's own unit). A run or a sweep point goes on, batch after batch, until
 * its figure meets it.
 *
 * @param value the bound: a fraction for a relative goal (0.1 for 10 %), else a half-width
 * @param relative whether the bound is relative to the estimate
 */
public record Precision(double value, boolean relative) {

  public Precision {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a precision must be a positive number, got " + value);
    }
    if (relative && value > 1) {
      throw new IllegalArgumentException("a relative precision must be at most 100 %, got "
          + value);
    }
  }

  /** A relative goal: half-width / |mean| at most {@code fraction}. */
  public static Precision relative(double fraction) {
    return new Precision(fraction, true);
  }

  /** An absolute goal: half-width at most {@code halfWidth}. */
  public static Precision absolute(double halfWidth) {
    return new Precision(halfWidth, false);
  }

  /**
   * Reads {@code 10%} (relative) or {@code 1e-6} (absolute).
   *
   * @throws IllegalArgumentException with a hint, for anything else: text that is not a number, 0 or
   *     less, or a percentage above 100
   */
  public static Precision parse(String text) {
    String t = text.trim();
    boolean percent = t.endsWith("%");
    String number = percent ? t.substring(0, t.length() - 1).trim() : t;
    double x;
    try {
      x = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      x = Double.NaN;
    }
    if (Double.isNaN(x) || Double.isInfinite(x) || number.isEmpty()
        || !number.matches("[0-9.eE+-]+")) {
      throw new IllegalArgumentException("'" + text + "' is not a precision\n"
          + "  hint: give a relative half-width as a percentage, e.g. 10%, or an absolute "
          + "half-width as a number, e.g. 1e-6");
    }
    if (!(x > 0)) {
      throw new IllegalArgumentException("'" + text + "' is not a positive precision: no "
          + "interval is that narrow\n"
          + "  hint: give a relative half-width such as 10% or 1%, or an absolute one such as "
          + "1e-6");
    }
    if (percent && x > 100) {
      throw new IllegalArgumentException("'" + text + "' is more than 100 %: a half-width "
          + "larger than the estimate itself bounds nothing\n"
          + "  hint: 10% is a usual goal; 1% is a demanding one");
    }
    return percent ? relative(x / 100) : absolute(x);
  }

  /**
   * The half-width this goal judges: relative to the estimate for a relative goal. Infinite when
   * the interval has no width or no estimate to judge (a mean of 0, as when no failure was seen:
   * a one-sided bound), NaN when a bound is unknown.
   */
  public double achieved(double mean, double low, double high) {
    double half = (high - low) / 2;
    if (Double.isNaN(half)) {
      return Double.NaN;
    }
    if (half == 0 || mean == 0 || Double.isNaN(mean)) {
      return Double.POSITIVE_INFINITY;
    }
    return relative ? half / Math.abs(mean) : half;
  }

  /** Whether an interval meets the goal (see {@link #achieved}: never without an estimate). */
  public boolean met(double mean, double low, double high) {
    return achieved(mean, low, high) <= value;
  }

  /** As written: {@code 10 %} or {@code 1e-06}. */
  public String text() {
    return relative ? Durations.number(100 * value) + " %" : Durations.number(value);
  }

  /** An achieved half-width in this goal's terms: {@code 8.12 %} or {@code 3.1e-07}. */
  public String format(double achieved) {
    if (Double.isNaN(achieved) || Double.isInfinite(achieved)) {
      return "unknown";
    }
    return relative ? Durations.number(100 * achieved) + " %" : Durations.number(achieved);
  }

  /**
   * The half-width reached, in words: {@code 8.12 %}, or why it cannot be judged ({@code unknown
   * (no failure seen: ...)}).
   */
  public String reached(double mean, double low, double high) {
    double achieved = achieved(mean, low, high);
    if (Double.isNaN(achieved)) {
      return "unknown (no interval)";
    }
    if (Double.isInfinite(achieved)) {
      return mean == 0 ? "unknown (no failure seen: only a bound, no estimate)"
          : "unknown (the interval has no width: every replication gave the same value)";
    }
    return format(achieved);
  }

  /** "relative half-width" or "half-width". */
  public String kind() {
    return relative ? "relative half-width" : "half-width";
  }
}
