package dev.nines.reports.charts;

import java.util.Objects;

/**
 * A reference line across the plot: a percentile or a formula's mean on a histogram, a fault's time
 * on a time series, a target on a sweep.
 *
 * @param onX true for a vertical line at x = value, false for a horizontal one at y = value
 */
public record Marker(String label, double value, boolean onX, Style style) {

  public Marker {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(style, "style");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a marker needs a finite value: " + label);
    }
  }

  public static Marker atX(String label, double x, Style style) {
    return new Marker(label, x, true, style);
  }

  public static Marker atY(String label, double y, Style style) {
    return new Marker(label, y, false, style);
  }
}
