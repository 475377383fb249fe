package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Analytics;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The analytic column is exact where it is shown and empty, naming the assumption that fails,
 * where it is not (issue 19): each case a small scenario, each value worked out here.
 */
class AssumptionsTest {

  private static Scenario scenario(String yaml) throws ScenarioException {
    return ScenarioLoader.parse("seed: 2026\nconfidence: 0.999\n" + yaml, "test.yaml",
        Overrides.NONE);
  }

  private static void silent(Analytic a, String because) {
    assertFalse(a.hasValue(), a.toString());
    assertTrue(a.formula().startsWith("no formula: ") && a.formula().contains(because),
        a.formula());
  }

  /** False suspicions take a server that never fails out of the balancer: no queueing formula. */
  @Test
  void aHealthDetectorThatSuspectsUpServersSilencesTheQueueingFormulas()
      throws ScenarioException {
    Scenario s = scenario("""
        name: lossy health
        horizon: 1h
        components: {app: {count: 1}}
        detectors: {hb: {heartbeat: {interval: 1s, timeout: 1.5s, loss: 0.5}}}
        system: app
        traffic:
          arrivals: {poisson: 50/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          health: hb
        """);
    TrafficAnalytics t = Experiment.analytics(s).traffic();
    for (Analytic a : new Analytic[] {t.throughput(), t.successRatio(), t.utilization(),
        t.responseTime(), t.responsePercentiles()[2], t.queueLength()}) {
      silent(a, "health detector hb takes up servers out");
    }
    // Without losses the detector never suspects an up server: the formulas are back.
    Scenario clean = scenario("""
        name: clean health
        horizon: 1h
        components: {app: {count: 1}}
        detectors: {hb: {heartbeat: {interval: 1s, timeout: 1.5s}}}
        system: app
        traffic:
          arrivals: {poisson: 50/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          health: hb
        """);
    assertEquals(0.5, Experiment.analytics(clean).traffic().utilization().value(), 1e-15);
  }

  /**
   * A consistent-hash server leaves while up, the other three each up with A = 1/2 independently:
   * the share moved is E[1/(1 + Bin(3, 1/2))] = (1 + 3/2 + 3/3 + 1/4)/8, and the run agrees.
   * Exact for any ring: with m servers on it, each as likely to be the one that leaves, the mean
   * share that leaves is Σ shares / m = 1/m.
   */
  @Test
  void keysMovedWhileServersFailIsTheIndependentExpectation() throws ScenarioException {
    Scenario s = scenario("""
        name: keys moved
        horizon: 300d
        replications: 8
        components:
          cache:
            count: 4
            failure: {dist: exponential, mean: 10h}
            repair: {dist: exponential, mean: 10h}
        system: {atLeast: 1, of: cache}
        traffic:
          arrivals: {poisson: 0.01/s}
          service: {dist: exponential, mean: 10ms}
          servers: cache
          balancer: consistent-hash
          keys: {count: 1000}
        """);
    double expected = (1 + 3.0 / 2 + 3.0 / 3 + 1.0 / 4) / 8;
    Analytic keys = Experiment.analytics(s).traffic().keysMoved();
    assertEquals(expected, keys.value(), 1e-15);
    MetricResult m = Experiment.run(s, 2).metric("traffic", "keys-moved");
    assertTrue(m.low() <= expected && expected <= m.high(), m.toString());
    assertTrue(m.high() - m.low() < 0.1 * expected, m.toString());
  }

  /** Scripted faults silence the scopes they touch, the quorum's majority too, and no other. */
  @Test
  void scriptedFaultsSilenceOnlyTheScopesTheyTouch() throws ScenarioException {
    Scenario s = scenario("""
        name: faulted quorum
        horizon: 1y
        components:
          node:
            count: 3
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
          db:
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
        system:
          series:
            - {quorum: {name: raft, of: node, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}}
            - db
        faults:
          - {at: 1d, fail: "node[0]", for: 1h}
        """);
    Analytics a = Experiment.analytics(s);
    silent(a.majority("raft").availability(), "scripted faults take down node");
    silent(a.failover("raft").availability(), "scripted faults take down node");
    silent(a.system().unavailability(), "scripted faults take down node");
    silent(a.group("node").mttr(), "scripted faults take down node");
    assertEquals(1000.0 / 1010, a.group("db").availability().value(), 1e-12);
  }

  /**
   * A unit that starts failed has its first failure after its first repair: MTTF = 1/μ + 1/λ, not
   * 0 (the mean time to a down state it is already in).
   */
  @Test
  void theFirstFailureOfAScopeThatStartsDownComesAfterItsFirstRepair()
      throws ScenarioException {
    Scenario s = scenario("""
        name: starts down
        horizon: 10y
        components:
          disk:
            markov:
              initial: failed
              states: {ok: up, failed: down}
              transitions:
                - {from: ok, to: failed, rate: 1/2000h}
                - {from: failed, to: ok, rate: 1/12h}
        """);
    double hours = 3600;
    assertEquals(12 * hours + 2000 * hours, Experiment.analytics(s).system().mttf().value(),
        1e-9 * 2012 * hours);
  }

  /** A heartbeat grid and a fault at a set time: no uniform phase, no detection-delay formula. */
  @Test
  void aScriptedFaultSilencesTheDetectionDelayButNotTheFalseSuspicions()
      throws ScenarioException {
    Scenario s = scenario("""
        name: aligned fault
        horizon: 10m
        components: {app: {count: 2}}
        detectors: {hb: {heartbeat: {interval: 1s, timeout: 10s}}}
        system: {atLeast: 1, of: app}
        traffic:
          arrivals: {poisson: 20/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          health: hb
        faults:
          - {at: 2m, fail: "app[1]", for: 5m}
        """);
    Analytics a = Experiment.analytics(s);
    silent(a.detector("hb").detectionDelay(), "random phase");
    silent(a.detector("hb").detectionDelayP50(), "random phase");
    assertEquals(0.0, a.detector("hb").falseSuspicionsPerYear().value());
    silent(a.traffic().throughput(), "scripted faults take servers down");
  }

  /** The transient curve of a standby that is not ideal is that of its ideal twin, and says so. */
  @Test
  void theTransientCurveOfARealStandbyNamesIdealFailover() throws ScenarioException {
    Scenario s = scenario("""
        name: real pair
        horizon: 1y
        components:
          a: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 1h}}
          b: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 1h}}
        system:
          standby: {name: pair, active: a, spares: b, switchover: {dist: deterministic, value: 1m}}
        """);
    Analytic at = Experiment.analytics(s).systemAvailabilityAt(3600);
    assertTrue(at.formula().endsWith("ideal failover"), at.formula());
  }

  /**
   * A hot pair with one repairer of its own keeps its exact chain beside warm and cold pairs (which
   * leave the whole system without one): U = 2ρ²/(1 + 2ρ + 2ρ²), ρ = λ/μ, and the run agrees.
   */
  @Test
  void aHotPairWithItsOwnRepairerIsExactBesideWarmAndColdPairs() throws ScenarioException {
    Scenario s = scenario("""
        name: mixed spares
        horizon: 400y
        replications: 20
        crews: {fixer: {size: 1}}
        components:
          hot-a: {failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 24h}, crew: fixer}
          hot-b: {failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 24h}, crew: fixer}
          cold-a: {failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 24h}}
          cold-b: {failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 24h}}
        system:
          series:
            - {standby: {name: hot, active: hot-a, spares: hot-b, mode: hot}}
            - {standby: {name: cold, active: cold-a, spares: cold-b, mode: cold}}
        """);
    double rho = 24.0 / 500;
    double u = 2 * rho * rho / (1 + 2 * rho + 2 * rho * rho);
    Analytics a = Experiment.analytics(s);
    assertEquals(u, a.failover("hot").unavailability().value(), 1e-12 * u);
    // Each unit: down in state 2, and in state 1 half the time (either unit may be the one down).
    double p0 = 1 / (1 + 2 * rho + 2 * rho * rho);
    assertEquals(p0 * (rho + 2 * rho * rho), a.group("hot-a").unavailability().value(), 1e-12);
    MetricResult m = Experiment.run(s, 2).metric("hot", "unavailability");
    assertTrue(m.low() <= u && u <= m.high(), m.toString());
  }

  /**
   * Weighted round-robin 10:1 on two servers at 180/s × 10 ms sends server 0 180·10/11·0.010 =
   * 1.636 times its capacity though the mean load is 0.9: every queueing formula is silent, naming
   * it. At 10:10 the same load is stable and the formulas are back.
   */
  @Test
  void aServerLoadedBeyondItsCapacitySilencesTheQueueingFormulas() throws ScenarioException {
    String yaml = """
        name: weighted
        horizon: 10m
        components: {app: {count: 2}}
        system: {atLeast: 1, of: app}
        traffic:
          arrivals: {poisson: 180/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          balancer: {name: weighted-round-robin, weights: [W, 1]}
        """;
    TrafficAnalytics skewed = Experiment.analytics(scenario(yaml.replace("W", "10"))).traffic();
    String load = String.format(java.util.Locale.ROOT, "%.4g", 180.0 * 10 / 11 * 0.010);
    for (Analytic a : new Analytic[] {skewed.throughput(), skewed.successRatio(),
        skewed.utilization(), skewed.dropRatio()}) {
      silent(a, "app[0] gets " + load + "× its capacity");
    }
    TrafficAnalytics even = Experiment.analytics(scenario(yaml.replace("W", "1"))).traffic();
    assertEquals(180 * 0.010 / 2, even.utilization().value(), 1e-15);
  }

  /**
   * An approximation agrees when the interval meets its value ± its stated error, and only then;
   * an exact value must lie inside.
   */
  @Test
  void theVerdictHonoursAStatedError() {
    MetricResult approx = new MetricResult("s", "m", "1", 1.1, 1.05, 1.15, 10, 1.0, "approx.",
        java.util.List.of(), null, 0.06);
    assertTrue(approx.analyticInInterval());
    MetricResult tooFar = new MetricResult("s", "m", "1", 1.1, 1.05, 1.15, 10, 1.0, "approx.",
        java.util.List.of(), null, 0.04);
    assertFalse(tooFar.analyticInInterval());
    MetricResult exact = new MetricResult("s", "m", "1", 1.1, 1.05, 1.15, 10, 1.0, "exact",
        java.util.List.of(), null);
    assertFalse(exact.analyticInInterval());
  }
}
