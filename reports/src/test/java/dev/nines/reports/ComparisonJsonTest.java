package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.MetricResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code nines compare}'s JSON and table, rendered from a hand-built comparison. */
class ComparisonJsonTest {

  private static final double NAN = Double.NaN;

  private static Scenario scenario() throws ScenarioException {
    return ScenarioLoader.parse("""
        name: two servers
        seed: 5
        horizon: 100s
        warmup: 10s
        replications: 4
        components: {app: {count: 2}}
        traffic: {arrivals: {poisson: 100/s}, service: {dist: exponential, mean: 10ms}, servers: app}
        """, "test.yaml", Overrides.NONE);
  }

  private static MetricResult metric(String name, String unit, double mean, double low,
      double high, Double analytic, String formula) {
    return new MetricResult("traffic", name, unit, mean, low, high, 4, analytic, formula);
  }

  /** Two balancers at one load: the second with a response time 5 ms below the first. */
  private static Comparison.Result result() throws ScenarioException {
    List<MetricResult> random = List.of(
        metric("throughput", "1/s", 100, 99, 101, 100.0, "λ"),
        metric("response-time", "s", 0.02, 0.019, 0.021, 0.02, "M/M/1"),
        metric("response-p999", "s", NAN, NAN, NAN, null, null));
    List<MetricResult> least = List.of(
        metric("throughput", "1/s", 100, 99, 101, 100.0, "λ"),
        metric("response-time", "s", 0.015, 0.014, 0.016, null, null),
        metric("response-p999", "s", NAN, NAN, NAN, null, null));
    List<MetricResult> differences = List.of(
        metric("throughput", "1/s", 0, -0.1, 0.1, 0.0, "difference of the formulas"),
        metric("response-time", "s", -0.005, -0.006, -0.004, null, null),
        metric("response-p999", "s", NAN, NAN, NAN, null, null));
    return new Comparison.Result(scenario(), List.of("random", "least-connections"), List.of(0.5),
        List.of(new Comparison.Variant("random", 0.5, 100, random, List.of()),
            new Comparison.Variant("least-connections", 0.5, 100, least, differences)));
  }

  @Test
  void jsonHasTheSettingsRunsAndDifferencesInAFixedOrder() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(ComparisonJson.render(result()));
    assertEquals(List.of("scenario", "seed", "replications", "confidence", "horizon", "warmup",
        "start", "start-remark", "baseline", "runs", "differences"), fields(doc));
    assertEquals("two servers", doc.get("scenario").asText());
    assertEquals(5, doc.get("seed").asLong());
    assertEquals(4, doc.get("replications").asInt());
    assertEquals(100.0, doc.get("horizon").asDouble());
    assertEquals(10.0, doc.get("warmup").asDouble());
    assertEquals("random", doc.get("baseline").asText());

    JsonNode runs = doc.get("runs");
    assertEquals(2, runs.size());
    assertEquals(List.of("balancer", "load", "arrivalRate", "metrics"), fields(runs.get(0)));
    assertEquals("least-connections", runs.get(1).get("balancer").asText());
    assertEquals(0.5, runs.get(1).get("load").asDouble());
    assertEquals(100.0, runs.get(1).get("arrivalRate").asDouble());
    JsonNode throughput = runs.get(0).get("metrics").get(0);
    assertEquals(List.of("scope", "name", "unit", "mean", "low", "high", "n", "analytic",
        "formula", "note", "verdict"), fields(throughput));
    assertEquals("1/s", throughput.get("unit").asText());

    JsonNode differences = doc.get("differences");
    assertEquals(1, differences.size(), "none for the baseline");
    JsonNode d = differences.get(0);
    assertEquals(List.of("balancer", "against", "load", "metrics"), fields(d));
    assertEquals("least-connections", d.get("balancer").asText());
    assertEquals("random", d.get("against").asText());
    assertEquals(-0.005, d.get("metrics").get(1).get("mean").asDouble());
  }

  @Test
  void unknownNumbersAreNull() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(ComparisonJson.render(result()));
    JsonNode p999 = doc.get("differences").get(0).get("metrics").get(2);
    for (String key : new String[] {"mean", "low", "high", "analytic", "formula"}) {
      assertTrue(p999.get(key).isNull(), key + " should be null: " + p999);
    }
    JsonNode response = doc.get("runs").get(1).get("metrics").get(1);
    assertTrue(response.get("analytic").isNull());
    assertFalse(response.get("mean").isNull());
  }

  @Test
  void sameResultSameBytes() throws Exception {
    assertEquals(ComparisonJson.render(result()), ComparisonJson.render(result()));
  }

  @Test
  void tableShowsFiguresAnalyticValuesAndMarkedDifferences() throws IOException,
      ScenarioException {
    String table = ComparisonTable.render(result());
    assertTrue(table.startsWith("two servers\n"), table);
    assertTrue(table.contains("common random numbers: every balancer sees the same arrivals, "
        + "work and failures"), table);
    assertTrue(table.contains("load 0.5 (λ = 100/s)"), table);
    assertTrue(table.contains("100/s [99/s, 101/s]"), table);
    assertTrue(table.contains("20ms [19ms, 21ms]"), table);
    assertTrue(table.contains("analytic values"), table);
    assertTrue(table.contains("difference against random (paired)"), table);
    assertTrue(table.contains("-5ms [-6ms, -4ms] *"), "the interval excludes 0: " + table);
    assertTrue(table.contains("0/s [-0.1/s, +0.1/s]"),
        table);
    assertFalse(table.contains("0.1/s] *"), "an interval around 0 is not marked: " + table);
  }

  @Test
  void valuesFormatRatesAndTheSuccessRatio() {
    assertEquals("360/s", Values.format(360.0, "1/s", "throughput"));
    assertEquals("0.999410", Values.format(0.99941, "1", "success-ratio"));
    assertEquals("-", Values.format(NAN, "1/s", "throughput"));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
