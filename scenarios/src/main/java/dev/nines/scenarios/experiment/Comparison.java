package dev.nines.scenarios.experiment;

import dev.nines.models.start.StartPlan;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Scale;
import dev.nines.simulator.stats.Sectioning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * {@code nines compare}: the scenario's traffic under each balancer (at each load), on common
 * random numbers. Replication i of every variant draws from the same streams (DESIGN.md §2): the
 * same arrivals, the same work per request, the same failures; only the routing differs. So the
 * difference between two strategies is measured per replication, and its interval (paired: the
 * replications' differences, see {@link #differences}) is far narrower than that of two
 * independent runs.
 */
public final class Comparison {

  /**
   * One variant: a balancer at a load, with its figures and, but for the first, the differences;
   * with the response-time quantiles and the success ratio over time that the charts draw.
   */
  public record Variant(String balancer, double load, double arrivalRate,
      List<MetricResult> metrics, List<MetricResult> differences, Curve responseQuantiles,
      Curve successOverTime) {

    public Variant {
      metrics = List.copyOf(metrics);
      differences = List.copyOf(differences);
    }

    /** A variant without curves. */
    public Variant(String balancer, double load, double arrivalRate, List<MetricResult> metrics,
        List<MetricResult> differences) {
      this(balancer, load, arrivalRate, metrics, differences, null, null);
    }
  }

  /**
   * What a comparison found: the variants in the order (load, balancer) as asked, each figure's
   * difference taken against the first balancer at the same load.
   *
   * @param loads the loads asked, or empty for the scenario's own arrival rate
   */
  public record Result(Scenario scenario, List<String> balancers, List<Double> loads,
      List<Variant> variants) {

    public Result {
      balancers = List.copyOf(balancers);
      loads = List.copyOf(loads);
      variants = List.copyOf(variants);
    }

    /** The first balancer: every difference is taken against it. */
    public String baseline() {
      return balancers.get(0);
    }
  }

  /**
   * What a progress line is told of a running comparison; every method may be called from any
   * thread, and nothing it does reaches the result.
   */
  public interface Listener {
    /** Tells nothing to nobody. */
    Listener NONE = new Listener() {};

    /**
     * Variant {@code index} (from 0) of {@code total}, the balancer {@code balancer} at
     * {@code load} (NaN for the scenario's own rate), is about to run its replications.
     */
    default void variant(int index, int total, String balancer, double load) {}

    /** A replication of the current variant finished after firing this many events. */
    default void replicationDone(long events) {}
  }

  private Comparison() {}

  /**
   * Runs the scenario under each balancer, at each offered load ρ = λE[S]/(nc) (the arrival rates
   * scaled to it), or at the scenario's own rates when {@code loads} is empty.
   *
   * @throws IllegalArgumentException when the scenario has no traffic, or no balancer is given
   */
  public static Result run(Scenario scenario, List<BalancerSpec> balancers, List<Double> loads,
      int threads) {
    return run(scenario, balancers, loads, threads, StopSignal.none());
  }

  /**
   * Runs the comparison as {@link #run(Scenario, List, List, int)} until {@code signal} stops it.
   * Variants are compared on the same replications, so a comparison cut short has no result.
   *
   * @throws Experiment.StoppedEarly when the signal stopped it, saying how far it got
   */
  public static Result run(Scenario scenario, List<BalancerSpec> balancers, List<Double> loads,
      int threads, StopSignal signal) {
    return run(scenario, balancers, loads, threads, signal, Listener.NONE);
  }

  /**
   * Runs the comparison as {@link #run(Scenario, List, List, int, StopSignal)}, telling
   * {@code listener} of each variant and replication as it goes.
   */
  public static Result run(Scenario scenario, List<BalancerSpec> balancers, List<Double> loads,
      int threads, StopSignal signal, Listener listener) {
    Traffic traffic = scenario.traffic();
    if (traffic == null) {
      throw new IllegalArgumentException("the scenario has no traffic to compare balancers on");
    }
    if (balancers.isEmpty()) {
      throw new IllegalArgumentException("give at least one balancer");
    }
    int n = scenario.system().group(traffic.servers()).count();
    List<Double> levels = loads.isEmpty() ? List.of(Double.NaN) : loads;
    boolean keys = balancers.stream().allMatch(BalancerSpec::hashesKeys);
    List<TrafficMetrics.Figure> figures = TrafficMetrics.figures(keys);
    List<Variant> variants = new ArrayList<>();
    for (double load : levels) {
      Traffic atLoad = Double.isNaN(load) ? traffic : traffic.atLoad(load, n);
      List<TrafficObservation> baseline = null;
      List<MetricResult> baselineMetrics = null;
      for (BalancerSpec balancer : balancers) {
        Scenario variant = scenario.withTraffic(atLoad.withBalancer(balancer));
        StartPlan start = variant.startPlan(); // worked out once, not per replication
        listener.variant(variants.size(), levels.size() * balancers.size(), balancer.label(),
            load);
        List<TrafficObservation> observations = Replications.run(scenario.replications(),
            threads, i -> {
              Replication replication = Experiment.replicate(variant, start, i, new double[0],
                  signal);
              listener.replicationDone(replication.events());
              return replication.traffic();
            }, signal);
        if (observations.size() < scenario.replications()) {
          throw new Experiment.StoppedEarly(signal.reason() + " after " + variants.size() + " of "
              + levels.size() * balancers.size() + " variants");
        }
        List<MetricResult> metrics = Experiment.traffic(variant, observations).stream()
            .filter(m -> m.scope().equals(TrafficMetrics.SCOPE)).toList();
        List<MetricResult> differences = baseline == null ? List.of()
            : differences(figures, metrics, baselineMetrics, baseline, observations,
                scenario.confidence());
        if (baseline == null) {
          baseline = observations;
          baselineMetrics = metrics;
        }
        TrafficAnalytics formulas = Experiment.trafficAnalytics(variant);
        variants.add(new Variant(balancer.label(), Double.isNaN(load) ? atLoad.load(n) : load,
            atLoad.arrivals().meanRate(), metrics, differences,
            DetailsCollector.responseQuantiles(observations, formulas, scenario.confidence()),
            DetailsCollector.successOverTime(observations, formulas, scenario.warmup(),
                scenario.confidence())));
      }
    }
    return new Result(scenario, balancers.stream().map(BalancerSpec::label).toList(),
        loads, variants);
  }

  /**
   * The events the requests of a whole comparison make, about three per request (arrival, end of
   * service, answer or time-out) in every variant: the loader's limit checks one run, a comparison
   * makes one per balancer and load.
   */
  public static double estimatedEvents(Scenario scenario, int balancers, List<Double> loads) {
    Traffic traffic = scenario.traffic();
    int n = scenario.system().group(traffic.servers()).count();
    double rates = loads.isEmpty() ? traffic.arrivals().meanRate()
        : loads.stream().mapToDouble(l -> traffic.atLoad(l, n).arrivals().meanRate()).sum();
    return 3 * rates * balancers * scenario.horizon() * scenario.replications();
  }

  /**
   * Each figure's paired difference, variant minus baseline: the difference of the two estimates,
   * with an interval from the replications taken in pairs (replication i of both saw the same
   * arrivals, work and failures), and the analytic difference where both have a formula. Its values
   * are the difference in each replication, NaN where either is undefined.
   *
   * <ul>
   *   <li>A ratio of sums (success ratio, mean response time, counts): R_v − R_b by the delta method
   *       on the pairs, whose spread is that of z_i = (x_vi − R_v·y_vi)/ȳ_v − (x_bi − R_b·y_bi)/ȳ_b,
   *       on the linear scale, Student-t with n − 1 degrees of freedom.
   *   <li>A percentile: the pooled quantiles' difference, by sectioning ({@link Sectioning}, on the
   *       linear scale, the tails of both variants counted) on the per-replication differences.
   *       Each of those is the difference of the two replications' own quantiles (what a
   *       replication of this length would measure), not a difference of individual requests: it
   *       carries their bias, which the deviations about the pooled difference add to the
   *       interval's width.
   * </ul>
   */
  private static List<MetricResult> differences(List<TrafficMetrics.Figure> figures,
      List<MetricResult> mine, List<MetricResult> theirs, List<TrafficObservation> baseline,
      List<TrafficObservation> variant, double level) {
    double[] levels = TrafficObservation.PERCENTILE_LEVELS;
    double[] pooledBaseline = TrafficMetrics.pooledQuantiles(baseline, levels);
    double[] pooledVariant = TrafficMetrics.pooledQuantiles(variant, levels);
    long[][] tailsBaseline = TrafficMetrics.tails(baseline, levels, pooledBaseline);
    long[][] tailsVariant = TrafficMetrics.tails(variant, levels, pooledVariant);
    long[] servedBaseline = TrafficMetrics.served(baseline);
    long[] servedVariant = TrafficMetrics.served(variant);
    long[] served = new long[variant.size()];
    for (int i = 0; i < served.length; i++) {
      served[i] = Math.min(servedBaseline[i], servedVariant[i]);
    }
    List<MetricResult> out = new ArrayList<>();
    for (TrafficMetrics.Figure figure : figures) {
      double[] a = figure.values(variant);
      double[] b = figure.values(baseline);
      double[] d = new double[a.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = a[i] - b[i];
      }
      ConfidenceInterval ci;
      if (figure.estimator() instanceof TrafficMetrics.Quantile q) {
        long[] tails = new long[d.length];
        for (int i = 0; i < d.length; i++) {
          tails[i] = tailsVariant[q.index()][i] + tailsBaseline[q.index()][i];
        }
        ci = Sectioning.quantile(pooledVariant[q.index()] - pooledBaseline[q.index()], d, served,
            tails, q.level(), level, Scale.LINEAR);
      } else {
        TrafficMetrics.Ratio r = (TrafficMetrics.Ratio) figure.estimator();
        ci = ratioDifference(MetricResult.values(variant, r.part()),
            MetricResult.values(variant, r.whole()), MetricResult.values(baseline, r.part()),
            MetricResult.values(baseline, r.whole()), level);
      }
      MetricResult x = find(mine, figure.name());
      MetricResult y = find(theirs, figure.name());
      Analytic analytic = x.analytic() != null && y.analytic() != null
          ? Analytic.of(x.analytic() - y.analytic(), "difference of the formulas")
          : Analytic.NONE;
      out.add(MetricResult.of(TrafficMetrics.SCOPE, figure.name(), figure.unit(), ci, analytic, d));
    }
    return out;
  }

  /**
   * Σxv/Σyv − Σxb/Σyb over paired replications, by the delta method (see {@link #differences});
   * bounds unknown with fewer than two pairs or a ratio without a denominator.
   */
  static ConfidenceInterval ratioDifference(double[] xv, double[] yv, double[] xb, double[] yb,
      double level) {
    int n = xv.length;
    double sumYv = sum(yv);
    double sumYb = sum(yb);
    if (!(sumYv > 0 && sumYb > 0)) {
      return new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, n, level,
          "a ratio without a denominator");
    }
    double rv = sum(xv) / sumYv;
    double rb = sum(xb) / sumYb;
    double difference = rv - rb;
    if (n < 2) {
      return new ConfidenceInterval(difference, Double.NaN, Double.NaN, n, level);
    }
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double z = (xv[i] - rv * yv[i]) / (sumYv / n) - (xb[i] - rb * yb[i]) / (sumYb / n);
      squares += z * z;
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * Math.sqrt(squares / ((double) n * (n - 1)));
    return new ConfidenceInterval(difference, difference - half, difference + half, n, level,
        half == 0 ? "the same difference in every replication" : null);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> Objects.equals(m.name(), name)).findFirst().orElseThrow();
  }
}
