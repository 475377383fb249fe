package dev.nines.reports.charts;

import java.util.Objects;

/**
 * An axis: its label and the unit of its numbers. Unit {@code s} shows times in their best unit
 * (12 ms, 3.2 h); {@code 1} plain numbers (0.99994); {@code 1/s} a rate; {@code %} a share given
 * as a fraction.
 *
 * @param label what is measured, without the unit: "Response time"
 * @param log whether the axis is logarithmic
 */
public record Axis(String label, String unit, boolean log) {

  public Axis {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
  }

  public static Axis linear(String label, String unit) {
    return new Axis(label, unit, false);
  }

  public static Axis log(String label, String unit) {
    return new Axis(label, unit, true);
  }
}
