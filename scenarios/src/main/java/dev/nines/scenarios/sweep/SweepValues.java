package dev.nines.scenarios.sweep;

import dev.nines.simulator.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of {@code nines sweep --set PATH=VALUES}, one of:
 *
 * <ul>
 *   <li>a list: {@code 1,2,3}, {@code 1h,6h,1d}, {@code random,round-robin};
 *   <li>the whole numbers from one to another: {@code 2..8};
 *   <li>N evenly spaced points, both ends included: {@code 1h..24h:6}, {@code 0.5..2:4};
 *   <li>N log-spaced points, both ends included: {@code 1e-4..1e-1:log4}.
 * </ul>
 *
 * The ends keep the text they were written with; the points between are written so that reading
 * them back gives their number: plain numbers in their shortest form, durations in the ends' unit
 * when that reads short ({@code 5.6h}), else in another unit.
 */
public final class SweepValues {

  /** The most points one setting may take. */
  public static final int MAX_POINTS = 10_000;

  private static final String NUMBER_TEXT = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
  private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DURATION = Pattern.compile("(" + NUMBER_TEXT + ")\\s*([a-z]+)");
  private static final Pattern COUNT = Pattern.compile("(log)?(\\d+)");
  private static final List<String> LADDER =
      List.of("y", "w", "d", "h", "m", "s", "ms", "us", "ns");
  private static final int SHORT_DIGITS = 6;
  private static final String FORMS = "a list such as '1,2,3', a range such as '2..8', "
      + "or a range with a point count such as '1h..24h:6' or '1e-4..1e-1:log4'";

  private SweepValues() {}

  /** One end of a range: its text, its value (seconds for a duration) and its unit, or null. */
  private record End(String text, BigDecimal value, String unit) {

    boolean isDuration() {
      return unit != null;
    }

    Value toValue() {
      return new Value(text, value.doubleValue());
    }
  }

  /** The values, in order; throws IllegalArgumentException naming what is wrong. */
  public static List<Value> parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("no values; expected " + FORMS);
    }
    int dots = s.indexOf("..");
    if (dots < 0) {
      return list(s);
    }
    if (s.contains(",")) {
      throw new IllegalArgumentException(
          "'" + s + "' mixes a list and a range; expected " + FORMS);
    }
    return range(s, dots);
  }

  private static List<Value> list(String s) {
    List<Value> values = new ArrayList<>();
    for (String raw : s.split(",", -1)) {
      String item = raw.trim();
      if (item.isEmpty()) {
        throw new IllegalArgumentException(
            "empty value in the list '" + s + "'; expected values between commas, as in '1,2,3'");
      }
      Value value = item(item);
      for (Value other : values) {
        if (same(value, other)) {
          String as = other.text().equals(item) ? "" : " (as '" + other.text() + "')";
          throw new IllegalArgumentException("'" + item + "' appears twice" + as + " in the list '"
              + s + "'; list each value once");
        }
      }
      values.add(value);
    }
    return List.copyOf(values);
  }

  /** A list item: a plain number, a duration in seconds, a rate per second, or a name (NaN). */
  private static Value item(String item) {
    double number = Double.NaN;
    if (NUMBER.matcher(item).matches()) {
      number = Double.parseDouble(item);
    } else {
      OptionalDouble seconds = Durations.parse(item);
      OptionalDouble rate = Durations.rate(item);
      if (seconds.isPresent()) {
        number = seconds.getAsDouble();
      } else if (rate.isPresent()) {
        number = rate.getAsDouble();
      }
    }
    if (Double.isInfinite(number)) {
      throw new IllegalArgumentException("'" + item + "' is too large");
    }
    return new Value(item, number);
  }

  private static boolean same(Value a, Value b) {
    if (a.text().equals(b.text())) {
      return true;
    }
    boolean aPlain = NUMBER.matcher(a.text()).matches();
    boolean bPlain = NUMBER.matcher(b.text()).matches();
    return a.isNumber() && b.isNumber() && aPlain == bPlain && a.number() == b.number();
  }

  private static List<Value> range(String s, int dots) {
    String from = s.substring(0, dots).trim();
    String rest = s.substring(dots + 2);
    String count = null;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      count = rest.substring(colon + 1).trim();
      rest = rest.substring(0, colon);
    }
    String to = rest.trim();
    if (from.isEmpty()) {
      throw new IllegalArgumentException(
          "the range '" + s + "' has no start before '..'; expected e.g. '2..8' or '1h..24h:6'");
    }
    if (to.isEmpty()) {
      throw new IllegalArgumentException(
          "the range '" + s + "' has no end after '..'; expected e.g. '2..8' or '1h..24h:6'");
    }
    if (to.contains("..")) {
      throw new IllegalArgumentException(
          "the range '" + s + "' has more than one '..'; expected e.g. '2..8' or '1h..24h:6'");
    }
    End a = end(s, from);
    End b = end(s, to);
    if (count == null) {
      return integers(s, a, b);
    }
    Matcher m = COUNT.matcher(count);
    if (!m.matches()) {
      throw new IllegalArgumentException("':" + count + "' in '" + s + "' is not a point count; "
          + "expected ':N' for N evenly spaced points or ':logN' for N log-spaced points, N >= 2");
    }
    int n = m.group(2).length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
    if (n < 2) {
      throw new IllegalArgumentException("':" + count + "' in '" + s
          + "' asks for fewer than 2 points; a range needs at least 2 (both ends)");
    }
    if (n > MAX_POINTS) {
      throw new IllegalArgumentException("':" + count + "' in '" + s + "' asks for more than "
          + MAX_POINTS + " points");
    }
    if (a.isDuration() != b.isDuration()) {
      if (a.value().signum() == 0 && !a.isDuration()) {
        a = new End("0s", BigDecimal.ZERO, "s");
      } else if (b.value().signum() == 0 && !b.isDuration()) {
        b = new End("0s", BigDecimal.ZERO, "s");
      } else {
        throw new IllegalArgumentException("'" + from + "' and '" + to + "' in '" + s
            + "' are not of the same kind; expected two durations, as in '1h..24h:6', "
            + "or two plain numbers, as in '0.5..2:4'");
      }
    }
    increasing(s, a, b);
    boolean log = m.group(1) != null;
    if (log && a.value().signum() <= 0) {
      throw new IllegalArgumentException("the log-spaced range '" + s + "' starts at '" + a.text()
          + "'; expected both ends above zero, as in '1e-4..1e-1:log4'");
    }
    List<String> units = new ArrayList<>();
    for (End e : List.of(a, b)) {
      if (e.isDuration() && e.value().signum() != 0 && !units.contains(e.unit())) {
        units.add(e.unit());
      }
    }
    units.sort(Comparator.comparing(Durations::unit).reversed());
    List<BigDecimal> inner = new ArrayList<>();
    for (int i = 1; i < n - 1; i++) {
      inner.add(log ? logPoint(a.value(), b.value(), i, n)
          : linearPoint(a.value(), b.value(), i, n));
    }
    List<Value> values = new ArrayList<>(n);
    values.add(a.toValue());
    if (a.isDuration()) {
      values.addAll(durations(inner, units));
    } else {
      inner.forEach(x -> values.add(plain(x.doubleValue())));
    }
    values.add(b.toValue());
    return List.copyOf(values);
  }

  private static BigDecimal linearPoint(BigDecimal a, BigDecimal b, int i, int n) {
    BigDecimal step = b.subtract(a).multiply(BigDecimal.valueOf(i));
    return a.add(step.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128));
  }

  /** The point {@code a (b/a)^(i/(n-1))} to 12 digits, so that 1e-4..1e-1 gives 0.001. */
  private static BigDecimal logPoint(BigDecimal a, BigDecimal b, int i, int n) {
    double la = Math.log(a.doubleValue());
    double lb = Math.log(b.doubleValue());
    double x = Math.exp(la + (lb - la) * i / (n - 1));
    return new BigDecimal(x).round(new MathContext(12));
  }

  /** Steps of one between two whole numbers. */
  private static List<Value> integers(String s, End a, End b) {
    if (a.isDuration() || b.isDuration()) {
      throw new IllegalArgumentException("the range of durations '" + s
          + "' needs a point count; expected e.g. '" + s + ":6' for 6 evenly spaced points");
    }
    if (!INTEGER.matcher(a.text()).matches() || !INTEGER.matcher(b.text()).matches()) {
      throw new IllegalArgumentException("the range '" + s + "' steps by 1 between whole numbers "
          + "only; for other values give a point count, e.g. '" + s + ":5'");
    }
    increasing(s, a, b);
    long first;
    long last;
    try {
      first = a.value().longValueExact();
      last = b.value().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the range '" + s + "' has ends too large");
    }
    BigDecimal points = b.value().subtract(a.value()).add(BigDecimal.ONE);
    if (points.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
      throw new IllegalArgumentException("the range '" + s + "' has " + points.toPlainString()
          + " points, more than " + MAX_POINTS + "; give a point count, e.g. '" + s + ":10'");
    }
    List<Value> values = new ArrayList<>();
    for (long v = first; v <= last; v++) {
      values.add(new Value(Long.toString(v), v));
    }
    return List.copyOf(values);
  }

  private static void increasing(String s, End a, End b) {
    int c = a.value().compareTo(b.value());
    if (c == 0) {
      throw new IllegalArgumentException("the range '" + s + "' starts and ends at the same value; "
          + "expected an end above the start, as in '2..8', or a list");
    }
    if (c > 0) {
      throw new IllegalArgumentException("the range '" + s + "' goes down: '" + b.text()
          + "' is below '" + a.text() + "'; expected the smaller value first, as in '"
          + b.text() + ".." + a.text() + "'");
    }
  }

  /** A range end: a plain number or a duration. */
  private static End end(String s, String text) {
    BigDecimal value;
    String unit = null;
    if (NUMBER.matcher(text).matches()) {
      value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } else {
      Matcher m = DURATION.matcher(text);
      if (!m.matches() || Durations.unit(m.group(2)) == null) {
        throw new IllegalArgumentException("'" + text + "' in the range '" + s + "' is neither a "
            + "number nor a duration; expected e.g. '2', '0.5', '1e-4' or '1h' (units: "
            + String.join(" ", Durations.UNITS.keySet()) + ")");
      }
      String number = m.group(1);
      unit = m.group(2);
      value = new BigDecimal(number.startsWith("+") ? number.substring(1) : number)
          .multiply(size(unit));
    }
    if (!Double.isFinite(value.doubleValue())) {
      throw new IllegalArgumentException("'" + text + "' in the range '" + s + "' is too large");
    }
    return new End(text, value, unit);
  }

  private static BigDecimal size(String unit) {
    return BigDecimal.valueOf(Durations.unit(unit));
  }

  /** A plain number in its shortest form that reads back the same: 2, 0.25, 1.0E-7, 1.0E+20. */
  static Value plain(double x) {
    String text;
    double magnitude = Math.abs(x);
    if (x == Math.rint(x) && magnitude < 1e15) {
      text = Long.toString((long) x);
    } else if (magnitude >= 1e-6 && magnitude < 1e15) {
      text = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    } else {
      // Double.toString writes 1.0E20; YAML 1.1 wants a sign on the exponent.
      text = Double.toString(x);
      if (!text.contains("E-")) {
        text = text.replace("E", "E+");
      }
    }
    return new Value(text, Double.parseDouble(text));
  }

  /**
   * Durations of {@code seconds}, all in the first of {@code units} (then y w d h m s ms us ns)
   * that writes each of them short, else each on its own.
   */
  static List<Value> durations(List<BigDecimal> seconds, List<String> units) {
    List<String> order = new ArrayList<>(units);
    order.addAll(LADDER);
    for (String unit : order) {
      if (seconds.stream().allMatch(x -> x.signum() == 0 || shortIn(x, unit) != null)) {
        return seconds.stream()
            .map(x -> durationValue(x.signum() == 0 ? "0s" : shortIn(x, unit) + unit)).toList();
      }
    }
    return seconds.stream().map(x -> duration(x, order)).toList();
  }

  /** {@code seconds} in {@code unit} when at least 1 with at most six digits, else null. */
  private static String shortIn(BigDecimal seconds, String unit) {
    BigDecimal q = seconds.divide(size(unit), MathContext.DECIMAL128).stripTrailingZeros();
    boolean fits = q.abs().compareTo(BigDecimal.ONE) >= 0 && q.precision() <= SHORT_DIGITS;
    return fits ? q.toPlainString() : null;
  }

  /**
   * A duration of {@code seconds}: in the first of {@code units} where it is at least 1 and has at
   * most six digits, else in the largest unit where it is at least 1.
   */
  private static Value duration(BigDecimal seconds, List<String> units) {
    if (seconds.signum() == 0) {
      return durationValue("0s");
    }
    for (String unit : units) {
      String q = shortIn(seconds, unit);
      if (q != null) {
        return durationValue(q + unit);
      }
    }
    for (String unit : LADDER) {
      BigDecimal q = seconds.divide(size(unit), MathContext.DECIMAL128);
      if (q.abs().compareTo(BigDecimal.ONE) >= 0 || unit.equals("ns")) {
        String number = q.round(new MathContext(15)).stripTrailingZeros().toPlainString();
        return durationValue(number + unit);
      }
    }
    throw new AssertionError("unreachable");
  }

  private static Value durationValue(String text) {
    return new Value(text, Durations.parse(text).orElseThrow());
  }
}
