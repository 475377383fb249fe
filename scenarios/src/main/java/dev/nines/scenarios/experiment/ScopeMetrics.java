package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Turns what every replication saw of one scope into the figures of DESIGN.md §5. Each per-replication
 * value is one observation; a replication where a figure is undefined (no failure, so no MTBF) is left
 * out of that figure, and n says how many counted.
 */
final class ScopeMetrics {

  private static final double[] OUTAGE_PERCENTILES = {0.50, 0.95, 0.99};

  private final String scope;
  private final List<ScopeObservation> observations;
  private final ScopeAnalytics analytics;
  private final double level;
  private final double observedWindow;
  private final List<MetricResult> out = new ArrayList<>();

  private ScopeMetrics(String scope, List<ScopeObservation> observations, ScopeAnalytics analytics,
      double level, double observedWindow) {
    this.scope = scope;
    this.observations = observations;
    this.analytics = analytics;
    this.level = level;
    this.observedWindow = observedWindow;
  }

  /** The figures of one scope, in the order tables show them. */
  static List<MetricResult> summarize(String scope, List<ScopeObservation> observations,
      ScopeAnalytics analytics, double level, double observedWindow, boolean isGroup) {
    return new ScopeMetrics(scope, observations, analytics, level, observedWindow).all(isGroup);
  }

  private List<MetricResult> all(boolean isGroup) {
    double[] availability = values(ScopeObservation::availability);
    add("availability", "1", availability, analytics.availability());
    if (isGroup) {
      add("unit-availability", "1", values(ScopeObservation::unitAvailability),
          analytics.unitAvailability());
    }
    add("failures", "1", values(o -> o.failures()),
        analytics.failureFrequency().map(f -> f * observedWindow, "f·T, f = "
            + analytics.failureFrequency().formula()));
    add("mtbf", "s", values(o -> o.failures() > 0 ? o.upTime() / o.failures() : Double.NaN),
        analytics.mtbf());
    add("mttr", "s", values(o -> o.failures() > 0 ? o.downTime() / o.failures() : Double.NaN),
        analytics.mttr());
    add("mttf", "s", values(ScopeObservation::firstFailure), analytics.mttf());
    ConfidenceInterval interval = MetricResult.interval(availability, level);
    DoubleUnaryOperator downtime = a -> (1 - a) * Durations.YEAR;
    DoubleUnaryOperator nines = a -> -Math.log10(1 - a);
    add("downtime-per-year", "s", transform(interval, downtime), map(availability, downtime),
        analytics.availability().map(downtime, "(1-A)·1y"));
    add("nines", "1", transform(interval, nines), map(availability, nines),
        analytics.availability().map(nines, "-log10(1-A)"));
    Distribution outage = analytics.outageDuration();
    for (double p : OUTAGE_PERCENTILES) {
      Analytic analytic = outage == null ? Analytic.NONE
          : Analytic.of(outage.quantile(p), "quantile of the repair distribution");
      add("outage-p" + Math.round(p * 100), "s",
          values(o -> Percentiles.of(o.outages(), p)), analytic);
    }
    return out;
  }

  /** A figure from its per-replication values: the interval over those that are defined. */
  private void add(String name, String unit, double[] values, Analytic analytic) {
    add(name, unit, MetricResult.interval(values, level), values, analytic);
  }

  private void add(String name, String unit, ConfidenceInterval ci, double[] values,
      Analytic analytic) {
    out.add(MetricResult.of(scope, name, unit, ci, analytic, values));
  }

  /** The value in each replication, NaN where it is undefined. */
  private double[] values(ToDoubleFunction<ScopeObservation> value) {
    return MetricResult.values(observations, value);
  }

  /** Each replication's value mapped through f (NaN stays NaN). */
  private static double[] map(double[] values, DoubleUnaryOperator f) {
    double[] mapped = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      mapped[i] = f.applyAsDouble(values[i]);
    }
    return mapped;
  }

  /** An interval mapped through a monotone function; the bounds are ordered again if it decreases. */
  private static ConfidenceInterval transform(ConfidenceInterval ci, DoubleUnaryOperator f) {
    double a = f.applyAsDouble(ci.low());
    double b = f.applyAsDouble(ci.high());
    return new ConfidenceInterval(f.applyAsDouble(ci.mean()), Math.min(a, b), Math.max(a, b),
        ci.n(), ci.level());
  }
}
