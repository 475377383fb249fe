package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One figure of an experiment (DESIGN.md §5-6): the mean over replications with its confidence
 * interval and the number of replications it rests on, beside the analytic value and its formula.
 * Non-finite numbers mean "unknown" and are written as null.
 *
 * @param scope {@code system}, a group name, a crew name, or later a detector or {@code traffic}
 * @param name kebab-case metric name, such as {@code availability} or {@code outage-p99}
 * @param unit {@code 1} for ratios and counts, {@code s} for times
 * @param values the figure's value in each replication, in replication order (index = replication
 *     number), NaN where it is undefined in that replication; empty when the figure has no
 *     per-replication values (a percentile over the pooled observations of all replications)
 * @param note what a reader must know to read the figure (a one-sided bound, no failure seen), or
 *     null; an infinite bound is a side the data do not bound, a NaN mean with a bound is a bound
 *     without an estimate
 * @param analyticError 0 for an exact analytic value; for an approximation, the bound on its error
 *     its formula states (see {@link Analytic#error})
 * @param diagnostics the estimate's relative error and effective sample size, for the figures
 *     read from an unavailability; null for the others
 */
public record MetricResult(
    String scope,
    String name,
    String unit,
    double mean,
    double low,
    double high,
    long n,
    Double analytic,
    String formula,
    List<Double> values,
    String note,
    double analyticError,
    Diagnostics diagnostics) {

  public MetricResult {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    values = List.copyOf(values);
  }

  /** A figure without diagnostics. */
  public MetricResult(String scope, String name, String unit, double mean, double low, double high,
      long n, Double analytic, String formula, List<Double> values, String note,
      double analyticError) {
    this(scope, name, unit, mean, low, high, n, analytic, formula, values, note, analyticError,
        null);
  }

  /** A figure whose analytic value, if any, is exact. */
  public MetricResult(String scope, String name, String unit, double mean, double low, double high,
      long n, Double analytic, String formula, List<Double> values, String note) {
    this(scope, name, unit, mean, low, high, n, analytic, formula, values, note, 0);
  }

  /** A figure without a note. */
  public MetricResult(String scope, String name, String unit, double mean, double low, double high,
      long n, Double analytic, String formula, List<Double> values) {
    this(scope, name, unit, mean, low, high, n, analytic, formula, values, null);
  }

  /** A figure without per-replication values. */
  public MetricResult(String scope, String name, String unit, double mean, double low, double high,
      long n, Double analytic, String formula) {
    this(scope, name, unit, mean, low, high, n, analytic, formula, List.of());
  }

  /** A figure without per-replication values. */
  public static MetricResult of(
      String scope, String name, String unit, ConfidenceInterval ci, Analytic analytic) {
    return of(scope, name, unit, ci, analytic, new double[0]);
  }

  /** A figure with its value in each replication, in replication order (NaN where undefined). */
  public static MetricResult of(String scope, String name, String unit, ConfidenceInterval ci,
      Analytic analytic, double[] values) {
    return new MetricResult(scope, name, unit, ci.mean(), ci.low(), ci.high(), ci.n(),
        analytic.value(), analytic.formula(), Arrays.stream(values).boxed().toList(), ci.note(),
        analytic.error());
  }

  /** The same figure with these diagnostics. */
  public MetricResult withDiagnostics(Diagnostics with) {
    return new MetricResult(scope, name, unit, mean, low, high, n, analytic, formula, values, note,
        analyticError, with);
  }

  /**
   * The figure of a value over the replications' observations (in replication order): its value in
   * each, and the interval over those where it is defined.
   */
  static <T> MetricResult over(String scope, String name, String unit, List<T> observations,
      ToDoubleFunction<T> value, double level, Analytic analytic) {
    double[] values = values(observations, value);
    return of(scope, name, unit, interval(values, level), analytic, values);
  }

  /** The value in each replication, in the order of the observations. */
  static <T> double[] values(List<T> observations, ToDoubleFunction<T> value) {
    double[] values = new double[observations.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.applyAsDouble(observations.get(i));
    }
    return values;
  }

  /** The mean and interval over the values that are defined (not NaN). */
  static ConfidenceInterval interval(double[] values, double level) {
    Iterable<Double> items = () -> Arrays.stream(values).iterator();
    return ConfidenceInterval.over(items, Double::doubleValue, level);
  }

  /**
   * Whether the analytic value lies in the confidence interval (a one-sided interval, with an
   * infinite bound, included), or for an approximation whether the interval meets the value ± its
   * stated error: null when there is no analytic value or a bound is unknown.
   */
  public Boolean analyticInInterval() {
    if (analytic == null || Double.isNaN(low) || Double.isNaN(high)) {
      return null;
    }
    return analytic + analyticError >= low && analytic - analyticError <= high;
  }
}
