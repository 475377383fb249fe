package dev.nines.reports.charts;

import dev.nines.simulator.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Objects;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick labels by {@link Axis#unit()}: {@code s} as a duration in its best unit ("12 ms", "3.2 h"),
 * {@code 1} as a plain number with just the digits it needs ("0.99994"), {@code 1/s} as a rate
 * ("12/s"), {@code %} a fraction as a percentage ("99.5%"). Any other unit is written as a plain
 * number; the axis label carries it. The formats ignore the default locale and never group digits.
 * They only format: parsing is not supported and always fails (returns null).
 */
public final class TickFormats {

  /** Tick sizes for time axes: round numbers of each unit, from a nanosecond to a million years. */
  private static final TickUnitSource DURATION_TICKS = durationTicks();

  private TickFormats() {}

  /** The tick format for values in this unit. */
  public static NumberFormat of(String unit) {
    switch (unit) {
      case "s":
        return new DurationFormat(null);
      case "1/s":
        return new UnitFormat("/s", 1);
      case "%":
        return new UnitFormat("%", 100);
      default:
        return new UnitFormat("", 1);
    }
  }

  /**
   * The tick sizes a linear axis in this unit chooses from: for {@code s}, round durations (1, 2,
   * 5, 10, 15, 30 s; 1, 2, 5, 10, 15 m; 0.5, 1, 2, 3, 6 h; 0.5, 1, 2, 7, 14, 30 d; 0.25, 0.5, 1, 2,
   * 5, 10 y, ...)
   * all ticks of an axis labelled in the unit of the tick size, so one axis reads 0, 0.5 h, 1 h,
   * 1.5 h and never 0, 30 m, 1 h; for the other units 1, 2 and 5 times a power of ten, labelled by
   * {@link #of}.
   */
  public static TickUnitSource tickUnits(String unit) {
    if (unit.equals("s")) {
      return DURATION_TICKS;
    }
    return new NumberTickUnitSource(false, of(unit));
  }

  /** Whole-number tick sizes, 1, 2 and 5 times a power of ten, labelled as plain numbers. */
  public static TickUnitSource wholeTickUnits() {
    TickUnits units = new TickUnits();
    for (int exponent = 0; exponent <= 15; exponent++) {
      for (int step : new int[] {1, 2, 5}) {
        units.add(new NumberTickUnit(step * Math.pow(10, exponent), of("1"), 1));
      }
    }
    return units;
  }

  /**
   * A plain number with at most ten significant digits and no trailing zeros, so that 0.99994 stays
   * 0.99994 and 0.1 + 0.2 reads 0.3; below 1e-4 and from 1e9 on in scientific notation, 1.5e-5.
   */
  static String plain(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0"; // also -0.0
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e9) {
      return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
  }

  /** A duration in its best unit with a space before the unit: "3.2 h", "12 ms", "0". */
  static String duration(double seconds) {
    if (seconds == 0) {
      return "0";
    }
    String text = Durations.format(seconds); // "3.2h", "1.5e-5ns", "NaN", "inf"
    int split = text.length();
    while (split > 0 && Character.isLetter(text.charAt(split - 1))) {
      split--;
    }
    if (split == 0 || split == text.length()) {
      return text;
    }
    return text.substring(0, split) + " " + text.substring(split);
  }

  private static TickUnitSource durationTicks() {
    TickUnits units = new TickUnits();
    for (int exponent = -9; exponent <= -1; exponent++) {
      for (int step : new int[] {1, 2, 5}) {
        double size = step * Math.pow(10, exponent);
        String unit = size >= 0.1 ? "s" : size >= 1e-4 ? "ms" : size >= 1e-7 ? "us" : "ns";
        units.add(new NumberTickUnit(size, new DurationFormat(unit)));
      }
    }
    addDurations(units, "s", 1, 2, 5, 10, 15, 30);
    addDurations(units, "m", 1, 2, 5, 10, 15);
    addDurations(units, "h", 0.5, 1, 2, 3, 6);
    addDurations(units, "d", 0.5, 1, 2, 7, 14, 30);
    addDurations(units, "y", 0.25, 0.5);
    for (int exponent = 0; exponent <= 6; exponent++) {
      for (int step : new int[] {1, 2, 5}) {
        addDurations(units, "y", step * Math.pow(10, exponent));
      }
    }
    return units;
  }

  private static void addDurations(TickUnits units, String unit, double... counts) {
    for (double count : counts) {
      units.add(new NumberTickUnit(count * Durations.unit(unit), new DurationFormat(unit)));
    }
  }

  /** Formats only; every subclass writes doubles and longs the same way. */
  private abstract static class OutputOnly extends NumberFormat {
    private static final long serialVersionUID = 1L;

    abstract String text(double value);

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      return null; // leaves parsePosition alone, which reports the failure
    }

  }

  /** A plain number times a scale, followed by a suffix: "12/s", "99.5%". */
  private static final class UnitFormat extends OutputOnly {
    private static final long serialVersionUID = 1L;
    private final String suffix;
    private final double scale;

    UnitFormat(String suffix, double scale) {
      this.suffix = suffix;
      this.scale = scale;
      setGroupingUsed(false);
    }

    @Override
    String text(double value) {
      return plain(value * scale) + suffix;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof UnitFormat f && suffix.equals(f.suffix) && scale == f.scale;
    }

    @Override
    public int hashCode() {
      return suffix.hashCode() * 31 + Double.hashCode(scale);
    }
  }

  /** Seconds in a fixed unit ("0.5 h"), or in each value's best unit when the unit is null. */
  private static final class DurationFormat extends OutputOnly {
    private static final long serialVersionUID = 1L;
    private final String unit;

    DurationFormat(String unit) {
      this.unit = unit;
      setGroupingUsed(false);
    }

    @Override
    String text(double seconds) {
      if (unit == null) {
        return duration(seconds);
      }
      if (seconds == 0) {
        return "0";
      }
      if (!Double.isFinite(seconds)) {
        return plain(seconds);
      }
      return plain(seconds / Durations.unit(unit)) + " " + unit;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DurationFormat f && Objects.equals(unit, f.unit);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(unit);
    }
  }
}
