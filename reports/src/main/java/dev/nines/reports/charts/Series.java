package dev.nines.reports.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One series of numbers. NaN marks a missing value (no formula at that point, no interval).
 * {@code low}, {@code high} and {@code z} are null when the series has none; when given, each has
 * as many values as {@code y}.
 *
 * @param label the legend's text
 * @param group series of one group share a colour (a balancer's simulated and formula curves)
 * @param x x values, bin edges, or null for categorical kinds
 */
public record Series(String label, String group, Style style, double[] x, double[] y,
    double[] low, double[] high, double[] z) {

  public Series {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(y, "y");
    x = x == null ? null : x.clone();
    y = y.clone();
    low = low == null ? null : low.clone();
    high = high == null ? null : high.clone();
    z = z == null ? null : z.clone();
    if ((low == null) != (high == null)) {
      throw new IllegalArgumentException(label + ": give both low and high, or neither");
    }
    if (low != null && (low.length != y.length || high.length != y.length)) {
      throw new IllegalArgumentException(label + ": low and high need one value per y");
    }
  }

  /** A line with no interval. */
  public static Series line(String label, String group, Style style, double[] x, double[] y) {
    return new Series(label, group, style, x, y, null, null, null);
  }

  /** A line with a confidence band. */
  public static Series band(String label, String group, double[] x, double[] y, double[] low,
      double[] high) {
    return new Series(label, group, Style.SIMULATED, x, y, low, high, null);
  }

  /** Per-category values (INTERVALS, PARETO), with or without an interval. */
  public static Series values(String label, Style style, double[] y, double[] low, double[] high) {
    return new Series(label, label, style, null, y, low, high, null);
  }

  public boolean hasBand() {
    return low != null;
  }

  @Override public double[] x() { return x == null ? null : x.clone(); }
  @Override public double[] y() { return y.clone(); }
  @Override public double[] low() { return low == null ? null : low.clone(); }
  @Override public double[] high() { return high == null ? null : high.clone(); }
  @Override public double[] z() { return z == null ? null : z.clone(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && label.equals(s.label) && group.equals(s.group)
        && style == s.style && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
        && Arrays.equals(low, s.low) && Arrays.equals(high, s.high) && Arrays.equals(z, s.z);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, group, style) * 31 + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[" + label + ", " + style + ", " + y.length + " points]";
  }
}
