package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.Keys;
import dev.nines.models.traffic.Traffic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code traffic:} and {@code faults:} parts: what they load into, their defaults, the
 * event limit, and damaged files (each problem is in {@link TrafficProblemsTest}).
 */
class TrafficScenarioTest {

  static final double MINUTE = 60;
  private static final double HOUR = 3600;

  /**
   * Group replica (3 units) and db (1), detector hb; traffic from line 8, its arrivals on line 9
   * ({@code poisson} value at column 23), service on line 10, servers on line 11 (value at column
   * 12); a field appended goes on line 12.
   */
  static final String BASE = """
      name: t
      horizon: 1h
      components:
        replica: {count: 3, failure: 1000h, repair: 8h}
        db: {failure: 1000h, repair: 8h}
      detectors:
        hb: {heartbeat: {interval: 1s, timeout: 3s}}
      traffic:
        arrivals: {poisson: 900/s}
        service: {dist: exponential, mean: 1ms}
        servers: replica
      """;

  static final String BALANCERS = "random, round-robin, weighted-round-robin, "
      + "least-connections, power-of-two, power-of-d, consistent-hash, ip-hash"
      + "; power-of-N is power-of-d with d = N";

  /** BASE with one more traffic field on line 12 (its value at column 3 + key + 2). */
  static String with(String field) {
    return BASE + "  " + field + "\n";
  }

  /** BASE with one fault on line 13: at's value at column 10, fail's at column 21. */
  static String fault(String at, String fail, String rest) {
    return BASE + "faults:\n  - {at: " + at + ", fail: " + fail + rest + "}\n";
  }

  private static Traffic traffic(String yaml) throws ScenarioException {
    return load(yaml).traffic();
  }

  // ---------------------------------------------------------------- what is read

  @Test
  void aFullTrafficAndFaultsScenarioLoads() throws ScenarioException {
    Scenario s = load("""
        name: web
        horizon: 1h
        replications: 10
        components:
          replica: {count: 3, failure: 1000h, repair: 8h}
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s}}
        traffic:
          arrivals: {poisson: 900/s}
          service: {dist: exponential, mean: 1ms}
          servers: replica
          workers: 2
          queue: 100
          balancer: {name: weighted-round-robin, weights: [3, 1, 1]}
          health: hb
          timeout: 2s
          retries: 1
          keys: {count: 500, zipf: 1.1}
        faults:
          - {at: 10m, fail: "replica[1]", for: 5m}
          - at: 20m
            fail: replica[2]
            for: 30s
        """);
    Traffic expected = new Traffic(new Arrivals.Poisson(900), new Exponential(0.001), "replica", 2,
        100, new BalancerSpec("weighted-round-robin", 2, List.of(3.0, 1.0, 1.0), 100), "hb", 2.0, 1,
        new Keys(500, 1.1));
    assertEquals(expected, s.traffic());
    assertEquals(List.of(new Fault(10 * MINUTE, "replica", 1, 5 * MINUTE),
        new Fault(20 * MINUTE, "replica", 2, 30)), s.faults());
  }

  @Test
  void defaultsAreFilled() throws ScenarioException {
    Scenario s = load(BASE);
    assertEquals(Traffic.poisson(900, new Exponential(0.001), "replica"), s.traffic());
    Traffic t = s.traffic();
    assertEquals(1, t.workers());
    assertEquals(Traffic.UNBOUNDED, t.queue());
    assertEquals(BalancerSpec.named("round-robin"), t.balancer());
    assertNull(t.health());
    assertEquals(Double.POSITIVE_INFINITY, t.timeout());
    assertEquals(0, t.retries());
    assertEquals(Keys.DEFAULT, t.keys());
    assertEquals(List.of(), s.faults());
    assertEquals(new Keys(10_000, 0.5), traffic(with("keys: {zipf: 0.5}")).keys());
  }

  @Test
  void withoutTrafficOrFaults() throws ScenarioException {
    Scenario s = load(BASE.substring(0, BASE.indexOf("traffic:")));
    assertNull(s.traffic());
    assertEquals(List.of(), s.faults());
    Scenario empty = load(BASE.substring(0, BASE.indexOf("traffic:")) + "traffic:\nfaults: []\n");
    assertNull(empty.traffic());
    assertEquals(List.of(), empty.faults());
  }

  @Test
  void aBareDurationIsADeterministicServiceTime() throws ScenarioException {
    Traffic t = traffic(BASE.replace("{dist: exponential, mean: 1ms}", "2ms"));
    assertEquals(new Deterministic(0.002), t.service());
  }

  @Test
  void aScheduleIsRead() throws ScenarioException {
    Traffic t = traffic(BASE.replace("{poisson: 900/s}", "\n    schedule:\n"
        + "      - {at: 0h, rate: 200/s}\n      - {at: 8h, rate: 900/s}\n"
        + "      - {at: 20h, rate: 0}\n    period: 24h"));
    assertEquals(new Arrivals.Schedule(List.of(new Arrivals.Schedule.Step(0, 200),
        new Arrivals.Schedule.Step(8 * HOUR, 900), new Arrivals.Schedule.Step(20 * HOUR, 0)),
        24 * HOUR), t.arrivals());
    Traffic once = traffic(BASE.replace("{poisson: 900/s}",
        "{schedule: [{at: 0s, rate: 1/s}, {at: 30m, rate: 5/s}]}"));
    assertEquals(new Arrivals.Schedule(List.of(new Arrivals.Schedule.Step(0, 1),
        new Arrivals.Schedule.Step(30 * MINUTE, 5)), Double.NaN), once.arrivals());
  }

  @Test
  void balancersByNameAndByMap() throws ScenarioException {
    BalancerSpec powerOf3 = new BalancerSpec("power-of-d", 3, List.of(), 100);
    assertEquals(powerOf3, traffic(with("balancer: power-of-3")).balancer());
    assertEquals(powerOf3, traffic(with("balancer: {name: power-of-d, d: 3}")).balancer());
    assertEquals(BalancerSpec.named("power-of-two"),
        traffic(with("balancer: power-of-two")).balancer());
    assertEquals(new BalancerSpec("consistent-hash", 2, List.of(), 40),
        traffic(with("balancer: {name: consistent-hash, virtualNodes: 40}")).balancer());
    assertEquals(BalancerSpec.named("least-connections"),
        traffic(with("balancer: {name: least-connections}")).balancer());
  }

  @Test
  void theHealthDetectorAlsoWatchesTheServers() throws ScenarioException {
    Scenario s = load(with("health: hb"));
    assertEquals(List.of("replica"), s.system().detector("hb").monitors());
    Scenario already = load(with("health: hb").replace("timeout: 3s}}", "timeout: 3s}, "
        + "monitors: replica}"));
    assertEquals(List.of("replica"), already.system().detector("hb").monitors());
    Scenario other = load(with("health: hb").replace("timeout: 3s}}", "timeout: 3s}, "
        + "monitors: db}"));
    assertEquals(List.of("db", "replica"), other.system().detector("hb").monitors());
    assertEquals(List.of(), load(BASE).system().detector("hb").monitors());
  }

  @Test
  void damagedTrafficAndFaultsAreHandled() {
    String text = """
        name: web
        horizon: 1h
        components:
          replica: {count: 3, failure: 1000h, repair: 8h}
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s}}
        traffic:
          arrivals: {schedule: [{at: 0h, rate: 200/s}, {at: 8h, rate: 0}], period: 24h}
          service: {dist: exponential, mean: 1ms}
          servers: replica
          workers: 2
          queue: 100
          balancer: {name: weighted-round-robin, weights: [3, 1, 1]}
          health: hb
          timeout: 2s
          retries: 1
          keys: {count: 500, zipf: 1.1}
        faults:
          - {at: 10m, fail: "replica[1]", for: 5m}
          - at: 20m
            fail: replica[2]
            for: 30s
        """;
    String[] damage = {"", "x", ":", "-", "{", "]", "[", "\t", "'", "\"", "0", "-1", ".inf", "[]",
        "{}", "~", "1/0h", "1e999h", "9"};
    assertEquals(2, assertDoesNotThrow(() -> load(text)).faults().size());
    int from = text.indexOf("traffic:");
    for (int at = from; at < text.length(); at++) {
      for (String d : damage) {
        String yaml = text.substring(0, at) + d + text.substring(at + 1);
        try {
          ScenarioLoader.parse(yaml, "fuzz.yaml", Overrides.NONE);
        } catch (ScenarioException e) {
          assertFalse(e.problems().isEmpty());
        } catch (RuntimeException e) {
          fail("the loader crashed on:\n" + yaml, e);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the event limit

  @Test
  void trafficCountsTowardTheEventLimit() throws ScenarioException {
    // 900/s × 1d × 3 events per request × 30 replications = 6.998e9, plus a few failures.
    String day = BASE.replace("horizon: 1h", "horizon: 1d");
    Problem p = single(day);
    assertProblem(p, 2, 10, "horizon", "this run would simulate about 6.998e+9 events (30 "
        + "replications of 1d), more than the limit of 5e+9",
        "shorten the horizon, use fewer replications, or run it anyway with --force");
    Scenario forced = load(day, new Overrides(null, null, null, true));
    assertEquals(new Arrivals.Poisson(900), forced.traffic().arrivals());
    assertEquals(24 * HOUR, forced.horizon());
    // Fewer replications bring it under the limit.
    assertEquals(20, load(day, new Overrides(null, 20, null)).replications());
  }
}
