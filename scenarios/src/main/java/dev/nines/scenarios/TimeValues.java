package dev.nines.scenarios;

import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.simulator.Durations;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations ({@code 1000h}, {@code 2.5 ms}) and rates ({@code 900/s}, {@code 0.001/h},
 * {@code 1/2000h}) into seconds and events per second (DESIGN.md §4). A duration always carries a
 * unit, except a bare {@code 0}. Problems are reported at the node and null is returned.
 */
final class TimeValues {

  /** The units, in the order people read them. */
  static final String UNITS = "ns us ms s m h d w y";

  private static final String NUMBER = "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)";
  private static final Pattern DURATION = Pattern.compile("\\s*" + NUMBER + "\\s*(\\S+?)\\s*");
  private static final Pattern RATE =
      Pattern.compile("\\s*" + NUMBER + "\\s*/\\s*" + NUMBER + "?\\s*(\\S+?)\\s*");

  /** Names people write for units, mapped to the unit nines knows. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("nsec", "ns"), Map.entry("µs", "us"), Map.entry("usec", "us"),
      Map.entry("msec", "ms"), Map.entry("sec", "s"), Map.entry("secs", "s"),
      Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("min", "m"),
      Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"),
      Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"),
      Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("wk", "w"), Map.entry("week", "w"),
      Map.entry("weeks", "w"), Map.entry("yr", "y"), Map.entry("yrs", "y"), Map.entry("year", "y"),
      Map.entry("years", "y"));

  private TimeValues() {}

  /** A duration of zero or more seconds, or null. */
  static Double duration(Node node, Problems problems) {
    ScalarNode s = scalar(node, "a duration such as '1000h'", problems);
    if (s == null) {
      return null;
    }
    if (s.isNumber()) {
      if (s.number() != null && s.number().doubleValue() == 0) {
        return 0.0;
      }
      problems.at(node, "a duration needs a unit, got the bare number " + s.text(),
          "write e.g. '" + s.text() + "s' for seconds or '" + s.text() + "h' for hours; units: " + UNITS);
      return null;
    }
    if (RATE.matcher(s.text()).matches()) {
      problems.at(node, "'" + s.text() + "' is a rate, not a duration",
          "write a time here, e.g. '1000h' rather than '1/1000h'");
      return null;
    }
    Matcher m = DURATION.matcher(s.text());
    if (s.kind() != ScalarNode.Kind.STRING || !m.matches()) {
      problems.at(node, s.describe() + " is not a duration",
          "write a number and a unit, e.g. '1000h'; units: " + UNITS);
      return null;
    }
    Double unit = unit(node, m.group(2), m.group(1), s.text(), problems);
    if (unit == null) {
      return null;
    }
    double seconds = Double.parseDouble(m.group(1)) * unit;
    if (!Double.isFinite(seconds)) {
      problems.at(node, "duration '" + s.text() + "' is too large", null);
      return null;
    }
    if (seconds < 0) {
      problems.at(node, "a duration must not be negative, got '" + s.text() + "'", null);
      return null;
    }
    return seconds;
  }

  /** A duration above zero, or null. */
  static Double positiveDuration(Node node, Problems problems) {
    Double seconds = duration(node, problems);
    if (seconds != null && seconds == 0) {
      problems.at(node, Values.name(node) + " must be positive, got "
          + ((ScalarNode) node).text(), "a zero duration is not allowed here");
      return null;
    }
    return seconds;
  }

  /** A rate above zero, in events per second, or null. */
  static Double rate(Node node, Problems problems) {
    return rate(node, false, null, problems);
  }

  /**
   * A rate in events per second, or null: above zero, or zero too when {@code zeroAllowed} (then a
   * bare {@code 0} is read as no events). {@code rangeHint} goes with a rate out of range (may be
   * null).
   */
  static Double rate(Node node, boolean zeroAllowed, String rangeHint, Problems problems) {
    ScalarNode s = scalar(node, "a rate such as '1/1000h'", problems);
    if (s == null) {
      return null;
    }
    if (zeroAllowed && s.isNumber() && s.number().doubleValue() == 0) {
      return 0.0;
    }
    if (s.isNumber()) {
      problems.at(node, "a rate needs a time unit, got the bare number " + s.text(),
          "write e.g. '" + s.text() + "/h' for per hour or '" + s.text() + "/s' for per second");
      return null;
    }
    Matcher m = RATE.matcher(s.text());
    if (s.kind() != ScalarNode.Kind.STRING || !m.matches()) {
      String hint = DURATION.matcher(s.text()).matches()
          ? "a rate is a count per time: write '1/" + s.text().strip() + "' for once every "
              + s.text().strip() + ", or give a mean instead"
          : "write a count per time, e.g. '900/s', '0.001/h' or '1/2000h'";
      problems.at(node, s.describe() + " is not a rate", hint);
      return null;
    }
    Double unit = unit(node, m.group(3), m.group(2) == null ? "1" : m.group(2), s.text(), problems);
    if (unit == null) {
      return null;
    }
    double per = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
    double rate = Double.parseDouble(m.group(1)) / (per * unit);
    if (!(rate > 0 || zeroAllowed && rate == 0) || !Double.isFinite(rate)) {
      String range = zeroAllowed ? "zero or positive" : "positive";
      problems.at(node, "a rate must be " + range + " and finite, got '" + s.text() + "'",
          rangeHint);
      return null;
    }
    return rate + 0.0; // no -0
  }

  private static ScalarNode scalar(Node node, String expected, Problems problems) {
    if (!(node instanceof ScalarNode)) {
      problems.at(node, "expected " + expected + ", got " + node.describe(), null);
      return null;
    }
    ScalarNode s = (ScalarNode) node;
    if (s.kind() == ScalarNode.Kind.NULL) {
      problems.at(node, "'" + Values.name(node) + "' needs a value", "write " + expected);
      return null;
    }
    if (s.isNumber() && s.number() == null) {
      problems.at(node, Values.name(node) + " must be a finite number with a unit, got " + s.text(), null);
      return null;
    }
    return s;
  }

  /** Seconds per unit, or null after reporting an unknown unit with the most likely fix. */
  private static Double unit(Node node, String unit, String number, String text, Problems problems) {
    Double seconds = Durations.unit(unit);
    if (seconds != null) {
      return seconds;
    }
    String known = ALIASES.get(unit.toLowerCase(Locale.ROOT));
    if (known == null && Durations.unit(unit.toLowerCase(Locale.ROOT)) != null) {
      known = unit.toLowerCase(Locale.ROOT);
    }
    String hint = known == null
        ? "units are " + UNITS
        : "did you mean '" + text.strip().replace(unit, known) + "'? units are " + UNITS;
    problems.at(node, "unknown unit '" + unit + "' in '" + text.strip() + "'", hint);
    return null;
  }
}
