package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.StopSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code nines compare}: the scenario's traffic under each balancer (at each load), on common
 * random numbers. Replication i of every variant draws from the same streams (DESIGN.md §2): the
 * same arrivals, the same work per request, the same failures; only the routing differs. So the
 * difference between two strategies is measured per replication, and its interval (a paired-t
 * interval) is far narrower than that of two independent runs.
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
        List<TrafficObservation> observations = Replications.run(scenario.replications(),
            threads, i -> Experiment.replicate(variant, i, new double[0], signal).traffic(), signal);
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
   * Each figure's paired difference, variant minus baseline, over the replications where both are
   * defined (its values: the difference in each replication, NaN where either is undefined); the
   * analytic difference where both have a formula.
   */
  private static List<MetricResult> differences(List<TrafficMetrics.Figure> figures,
      List<MetricResult> mine, List<MetricResult> theirs, List<TrafficObservation> baseline,
      List<TrafficObservation> variant, double level) {
    List<MetricResult> out = new ArrayList<>();
    for (int f = 0; f < figures.size(); f++) {
      TrafficMetrics.Figure figure = figures.get(f);
      double[] d = new double[variant.size()];
      for (int i = 0; i < d.length; i++) {
        d[i] = figure.value().applyAsDouble(variant.get(i))
            - figure.value().applyAsDouble(baseline.get(i));
      }
      MetricResult a = find(mine, figure.name());
      MetricResult b = find(theirs, figure.name());
      Analytic analytic = a.analytic() != null && b.analytic() != null
          ? Analytic.of(a.analytic() - b.analytic(), "difference of the formulas")
          : Analytic.NONE;
      out.add(MetricResult.of(TrafficMetrics.SCOPE, figure.name(), figure.unit(),
          MetricResult.interval(d, level), analytic, d));
    }
    return out;
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> Objects.equals(m.name(), name)).findFirst().orElseThrow();
  }
}
