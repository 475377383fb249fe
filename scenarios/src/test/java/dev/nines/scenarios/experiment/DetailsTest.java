package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes behind the figures agree with the figures: pooled samples count what the figures
 * count, the downtime charged to groups and causes adds up to the downtime, the curves' points are
 * the figures at those points.
 */
class DetailsTest {

  private static final long SEED = 2026;

  private static Scenario scenario(String yaml) throws ScenarioException {
    return ScenarioLoader.parse(yaml, "details.yaml", Overrides.NONE);
  }

  /** A web tier in series with a database pair sharing one technician. */
  private static final String TIERS = """
      name: tiers
      seed: %d
      horizon: 2y
      replications: 12
      components:
        web: {count: 3, failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 12h}}
        db: {count: 2, failure: {dist: exponential, mean: 800h}, repair: {dist: exponential, mean: 20h}, crew: ops}
      crews:
        ops: {size: 1}
      detectors:
        hb: {heartbeat: {interval: 10s, timeout: 30s}, monitors: web}
      system: {series: [{atLeast: 2, of: web}, {atLeast: 1, of: db}]}
      """.formatted(SEED);

  @Test
  void outagesArePooledOverReplicationsOnePerCompletedOutage() throws ScenarioException {
    ExperimentResult r = Experiment.run(scenario(TIERS), 2, Map.of(), false);
    Details d = r.details();
    assertEquals(java.util.List.of("system", "web", "db"), java.util.List.copyOf(d.outages().keySet()));
    for (String scope : d.outages().keySet()) {
      double[] outages = d.outages().get(scope);
      assertTrue(outages.length > 0, scope);
      assertTrue(Arrays.stream(outages).allMatch(x -> x > 0), scope);
      // every counted failure's outage is pooled, but for one still going on at the horizon
      long failures = Math.round(r.metric(scope, "failures").mean() * 12);
      assertTrue(outages.length <= failures && outages.length >= failures - 12,
          scope + ": " + outages.length + " outages, " + failures + " failures");
    }
    assertTrue(d.detectionDelays().get("hb").length > 0);
    assertNull(d.transientAvailability(), "not asked for");
    assertNull(d.responseQuantiles(), "no traffic");
  }

  @Test
  void downtimeChargedToGroupsAndCausesAddsUpToTheSystemsDowntime() throws ScenarioException {
    ExperimentResult r = Experiment.run(scenario(TIERS), 2, Map.of(), false);
    double downtime = r.metric("system", "downtime-per-year").mean();
    double byGroup = r.details().downtimeByGroup().values().stream().mapToDouble(x -> x).sum();
    double byCause = r.details().downtimeByCause().values().stream().mapToDouble(x -> x).sum();
    assertEquals(downtime, byGroup, 1e-9 * downtime);
    assertEquals(downtime, byCause, 1e-9 * downtime);
    assertTrue(r.details().downtimeByGroup().keySet().containsAll(java.util.List.of("web", "db")),
        r.details().downtimeByGroup().toString());
    assertEquals(java.util.Set.of("failure"), r.details().downtimeByCause().keySet());
  }

  @Test
  void theTransientCurveStartsUpAndLiesOnItsGridWithTheChainsCurve() throws ScenarioException {
    ExperimentResult r = Experiment.run(scenario(TIERS), 2, Map.of(), true);
    Curve a = r.details().transientAvailability();
    assertNotNull(a);
    double[] x = a.x();
    assertEquals(DetailsCollector.GRID_POINTS, x.length);
    assertEquals(0, x[0]);
    // ten times the slowest repair (20 h), well inside the horizon
    assertEquals(200 * 3600.0, x[x.length - 1], 1e-6);
    assertEquals(1, a.mean()[0]);
    assertEquals(1, a.analytic()[0], 1e-12);
    assertTrue(a.hasAnalytic());
    for (int i = 0; i < x.length; i++) {
      assertTrue(a.low()[i] <= a.mean()[i] && a.mean()[i] <= a.high()[i]);
      assertTrue(a.analytic()[i] <= 1 && a.analytic()[i] > 0.9);
    }
    // the figures are those of a run without the curve: looking does not change what happens
    ExperimentResult plain = Experiment.run(scenario(TIERS), 2, Map.of(), false);
    assertEquals(plain.metrics(), r.metrics());
  }

  /**
   * Two servers behind round-robin; one is killed for ten minutes by a scripted fault, and the
   * health detector takes five minutes to notice.
   */
  private static final String TRAFFIC = """
      name: fault
      seed: %d
      horizon: 2h
      replications: 6
      components:
        app: {count: 2}
      detectors:
        hb: {heartbeat: {interval: 10s, timeout: 5m}, monitors: app}
      system: {atLeast: 1, of: app}
      traffic:
        arrivals: {poisson: 20/s}
        service: {dist: exponential, mean: 20ms}
        servers: app
        balancer: round-robin
        health: hb
        timeout: 2s
      faults:
        - {at: 1h, fail: "app[0]", for: 10m}
      """.formatted(SEED);

  @Test
  void trafficCurvesAreTheFiguresAtTheirPoints() throws ScenarioException {
    ExperimentResult r = Experiment.run(scenario(TRAFFIC), 2, Map.of(), false);
    Curve quantiles = r.details().responseQuantiles();
    double[] levels = TrafficObservation.QUANTILE_LEVELS;
    int median = Arrays.binarySearch(levels, 0.5);
    assertEquals(r.metric("traffic", "response-p50").mean(), quantiles.mean()[median],
        1e-9 * quantiles.mean()[median]);
    for (int i = 1; i < levels.length; i++) {
      assertTrue(quantiles.mean()[i] >= quantiles.mean()[i - 1], "quantiles grow with the level");
    }
    Curve success = r.details().successOverTime();
    assertEquals(TrafficObservation.BUCKETS, success.x().length);
    double[] ratio = success.mean();
    double faultStart = 3600;
    double faultEnd = 3600 + 600;
    boolean dipped = false;
    for (int b = 0; b < ratio.length; b++) {
      double t = success.x()[b];
      if (b == ratio.length - 1) {
        // The requests in flight at the horizon are not served by then: each server (ρ = 0.2)
        // holds about a quarter of a request, against the bucket's 1,200 a replication.
        assertTrue(ratio[b] > 1 - 20.0 / 7_200, "in flight at " + t + ": " + ratio[b]);
      } else if (t < faultStart - 120 || t > faultEnd + 120) {
        assertEquals(1, ratio[b], 1e-12, "nothing fails at " + t);
      } else if (t > faultStart + 60 && t < faultStart + 240) {
        // until the detector notices, round-robin sends every other request to the dead server
        assertTrue(ratio[b] < 0.6 && ratio[b] > 0.4, "half lost at " + t + ": " + ratio[b]);
        dipped = true;
      }
    }
    assertTrue(dipped);
    assertFalse(success.hasAnalytic(), "the servers fail: no queueing formula");
  }
}
