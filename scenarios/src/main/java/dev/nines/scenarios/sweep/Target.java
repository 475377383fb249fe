package dev.nines.scenarios.sweep;

import dev.nines.scenarios.Suggestions;
import dev.nines.simulator.Durations;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A target a sweep point must meet, {@code --target system.availability>=0.9999}: a figure (scope
 * and metric), a comparison and a value, a plain number or a duration in seconds
 * ({@code traffic.response-p99<=200ms}). Without a scope, traffic figures are in {@code traffic}
 * and all others in {@code system}.
 *
 * @param text the target as written
 */
public record Target(String scope, String metric, Op op, double value, String text) {

  /** The comparisons, longest symbol first so that {@code >=} is not read as {@code >}. */
  public enum Op {
    GE(">="),
    LE("<="),
    GT(">"),
    LT("<");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether {@code x op bound} holds; false for NaN. */
    public boolean test(double x, double bound) {
      switch (this) {
        case GE:
          return x >= bound;
        case LE:
          return x <= bound;
        case GT:
          return x > bound;
        default:
          return x < bound;
      }
    }
  }

  /** The figures of scope {@code traffic}, the default scope of these names. */
  public static final Set<String> TRAFFIC_METRICS = Set.of("throughput", "success-ratio",
      "drop-ratio", "drops", "timeouts", "lost", "pending", "retries", "response-time",
      "response-p50", "response-p95", "response-p99", "response-p999", "utilization", "queue-length", "keys-moved");

  private static final String NAME = "[A-Za-z_][A-Za-z0-9_-]*(?:\\[\\d+\\])?";
  private static final Pattern SCOPE = Pattern.compile(NAME + "(?:\\." + NAME + ")*");
  private static final Pattern METRIC = Pattern.compile(NAME);
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final String FORM =
      "expected FIGURE OP VALUE, as in 'availability>=0.9999' or 'traffic.response-p99<=200ms', "
          + "with OP one of >= <= > <";

  public Target {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (scope.isBlank() || metric.isBlank()) {
      throw new IllegalArgumentException("a target needs a scope and a metric");
    }
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("a target's value must be a number");
    }
  }

  /** Reads {@code [SCOPE.]METRIC OP VALUE}; whitespace around the parts is free. */
  public static Target parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.trim();
    int at = indexOfOp(s);
    if (at < 0) {
      throw new IllegalArgumentException("'" + s + "' has no comparison; " + FORM);
    }
    Op op = opAt(s, at);
    String figure = s.substring(0, at).trim();
    String bound = s.substring(at + op.symbol().length()).trim();
    if (figure.endsWith("=") || figure.endsWith("!") || bound.startsWith("=")
        || bound.startsWith("<") || bound.startsWith(">")) {
      String before = figure.endsWith("=") || figure.endsWith("!")
          ? figure.substring(figure.length() - 1) : "";
      String after = bound.isEmpty() || "=<>".indexOf(bound.charAt(0)) < 0
          ? "" : bound.substring(0, 1);
      throw new IllegalArgumentException("'" + before + op.symbol() + after + "' in '" + s
          + "' is not a comparison; expected one of >= <= > <");
    }
    if (figure.isEmpty()) {
      throw new IllegalArgumentException("'" + s + "' names no figure before " + op.symbol()
          + "; " + FORM);
    }
    if (bound.isEmpty()) {
      throw new IllegalArgumentException("'" + s + "' has no value after " + op.symbol()
          + "; " + FORM);
    }
    String scope;
    String metric;
    int dot = figure.lastIndexOf('.');
    if (dot < 0) {
      metric = figure;
      scope = TRAFFIC_METRICS.contains(metric) ? "traffic" : "system";
    } else {
      scope = figure.substring(0, dot).trim();
      metric = figure.substring(dot + 1).trim();
    }
    if (!METRIC.matcher(metric).matches()) {
      throw new IllegalArgumentException("'" + metric + "' in '" + s + "' is not a metric name; "
          + "expected a kebab-case name such as availability or response-p99");
    }
    if (!SCOPE.matcher(scope).matches()) {
      throw new IllegalArgumentException("'" + scope + "' in '" + s + "' is not a scope; expected "
          + "system, traffic, or a group, crew or detector name such as app or app[0]");
    }
    return new Target(scope, metric, op, value(s, bound), s);
  }

  private static int indexOfOp(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static Op opAt(String s, int at) {
    boolean orEqual = at + 1 < s.length() && s.charAt(at + 1) == '=';
    if (s.charAt(at) == '>') {
      return orEqual ? Op.GE : Op.GT;
    }
    return orEqual ? Op.LE : Op.LT;
  }

  private static double value(String s, String bound) {
    double value;
    if (NUMBER.matcher(bound).matches()) {
      value = Double.parseDouble(bound);
    } else {
      OptionalDouble seconds = Durations.parse(bound);
      if (seconds.isEmpty()) {
        throw new IllegalArgumentException("'" + bound + "' in '" + s + "' is not a value; "
            + "expected a number such as 0.9999 or a duration such as 200ms (units: "
            + String.join(" ", Durations.UNITS.keySet()) + ")");
      }
      value = seconds.getAsDouble();
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + bound + "' in '" + s + "' is too large");
    }
    return value;
  }

  /**
   * Whether a figure's confidence interval [low, high] meets the target: true when all of it does,
   * false when none of it does, null when it straddles the bound or is unknown (NaN). An interval of
   * zero width decides nothing either: every replication gave the same value (typically no outage
   * at all, so availability 1), which says the runs were too short to see any variation, not that
   * the figure is certain.
   */
  public Boolean decide(double mean, double low, double high) {
    if (Double.isNaN(mean) || Double.isNaN(low) || Double.isNaN(high) || low == high) {
      return null;
    }
    if (op.test(low, value) && op.test(high, value)) {
      return true;
    }
    if (!op.test(low, value) && !op.test(high, value)) {
      return false;
    }
    return null;
  }

  /**
   * This target with its figure spelt as the closest of {@code figures} (each
   * {@code scope.metric}), written as it was given ({@code availabilty>=0.999} gives
   * {@code availability>=0.999}); null when no figure is close.
   */
  public String corrected(Collection<String> figures) {
    int at = indexOfOp(text);
    String figure = text.substring(0, at).trim();
    String rest = text.substring(text.indexOf(figure) + figure.length());
    if (figure.contains(".")) {
      String best = Suggestions.closest(scope + "." + metric, figures);
      return best == null ? null : best + rest;
    }
    // Written without a scope: the closest metric of any scope, named as it must be written.
    List<String> metrics = figures.stream().map(f -> f.substring(f.lastIndexOf('.') + 1))
        .distinct().toList();
    String best = Suggestions.closest(metric, metrics);
    if (best == null) {
      return null;
    }
    String defaultScope = TRAFFIC_METRICS.contains(best) ? "traffic" : "system";
    if (figures.contains(defaultScope + "." + best)) {
      return best + rest;
    }
    return figures.stream().filter(f -> f.endsWith("." + best)).findFirst().orElseThrow() + rest;
  }

  /** Whether the mean alone meets the target; false for NaN. */
  public boolean metByMean(double mean) {
    return op.test(mean, value);
  }

  /** The normalized form, such as {@code system.availability >= 0.9999}. */
  @Override
  public String toString() {
    int at = text.indexOf(op.symbol());
    String bound = at < 0 ? "" : text.substring(at + op.symbol().length()).trim();
    if (bound.isEmpty()) {
      bound = SweepValues.plain(value).text();
    }
    return scope + "." + metric + " " + op.symbol() + " " + bound;
  }
}
