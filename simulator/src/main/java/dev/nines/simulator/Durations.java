package dev.nines.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated time is a double in seconds. Durations written by people carry a unit:
 * {@code ns us ms s m h d w y}, with {@code y} = 365 d (DESIGN.md §4).
 */
public final class Durations {

  /** Seconds per unit, in increasing order. */
  public static final Map<String, Double> UNITS = units();

  public static final double MINUTE = 60;
  public static final double HOUR = 3600;
  public static final double DAY = 86_400;
  public static final double YEAR = 365 * DAY;

  private static final String NUMBER = "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)";
  private static final Pattern DURATION = Pattern.compile("\\s*" + NUMBER + "\\s*([a-z]+)\\s*");
  private static final Pattern RATE =
      Pattern.compile("\\s*" + NUMBER + "\\s*/\\s*" + NUMBER + "?\\s*([a-z]+)\\s*");

  private Durations() {}

  private static Map<String, Double> units() {
    Map<String, Double> units = new LinkedHashMap<>();
    units.put("ns", 1e-9);
    units.put("us", 1e-6);
    units.put("ms", 1e-3);
    units.put("s", 1.0);
    units.put("m", MINUTE);
    units.put("h", HOUR);
    units.put("d", DAY);
    units.put("w", 7 * DAY);
    units.put("y", YEAR);
    // Not Map.copyOf: its iteration order is unspecified and changes from run to run.
    return Collections.unmodifiableMap(units);
  }

  /** Seconds per unit, or null for an unknown unit. */
  public static Double unit(String name) {
    return UNITS.get(name);
  }

  /**
   * Parses a number followed by a unit, such as {@code 1000h} or {@code 2.5 ms}. Returns empty when the
   * text is not of that form or names an unknown unit; callers explain why.
   */
  public static OptionalDouble parse(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches() || !UNITS.containsKey(m.group(2))) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(m.group(1)) * UNITS.get(m.group(2)));
  }

  /**
   * Parses a count per duration, such as {@code 900/s} or {@code 1/2000h}, into events per second.
   * Returns empty when the text is not of that form or names an unknown unit.
   */
  public static OptionalDouble rate(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches() || !UNITS.containsKey(m.group(3))) {
      return OptionalDouble.empty();
    }
    double per = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
    return OptionalDouble.of(Double.parseDouble(m.group(1)) / (per * UNITS.get(m.group(3))));
  }

  /** A readable duration with four significant digits in the largest fitting unit: 3.2h, 12ms, 1.5y. */
  public static String format(double seconds) {
    if (Double.isNaN(seconds)) {
      return "NaN";
    }
    if (Double.isInfinite(seconds)) {
      return seconds > 0 ? "inf" : "-inf";
    }
    if (seconds == 0) {
      return "0s";
    }
    // Round first, so that 3599.99 s reads 1h rather than 60m.
    double magnitude = Math.abs(new BigDecimal(seconds).round(new MathContext(4)).doubleValue());
    String[] order = {"y", "d", "h", "m", "s", "ms", "us", "ns"};
    for (String unit : order) {
      double size = UNITS.get(unit);
      if (magnitude >= size || unit.equals("ns")) {
        return number(seconds / size) + unit;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** A number with at most four significant digits and no trailing zeros: 1000, 0.9994, 3.2, 1.5e-5. */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e7) {
      return rounded.toPlainString();
    }
    // Scientific: mantissa and exponent, e.g. 1.5e-5 or 1.235e+7. (BigDecimal.toString would write
    // numbers down to 1e-6 in plain notation, 0.000015, so the exponent is computed here.)
    int exponent = rounded.precision() - rounded.scale() - 1;
    String mantissa = rounded.movePointLeft(exponent).toPlainString();
    return mantissa + (exponent < 0 ? "e" : "e+") + exponent;
  }
}
