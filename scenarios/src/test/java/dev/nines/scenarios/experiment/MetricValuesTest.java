package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure keeps its value in each replication, in replication order: one per replication, NaN
 * where undefined, and the mean and n of the defined ones are the figure's own.
 */
class MetricValuesTest {

  private static final long SEED = 2026;
  private static final int REPLICATIONS = 8;

  /** Three failing servers watched by a heartbeat detector, with traffic routed by its health. */
  private static Scenario scenario() throws ScenarioException {
    return ScenarioLoader.parse("""
        name: values
        seed: %d
        horizon: 1h
        replications: %d
        components:
          app: {count: 3, failure: {dist: exponential, mean: 2h}, repair: {dist: exponential, mean: 10m}}
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s}, monitors: app}
        system: {atLeast: 1, of: app}
        traffic:
          arrivals: {poisson: 50/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          balancer: round-robin
          health: hb
          timeout: 1s
        """.formatted(SEED, REPLICATIONS), "test.yaml", Overrides.NONE);
  }

  private static ExperimentResult run(int threads) throws ScenarioException {
    return Experiment.run(scenario(), threads, Map.of("30m", 1800.0));
  }

  /**
   * Time averages over equal windows and counts per replication: the figure is the mean of the
   * replications' values.
   */
  @Test
  void figuresCarryOneValuePerReplicationWhoseMeanIsTheFigures() throws ScenarioException {
    ExperimentResult r = run(2);
    for (String[] figure : new String[][] {
        {"system", "availability"}, {"app", "availability"}, {"app", "unit-availability"},
        {"system", "availability-at-30m"}, {"hb", "missed-detections"},
        {"traffic", "throughput"}, {"traffic", "timeouts"}}) {
      assertConsistent(r.metric(figure[0], figure[1]), REPLICATIONS);
    }
  }

  /**
   * Ratios of sums (MTBF = Σ up / Σ failures) rest on every replication: n counts them all, and each
   * replication's own value is its own ratio, NaN where it had no event. Pooled percentiles rest on
   * the pooled samples and still show each replication's own percentile.
   */
  @Test
  void ratiosRestOnEveryReplication() throws ScenarioException {
    ExperimentResult r = run(2);
    for (String[] figure : new String[][] {
        {"system", "mtbf"}, {"system", "mttr"}, {"app", "mtbf"}, {"hb", "detection-delay"},
        {"traffic", "success-ratio"}}) {
      MetricResult m = r.metric(figure[0], figure[1]);
      assertEquals(REPLICATIONS, m.values().size(), m.toString());
      assertEquals(REPLICATIONS, m.n(), m.toString());
    }
    for (String[] figure : new String[][] {{"app", "outage-p50"}, {"traffic", "response-p99"}}) {
      assertEquals(REPLICATIONS, r.metric(figure[0], figure[1]).values().size());
    }
  }

  /**
   * A traffic figure is a ratio of sums over the replications (or a quantile of their requests
   * pooled), not the mean of its per-replication values; those are each replication's own.
   */
  @Test
  void trafficFiguresAreRatiosOfSumsBesideTheirPerReplicationValues() throws ScenarioException {
    Scenario scenario = scenario();
    ExperimentResult r = Experiment.run(scenario, 2);
    List<TrafficObservation> traffic = new ArrayList<>();
    for (int i = 0; i < REPLICATIONS; i++) {
      traffic.add(Experiment.replicate(scenario, i).traffic());
    }
    for (TrafficMetrics.Figure figure : TrafficMetrics.figures(false)) {
      MetricResult m = r.metric("traffic", figure.name());
      assertEquals(REPLICATIONS, m.values().size(), figure.name());
      for (int i = 0; i < REPLICATIONS; i++) {
        assertEquals(figure.value(traffic.get(i)), m.values().get(i), 0, figure.name());
      }
      double expected;
      if (figure.estimator() instanceof TrafficMetrics.Ratio ratio) {
        double part = 0;
        double whole = 0;
        for (TrafficObservation o : traffic) {
          part += ratio.part().applyAsDouble(o);
          whole += ratio.whole().applyAsDouble(o);
        }
        expected = part / whole;
        assertEquals(REPLICATIONS, m.n(), figure.name());
      } else {
        double level = ((TrafficMetrics.Quantile) figure.estimator()).level();
        expected = TrafficObservation.quantile(TrafficObservation.pooledResponses(traffic), level);
      }
      assertEquals(expected, m.mean(), 1e-12 * Math.abs(expected), figure.name());
    }
  }

  @Test
  void transformedFiguresCarryTransformedValues() throws ScenarioException {
    ExperimentResult r = run(2);
    List<Double> availability = r.metric("app", "availability").values();
    List<Double> downtime = r.metric("app", "downtime-per-year").values();
    List<Double> nines = r.metric("app", "nines").values();
    assertEquals(REPLICATIONS, downtime.size());
    assertEquals(REPLICATIONS, nines.size());
    for (int i = 0; i < REPLICATIONS; i++) {
      double a = availability.get(i);
      assertEquals((1 - a) * Durations.YEAR, downtime.get(i), 1e-9 * Durations.YEAR);
      assertEquals(-Math.log10(1 - a), nines.get(i), 1e-9);
    }
    assertConsistent(r.metric("app", "downtime-per-year"), REPLICATIONS);
  }

  @Test
  void transientValuesAreZeroOrOne() throws ScenarioException {
    for (double v : run(2).metric("system", "availability-at-30m").values()) {
      assertTrue(v == 0 || v == 1, () -> "not 0 or 1: " + v);
    }
  }

  @Test
  void pooledPercentilesHaveNoPerReplicationValues() throws ScenarioException {
    ExperimentResult r = run(2);
    assertEquals(List.of(), r.metric("hb", "detection-delay-p50").values());
    assertEquals(List.of(), r.metric("hb", "detection-delay-p99").values());
  }

  @Test
  void valuesAreInReplicationOrderWhateverTheThreads() throws ScenarioException {
    ExperimentResult one = run(1);
    ExperimentResult many = run(3);
    assertEquals(one.metrics().size(), many.metrics().size());
    for (int i = 0; i < one.metrics().size(); i++) {
      assertEquals(one.metrics().get(i).values(), many.metrics().get(i).values(),
          one.metrics().get(i).scope() + "/" + one.metrics().get(i).name());
    }
    // Replication i alone gives value i.
    Replication third = Experiment.replicate(scenario(), 2);
    assertEquals(third.scopes().get(0).availability(),
        one.metric("system", "availability").values().get(2), 0);
  }

  @Test
  void replicationsRunOneByOneAndSummarizedGiveTheRun() throws ScenarioException {
    // What a Spark task does: replications run alone, in any order, then summarized in order.
    Scenario scenario = scenario();
    List<Replication> replications = new ArrayList<>();
    for (int i = scenario.replications() - 1; i >= 0; i--) {
      replications.add(0, Experiment.replicate(scenario, i));
    }
    assertEquals(Experiment.run(scenario, 2).metrics(),
        Experiment.summarize(scenario, replications).metrics());
  }

  @Test
  void comparisonDifferencesArePerReplicationDifferences() throws ScenarioException {
    Comparison.Result r = Comparison.run(scenario(),
        List.of(BalancerSpec.named("random"), BalancerSpec.named("round-robin")), List.of(), 2);
    Comparison.Variant baseline = r.variants().get(0);
    Comparison.Variant other = r.variants().get(1);
    for (String name : List.of("response-time", "throughput", "timeouts", "response-p99")) {
      MetricResult mine = find(other.metrics(), name);
      MetricResult theirs = find(baseline.metrics(), name);
      MetricResult difference = find(other.differences(), name);
      // The difference of the two estimates, its values the per-replication differences.
      assertEquals(mine.mean() - theirs.mean(), difference.mean(),
          1e-12 * Math.abs(theirs.mean()), name);
      assertEquals(REPLICATIONS, difference.values().size(), name);
      for (int i = 0; i < REPLICATIONS; i++) {
        assertEquals(mine.values().get(i) - theirs.values().get(i), difference.values().get(i), 0,
            name + " in replication " + i);
      }
    }
  }

  /** One value per replication; the defined ones number n and average to the mean. */
  private static void assertConsistent(MetricResult m, int replications) {
    String label = m.scope() + "/" + m.name();
    assertEquals(replications, m.values().size(), label);
    double sum = 0;
    long n = 0;
    for (double v : m.values()) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    assertEquals(m.n(), n, label);
    if (n == 0) {
      assertTrue(Double.isNaN(m.mean()), label);
      return;
    }
    double mean = sum / n;
    assertFalse(Double.isNaN(m.mean()), label);
    assertEquals(m.mean(), mean, 1e-12 * Math.max(Math.abs(m.mean()), Double.MIN_NORMAL), label);
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
