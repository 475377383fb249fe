package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.Objects;

/**
 * One figure of an experiment (DESIGN.md §5-6): the mean over replications with its confidence
 * interval and the number of replications it rests on, beside the analytic value and its formula.
 * Non-finite numbers mean "unknown" and are written as null.
 *
 * @param scope {@code system}, a group name, a crew name, or later a detector or {@code traffic}
 * @param name kebab-case metric name, such as {@code availability} or {@code outage-p99}
 * @param unit {@code 1} for ratios and counts, {@code s} for times
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
    String formula) {

  public MetricResult {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }

  public static MetricResult of(
      String scope, String name, String unit, ConfidenceInterval ci, Analytic analytic) {
    return new MetricResult(scope, name, unit, ci.mean(), ci.low(), ci.high(), ci.n(),
        analytic.value(), analytic.formula());
  }

  /**
   * Whether the analytic value lies in the confidence interval: null when there is no analytic value
   * or no interval.
   */
  public Boolean analyticInInterval() {
    if (analytic == null || !Double.isFinite(low) || !Double.isFinite(high)) {
      return null;
    }
    return analytic >= low && analytic <= high;
  }
}
