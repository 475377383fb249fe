package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code replications.csv}: one row per replication and figure with per-replication values. */
class ReplicationsCsvTest {

  private static final double NAN = Double.NaN;

  private static Scenario scenario() throws ScenarioException {
    return ScenarioLoader.parse("""
        name: three servers
        seed: 2026
        horizon: 10m
        replications: 5
        components:
          app: {count: 3, failure: {dist: exponential, mean: 20m}, repair: {dist: exponential, mean: 1m}}
        traffic: {arrivals: {poisson: 20/s}, service: {dist: exponential, mean: 10ms}, servers: app}
        """, "test.yaml", Overrides.NONE);
  }

  private static MetricResult metric(String scope, String name, String unit, List<Double> values) {
    return new MetricResult(scope, name, unit, 0.5, 0.4, 0.6, 3, null, null, values);
  }

  /** Three replications; a scope with a comma, an MTBF undefined in one, a pooled percentile. */
  private static ExperimentResult handBuilt() throws ScenarioException {
    return new ExperimentResult(scenario(), List.of(
        metric("system", "availability", "1", List.of(0.25, 0.5, 0.75)),
        metric("web, \"edge\"", "mtbf", "s", List.of(10.0, NAN, 0.1)),
        new MetricResult("hb", "detection-delay-p99", "s", 1, 0.9, 1.1, 40, null, null)));
  }

  @Test
  void oneRowPerReplicationAndFigureInReplicationOrder() throws ScenarioException {
    String csv = ReplicationsCsv.render(handBuilt());
    assertEquals(List.of(
        "replication,scope,name,unit,value",
        "0,system,availability,1,0.25",
        "0,\"web, \"\"edge\"\"\",mtbf,s,10.0",
        "1,system,availability,1,0.5",
        "1,\"web, \"\"edge\"\"\",mtbf,s,",
        "2,system,availability,1,0.75",
        "2,\"web, \"\"edge\"\"\",mtbf,s,0.1"), csv.lines().toList());
  }

  @Test
  void valuesKeepFullPrecision() throws ScenarioException {
    double third = 1.0 / 3;
    ExperimentResult r = new ExperimentResult(scenario(),
        List.of(metric("system", "availability", "1", List.of(third))));
    String row = ReplicationsCsv.render(r).lines().toList().get(1);
    assertEquals(third, Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)), 0);
  }

  @Test
  void aRunHasARowPerReplicationAndFigureWithValues() throws ScenarioException {
    ExperimentResult r = Experiment.run(scenario(), 2);
    List<String> lines = ReplicationsCsv.render(r).lines().toList();
    assertEquals(ReplicationsCsv.HEADER, lines.get(0));
    long withValues = r.metrics().stream().filter(m -> !m.values().isEmpty()).count();
    assertTrue(withValues > 0);
    int replications = r.scenario().replications();
    assertEquals(replications * withValues, lines.size() - 1);
    // Replication numbers ascend, each over a block of every figure with values.
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(lines.get(i).startsWith((i - 1) / withValues + ","), lines.get(i));
    }
    for (String line : lines.subList(1, lines.size())) {
      assertEquals(5, line.split(",", -1).length, line);
    }
  }

  @Test
  void aComparisonHasEachVariantsRowsLedByBalancerAndLoad() throws ScenarioException {
    List<MetricResult> random = List.of(metric("traffic", "throughput", "1/s", List.of(20.0, 21.0)));
    List<MetricResult> robin = List.of(metric("traffic", "throughput", "1/s", List.of(19.5, NAN)));
    List<MetricResult> differences =
        List.of(metric("traffic", "throughput", "1/s", List.of(-0.5, NAN)));
    Comparison.Result result = new Comparison.Result(scenario(),
        List.of("random", "round-robin"), List.of(),
        List.of(new Comparison.Variant("random", NAN, 20, random, List.of()),
            new Comparison.Variant("round-robin", 0.5, 20, robin, differences)));
    assertEquals(List.of(
        "balancer,load,replication,scope,name,unit,value",
        "random,,0,traffic,throughput,1/s,20.0",
        "random,,1,traffic,throughput,1/s,21.0",
        "round-robin,0.5,0,traffic,throughput,1/s,19.5",
        "round-robin,0.5,1,traffic,throughput,1/s,"),
        ReplicationsCsv.render(result).lines().toList());
  }
}
