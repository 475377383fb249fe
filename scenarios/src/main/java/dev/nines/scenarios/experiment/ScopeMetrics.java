package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.CensoredMean;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Turns what every replication saw of one scope into the figures of DESIGN.md §5, each estimated
 * over all replications (README, "How figures are estimated"):
 *
 * <ul>
 *   <li>{@code unavailability} = Σ down time / Σ observed time, a share on the logit scale;
 *       {@code availability}, {@code downtime-per-year} and {@code nines} are computed from it, so
 *       twelve nines are as exact as two, and no interval leaves [0, 1];
 *   <li>{@code failures} per replication, {@code mtbf} = Σ up time / Σ failures and {@code mttr} =
 *       Σ down time / Σ failures: ratios of sums with delta-method intervals on the log scale;
 *   <li>{@code mttf} from every replication's first failure, followed past the horizon where
 *       needed (a lower bound where some never failed);
 *   <li>{@code outage-p50/p95/p99} from the outages of all replications pooled, with
 *       distribution-free order-statistic intervals.
 * </ul>
 *
 * The four figures read from the unavailability carry its {@link Diagnostics} (its relative
 * error). A run in which the scope never failed says so and gives one-sided bounds. Each figure also keeps
 * its value in each replication (NaN where undefined there) for {@code replications.csv}.
 */
final class ScopeMetrics {

  private static final double[] OUTAGE_PERCENTILES = {0.50, 0.95, 0.99};

  /** The note of a figure that rests on no failure: what is shown is a one-sided bound. */
  static final String NO_FAILURE = "no failure seen: one-sided bound";

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
    double[] up = values(ScopeObservation::upTime);
    double[] down = values(ScopeObservation::downTime);
    double[] observed = values(o -> o.upTime() + o.downTime());
    double[] failures = values(o -> o.failures());
    boolean failed = Arrays.stream(failures).sum() > 0;

    ConfidenceInterval u = Estimates.share(down, observed, level);
    if (!failed && u.mean() == 0) {
      u = u.withNote(NO_FAILURE);
    }
    Analytic exactU = analytics.unavailability();
    Diagnostics diagnostics = Diagnostics.crude(u);
    add("availability", "1", u.mapDecreasing(x -> 1 - x),
        values(ScopeObservation::availability), analytics.availability(), diagnostics);
    add("unavailability", "1", u, ratios(down, observed), exactU, diagnostics);
    if (isGroup) {
      add("unit-availability", "1",
          Estimates.share(values(o -> 1 - o.unitAvailability()), ones(), level)
              .mapDecreasing(x -> 1 - x),
          values(ScopeObservation::unitAvailability), analytics.unitAvailability());
    }
    add("failures", "1", noFailure(Estimates.countMean(failures, level), failed), failures,
        analytics.failureFrequency().map(f -> f * observedWindow, "f·T, f = "
            + analytics.failureFrequency().formula()));
    double totalUp = Arrays.stream(up).sum();
    ConfidenceInterval mtbf = failed
        ? Estimates.perEvent(up, failures, level, null)
        : Estimates.atLeastPerEvent(totalUp, observations.size(), level)
            .withNote(NO_FAILURE);
    add("mtbf", "s", mtbf, perFailure(up, failures), analytics.mtbf());
    add("mttr", "s", Estimates.perEvent(down, failures, level, "no failure seen"),
        perFailure(down, failures), analytics.mttr());
    add("mttf", "s", mttf(), values(ScopeObservation::firstFailure), analytics.mttf());
    DoubleUnaryOperator perYear = x -> x * Durations.YEAR;
    DoubleUnaryOperator nines = x -> -Math.log10(x);
    add("downtime-per-year", "s", u.map(perYear), map(ratios(down, observed), perYear),
        exactU.map(perYear, "U·1y"), diagnostics);
    add("nines", "1", u.mapDecreasing(nines), map(ratios(down, observed), nines),
        exactU.map(nines, "-log10(U)"), diagnostics);
    outagePercentiles();
    return out;
  }

  /** The outage percentiles over the outages of all replications, pooled. */
  private void outagePercentiles() {
    double[] outages = observations.stream().flatMapToDouble(o -> Arrays.stream(o.outages()))
        .toArray();
    Distribution outage = analytics.outageDuration();
    for (double p : OUTAGE_PERCENTILES) {
      Analytic analytic = outage == null ? Analytic.NONE
          : Analytic.of(outage.quantile(p), "quantile of the repair distribution");
      ConfidenceInterval ci = Percentiles.interval(outages, p, level)
          .within(0, Double.POSITIVE_INFINITY);
      if (outages.length == 0) {
        ci = ci.withNote("no outage ended in the window");
      }
      add("outage-p" + Math.round(p * 100), "s", ci,
          values(o -> Percentiles.of(o.outages(), p)), analytic);
    }
  }

  /** The time to first failure over all replications, each followed past the horizon if need be. */
  private ConfidenceInterval mttf() {
    double[] times = values(ScopeObservation::firstFailure);
    double[] censored = values(ScopeObservation::survivedUntil);
    return CensoredMean.of(times, censored, level);
  }

  /** A figure with its interval and its value in each replication. */
  private void add(String name, String unit, ConfidenceInterval ci, double[] values,
      Analytic analytic) {
    out.add(MetricResult.of(scope, name, unit, ci, analytic, values));
  }

  /** A figure read from the unavailability, with the unavailability's {@link Diagnostics}. */
  private void add(String name, String unit, ConfidenceInterval ci, double[] values,
      Analytic analytic, Diagnostics diagnostics) {
    out.add(MetricResult.of(scope, name, unit, ci, analytic, values).withDiagnostics(diagnostics));
  }

  private static ConfidenceInterval noFailure(ConfidenceInterval ci, boolean failed) {
    return failed ? ci : ci.withNote(NO_FAILURE);
  }

  /** The value in each replication. */
  private double[] values(ToDoubleFunction<ScopeObservation> value) {
    return MetricResult.values(observations, value);
  }

  private double[] ones() {
    double[] ones = new double[observations.size()];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** x / y in each replication. */
  private static double[] ratios(double[] x, double[] y) {
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = x[i] / y[i];
    }
    return r;
  }

  /** x / failures in each replication, NaN where it had none. */
  private static double[] perFailure(double[] x, double[] failures) {
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = failures[i] > 0 ? x[i] / failures[i] : Double.NaN;
    }
    return r;
  }

  /** Each replication's value mapped through f (NaN stays NaN). */
  private static double[] map(double[] values, DoubleUnaryOperator f) {
    double[] mapped = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      mapped[i] = f.applyAsDouble(values[i]);
    }
    return mapped;
  }
}
