package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.Scale;
import dev.nines.simulator.stats.QuantileInversion;
import dev.nines.simulator.stats.Sectioning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.DoubleHistogram;

/**
 * The request-level figures (DESIGN.md §5), under the scope {@code traffic}: {@code throughput}
 * (served requests per second), {@code success-ratio} (the request-level availability),
 * {@code drop-ratio}, the counts {@code drops}, {@code timeouts}, {@code lost}, {@code pending} and
 * {@code retries} per replication, {@code response-time} (mean, of served requests, retries included) and its
 * percentiles {@code response-p50}, {@code -p95}, {@code -p99}, {@code -p999}, {@code utilization}
 * and {@code queue-length} (means over the servers), and for hash balancers {@code keys-moved}. Then
 * each server's {@code utilization} and {@code queue-length} under its unit's name.
 *
 * <p>How each is estimated over the replications (README, "How figures are estimated"): a ratio of
 * sums, never a mean of per-replication ratios, on the scale that keeps it possible
 * ({@link Estimates}): the success and drop ratios are shares of all the window's requests,
 * settled or still pending at the horizon (Σserved / Σ(settled + pending): an overloaded queue that
 * drops nothing still holds its backlog unserved; in a stable one the few requests in flight at the
 * horizon take about W/(T − warm-up) off the share, W the mean response time), throughput a rate (Σanswered in the window / Σobserved time), the counts means per replication that
 * stay above 0, the mean response time Σ response times / Σ served, utilization a share and the
 * queue length a positive mean. The percentiles are those of every served request of every
 * replication pooled (merged histograms, within 0.1 %), with a sectioning interval
 * ({@link Sectioning}) on the log scale: requests queue behind each other, so an order-statistic
 * interval on the pooled requests would be too narrow; replications are independent.
 */
public final class TrafficMetrics {

  /** The scope of request-level figures. */
  public static final String SCOPE = "traffic";

  /** How a figure's ratio of sums is read. */
  public enum Kind {
    /** A share in [0, 1], Σpart / Σwhole on the logit scale ({@link Estimates#share}). */
    SHARE,
    /** Events per unit of exposure on the log scale ({@link Estimates#rate}); counts: whole 1. */
    RATE,
    /** A positive quantity per event or per replication ({@link Estimates#perEvent}). */
    PER_EVENT
  }

  /** How a figure is estimated from the replications. */
  public sealed interface Estimator permits Ratio, Quantile {}

  /**
   * Σpart / Σwhole over the replications, read as {@code kind}; in one replication part / whole.
   *
   * @param none what the figure lacks when Σwhole is 0 ("no request came")
   */
  public record Ratio(ToDoubleFunction<TrafficObservation> part,
      ToDoubleFunction<TrafficObservation> whole, Kind kind, String none) implements Estimator {}

  /**
   * The response time at a level of {@link TrafficObservation#PERCENTILE_LEVELS}: of all served
   * requests pooled; in one replication, that replication's own quantile.
   */
  public record Quantile(int index) implements Estimator {

    /** The quantile's level, 0.99 for p99. */
    public double level() {
      return TrafficObservation.PERCENTILE_LEVELS[index];
    }
  }

  /** One figure: its name, unit and how it is estimated. */
  public record Figure(String name, String unit, Estimator estimator) {

    /** The figure in one replication (part / whole, or its own quantile); NaN where undefined. */
    public double value(TrafficObservation o) {
      if (estimator instanceof Quantile q) {
        return o.responsePercentiles()[q.index()];
      }
      Ratio r = (Ratio) estimator;
      double whole = r.whole().applyAsDouble(o);
      return whole == 0 ? Double.NaN : r.part().applyAsDouble(o) / whole;
    }

    /** The figure's value in each replication, in replication order. */
    public double[] values(List<TrafficObservation> observations) {
      double[] values = new double[observations.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(observations.get(i));
      }
      return values;
    }

    /**
     * The figure over the replications with its interval.
     *
     * @param percentiles the intervals of the response-time percentiles ({@link #quantiles})
     */
    ConfidenceInterval estimate(List<TrafficObservation> observations,
        ConfidenceInterval[] percentiles, double level) {
      if (estimator instanceof Quantile q) {
        return percentiles[q.index()];
      }
      Ratio r = (Ratio) estimator;
      double[] part = MetricResult.values(observations, r.part());
      double[] whole = MetricResult.values(observations, r.whole());
      ConfidenceInterval ci = switch (r.kind()) {
        case SHARE -> Estimates.share(part, whole, level);
        case RATE -> Estimates.rate(part, whole, level);
        case PER_EVENT -> Estimates.perEvent(part, whole, level, r.none());
      };
      if (Double.isNaN(ci.mean()) && ci.note() == null) {
        return ci.withNote(r.none());
      }
      if (ci.mean() == 0 && ci.high() == 0) {
        return ci.withNote("0 in every replication");
      }
      return ci;
    }
  }

  /** A replication's own response-time quantile at the i-th of some levels. */
  interface OwnQuantile {
    double at(TrafficObservation observation, int i);
  }

  /**
   * The response time at each of the levels (ascending): of all served requests pooled, with the
   * span of two intervals, one by inverting the replications' distribution functions
   * ({@link QuantileInversion}), one by sectioning on each replication's own quantile
   * ({@link Sectioning#quantile}, on the log scale), never below 0.
   */
  static ConfidenceInterval[] quantiles(List<TrafficObservation> observations, double[] levels,
      OwnQuantile own, double level) {
    DoubleHistogram pooled = TrafficObservation.pooledResponses(observations);
    double[] estimates = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      estimates[i] = TrafficObservation.quantile(pooled, levels[i]);
    }
    double[] candidates = candidates(pooled);
    long[][] atOrBelow = new long[observations.size()][];
    long[] served = served(observations);
    for (int r = 0; r < atOrBelow.length; r++) {
      TrafficObservation o = observations.get(r);
      atOrBelow[r] = o.served() == 0 ? new long[candidates.length]
          : o.servedAtOrBelow(candidates);
    }
    QuantileInversion inversion = new QuantileInversion(candidates, atOrBelow, served, level);
    long[][] tails = tails(observations, levels, estimates);
    ConfidenceInterval[] intervals = new ConfidenceInterval[levels.length];
    for (int i = 0; i < levels.length; i++) {
      if (Double.isNaN(estimates[i])) {
        intervals[i] = new ConfidenceInterval(Double.NaN, 0, Double.POSITIVE_INFINITY,
            observations.size(), level, "no request served");
        continue;
      }
      double[] sections = new double[observations.size()];
      for (int r = 0; r < sections.length; r++) {
        sections[r] = own.at(observations.get(r), i);
      }
      ConfidenceInterval sectioned = Sectioning.quantile(estimates[i], sections, served, tails[i],
          levels[i], level, Scale.LOG);
      ConfidenceInterval inverted =
          inversion.interval(estimates[i], levels[i], observations.size(), level);
      intervals[i] = hull(inverted, sectioned).within(0, Double.POSITIVE_INFINITY);
    }
    return intervals;
  }

  /**
   * Both intervals' span, with the sectioning's note: a tail made of a few long busy periods leaves
   * each method short of its level on short replications (measured by the coverage study), and
   * the two err differently; together they come closer.
   */
  private static ConfidenceInterval hull(ConfidenceInterval a, ConfidenceInterval b) {
    double low = Double.isNaN(b.low()) ? a.low() : Math.min(a.low(), b.low());
    double high = Double.isNaN(b.high()) ? a.high() : Math.max(a.high(), b.high());
    return new ConfidenceInterval(a.mean(), low, high, a.n(), a.level(), b.note());
  }

  /** The upper ends of the pooled histogram's occupied buckets, ascending. */
  private static double[] candidates(DoubleHistogram pooled) {
    java.util.List<Double> ends = new ArrayList<>();
    for (org.HdrHistogram.DoubleHistogramIterationValue v : pooled.recordedValues()) {
      ends.add(pooled.highestEquivalentValue(v.getValueIteratedTo()));
    }
    return ends.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The response time at each of the levels, of all the replications' served requests pooled. */
  static double[] pooledQuantiles(List<TrafficObservation> observations, double[] levels) {
    DoubleHistogram pooled = TrafficObservation.pooledResponses(observations);
    double[] estimates = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      estimates[i] = TrafficObservation.quantile(pooled, levels[i]);
    }
    return estimates;
  }

  /**
   * Per level, then per replication, its served requests in the smaller tail of the estimate at
   * that level (ascending levels and estimates): above it for a level of 1/2 or more, else at or
   * below it.
   */
  static long[][] tails(List<TrafficObservation> observations, double[] levels,
      double[] estimates) {
    long[][] tails = new long[levels.length][observations.size()];
    for (int r = 0; r < observations.size(); r++) {
      TrafficObservation o = observations.get(r);
      long[] below = o.served() == 0 ? new long[levels.length] : o.servedAtOrBelow(estimates);
      for (int i = 0; i < levels.length; i++) {
        tails[i][r] = levels[i] >= 0.5 ? o.served() - below[i] : below[i];
      }
    }
    return tails;
  }

  /** The traffic-scope figures, with {@code keys-moved} for hash balancers. */
  public static List<Figure> figures(boolean keys) {
    String noRequest = "no request came";
    List<Figure> figures = new ArrayList<>(List.of(
        new Figure("throughput", "1/s", ratio(o -> o.completions(), o -> o.observed(), Kind.RATE,
            "nothing observed")),
        new Figure("success-ratio", "1", ratio(o -> o.served(), o -> o.arrivals(), Kind.SHARE,
            noRequest)),
        new Figure("drop-ratio", "1", ratio(o -> o.dropped(), o -> o.arrivals(), Kind.SHARE,
            noRequest)),
        new Figure("drops", "1", count(o -> o.dropped())),
        new Figure("timeouts", "1", count(o -> o.timedOut())),
        new Figure("lost", "1", count(o -> o.lost())),
        new Figure("pending", "1", count(o -> o.pending())),
        new Figure("retries", "1", count(o -> o.retries())),
        new Figure("response-time", "s", ratio(TrafficObservation::responseTotal,
            o -> o.served(), Kind.PER_EVENT, "no request served"))));
    String[] names = {"response-p50", "response-p95", "response-p99", "response-p999"};
    for (int p = 0; p < names.length; p++) {
      figures.add(new Figure(names[p], "s", new Quantile(p)));
    }
    figures.add(new Figure("utilization", "1", ratio(TrafficObservation::meanUtilization,
        o -> 1, Kind.SHARE, null)));
    figures.add(new Figure("queue-length", "1", ratio(TrafficObservation::meanQueueLength,
        o -> 1, Kind.PER_EVENT, null)));
    if (keys) {
      figures.add(new Figure("keys-moved", "1", ratio(o -> sum(o.keysMoved()),
          o -> o.keysMoved().length, Kind.SHARE, "no server left")));
    }
    return figures;
  }

  /** Each server's utilization (a share) and queue length (a positive mean). */
  private static List<Figure> serverFigures(int index) {
    return List.of(
        new Figure("utilization", "1", ratio(o -> o.utilization()[index], o -> 1, Kind.SHARE,
            null)),
        new Figure("queue-length", "1", ratio(o -> o.queueLength()[index], o -> 1, Kind.PER_EVENT,
            null)));
  }

  /**
   * Summarizes the replications' traffic.
   *
   * @param servers the servers' unit names, in index order
   * @param alike whether the balancer treats the servers alike, so each has the mean's formula
   */
  static List<MetricResult> summarize(List<TrafficObservation> observations,
      TrafficAnalytics analytics, List<String> servers, boolean keys, boolean alike,
      double level) {
    ConfidenceInterval[] percentiles = quantiles(observations,
        TrafficObservation.PERCENTILE_LEVELS, (o, k) -> o.responsePercentiles()[k], level);
    List<MetricResult> metrics = new ArrayList<>();
    for (Figure f : figures(keys)) {
      metrics.add(MetricResult.of(SCOPE, f.name(), f.unit(),
          f.estimate(observations, percentiles, level), analytic(f.name(), analytics),
          f.values(observations)));
    }
    for (int i = 0; i < servers.size(); i++) {
      for (Figure f : serverFigures(i)) {
        Analytic formula = f.name().equals("utilization") ? analytics.utilization()
            : analytics.queueLength();
        metrics.add(MetricResult.of(servers.get(i), f.name(), f.unit(),
            f.estimate(observations, percentiles, level), alike ? quiet(formula) : Analytic.NONE,
            f.values(observations)));
      }
    }
    return metrics;
  }

  /** Each replication's number of served requests: the size of its sample of response times. */
  static long[] served(List<TrafficObservation> observations) {
    return observations.stream().mapToLong(TrafficObservation::served).toArray();
  }

  private static Ratio ratio(ToDoubleFunction<TrafficObservation> part,
      ToDoubleFunction<TrafficObservation> whole, Kind kind, String none) {
    return new Ratio(part, whole, kind, none);
  }

  /** A count per replication: its mean, never below 0, one-sided after none. */
  private static Ratio count(ToDoubleFunction<TrafficObservation> count) {
    return new Ratio(count, o -> 1, Kind.RATE, null);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }

  /** The value and formula, or nothing: the traffic's rows already say why there is none. */
  private static Analytic quiet(Analytic a) {
    return a.hasValue() ? a : Analytic.NONE;
  }

  /** The formula for a traffic-scope figure, by name. */
  static Analytic analytic(String name, TrafficAnalytics a) {
    switch (name) {
      case "throughput": return a.throughput();
      case "success-ratio": return a.successRatio();
      case "drop-ratio": return a.dropRatio();
      case "response-time": return a.responseTime();
      case "response-p50": return a.responsePercentiles()[0];
      case "response-p95": return a.responsePercentiles()[1];
      case "response-p99": return a.responsePercentiles()[2];
      case "response-p999": return a.responsePercentiles()[3];
      case "utilization": return a.utilization();
      case "queue-length": return a.queueLength();
      case "keys-moved": return a.keysMoved();
      default: return Analytic.NONE;
    }
  }
}
