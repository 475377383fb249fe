package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Detectors, standbys and quorums from scenario text to figures, against their formulas: 99.9 %
 * intervals, a fixed seed, and intervals narrower than ±1 % (DESIGN.md §7).
 */
class FailoverAgreementTest {

  private static final String RUN = "seed: 2026\nconfidence: 0.999\n";

  private static ExperimentResult run(String yaml) throws ScenarioException {
    return Experiment.run(ScenarioLoader.parse(RUN + yaml, "test.yaml", Overrides.NONE), 2);
  }

  /** An ideal hot pair (no detector, instant switching) with one technician: the exact CTMC. */
  @Test
  void anIdealHotPairWithOneTechnicianAgreesWithTheCtmc() throws ScenarioException {
    ExperimentResult r = run("""
        name: hot pair
        horizon: 300y
        replications: 40
        crews: {tech: {size: 1}}
        components:
          a: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}, crew: tech}
          b: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}, crew: tech}
        system:
          standby: {name: pair, active: a, spares: b}
        """);
    assertEquals("CTMC steady state", r.metric("pair", "availability").formula());
    Agreement.availabilityMtbfMttr(r, "pair");
    Agreement.availabilityMtbfMttr(r, "system");
    Agreement.agrees(r, "tech", "crew-utilization");
  }

  /** A cold spare cannot fail while it waits: A = 1 − ρ²/(ρ² + 2ρ + 2), repairs independent. */
  @Test
  void aColdPairAgreesWithItsClosedForm() throws ScenarioException {
    ExperimentResult r = run("""
        name: cold pair
        horizon: 600y
        replications: 40
        components:
          a: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}}
          b: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}}
        system:
          standby: {name: pair, active: a, spares: b, mode: cold}
        """);
    double rho = 20.0 / 100;
    Agreement.agrees(r, "pair", "availability", 1 - rho * rho / (rho * rho + 2 * rho + 2));
    Agreement.availabilityMtbfMttr(r, "pair");
    assertTrue(r.metric("pair", "availability").formula().contains("cold standby"));
  }

  /**
   * Detection and switching cost availability: the standby's failover chain counts them, and says
   * where the downtime goes.
   */
  @Test
  void slowFailoverAgreesWithItsChainAndSaysWhere() throws ScenarioException {
    ExperimentResult r = run("""
        name: slow failover
        horizon: 400y
        replications: 20
        components:
          a: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}}
          b: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 20h}}
        detectors:
          hb: {heartbeat: {interval: 10s, timeout: 30s}}
        system:
          standby: {name: pair, active: a, spares: b, detector: hb, switchover: 1h}
        """);
    MetricResult a = r.metric("pair", "availability");
    assertTrue(a.formula().contains("failover chain, hot standby"), a.formula());
    Agreement.availabilityMtbfMttr(r, "pair");
    Agreement.agrees(r, "pair", "downtime-switching");
    Agreement.agrees(r, "hb", "detection-delay");
    double split = r.metric("pair", "downtime-undetected").mean()
        + r.metric("pair", "downtime-switching").mean() + r.metric("pair", "downtime-no-spare").mean()
        + r.metric("pair", "downtime-repair").mean();
    assertEquals(r.metric("pair", "downtime-per-year").mean(), split, 1e-6 * split);
    double analyticSplit = r.metric("pair", "downtime-undetected").analytic()
        + r.metric("pair", "downtime-switching").analytic()
        + r.metric("pair", "downtime-no-spare").analytic()
        + r.metric("pair", "downtime-repair").analytic();
    assertEquals(r.metric("pair", "downtime-per-year").analytic(), analyticSplit,
        1e-9 * analyticSplit);
    assertEquals(0, r.metric("pair", "needless-switchovers").mean());
  }

  /** The majority of a five-node quorum is up as often as the 3-of-5 formula says. */
  @Test
  void aQuorumsMajorityAgreesWithKOfN() throws ScenarioException {
    ExperimentResult r = run("""
        name: raft
        horizon: 300y
        replications: 30
        components:
          node: {count: 5, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 25h}}
        detectors:
          raft-hb: {heartbeat: {interval: 50ms, timeout: 150ms, delay: {dist: exponential, mean: 2ms}}}
        system:
          quorum: {of: node, heartbeat: raft-hb, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}
        """);
    double unit = 100.0 / 125;
    double majority = 0;
    for (int k = 3; k <= 5; k++) {
      majority += binomial(5, k) * Math.pow(unit, k) * Math.pow(1 - unit, 5 - k);
    }
    Agreement.agrees(r, "quorum", "majority-availability", majority);
    Agreement.agrees(r, "quorum", "majority-availability");
    MetricResult elections = r.metric("quorum", "elections");
    assertTrue(elections.mean() > 0);
    assertTrue(r.metric("quorum", "availability").mean()
        < r.metric("quorum", "majority-availability").mean());
    // Message delays split votes: no order statistics, and the column says why.
    String reason = r.metric("quorum", "election-time").formula();
    assertTrue(reason.startsWith("no formula: message delay"), reason);
  }

  /**
   * With instant messages an election is the first of the up followers' timeouts after the leader's
   * last heartbeat: the election figures and the quorum's own availability agree with ElectionTime.
   */
  @Test
  void aQuorumWithInstantMessagesAgreesWithTheOrderStatistics() throws ScenarioException {
    ExperimentResult r = run("""
        name: raft without delay
        horizon: 300y
        replications: 30
        components:
          node: {count: 5, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 25h}}
        detectors:
          raft-hb: {heartbeat: {interval: 50ms, timeout: 150ms}}
        system:
          quorum: {of: node, heartbeat: raft-hb, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}
        """);
    for (String name : new String[] {"election-time", "election-time-p50", "election-time-p99",
        "elections", "downtime-election", "downtime-no-majority"}) {
      Agreement.agrees(r, "quorum", name);
    }
    Agreement.availabilityMtbfMttr(r, "quorum");
    Agreement.availabilityMtbfMttr(r, "system");
    assertTrue(r.metric("quorum", "election-time").formula().contains("no message delay"));
  }

  /**
   * A detector watching a group: mean detection delay T − I/2 + E[delay], through the loader. The
   * repairs outlast the timeout: a failure repaired before it is suspected is missed and left out
   * of the mean, which would bias it towards short delays.
   */
  @Test
  void detectionDelayOfAMonitoredGroup() throws ScenarioException {
    ExperimentResult r = run("""
        name: watched
        horizon: 1y
        replications: 20
        components:
          app: {count: 2, failure: {dist: exponential, mean: 1h}, repair: 10m}
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s, delay: {dist: exponential, mean: 5ms}}, monitors: app}
        """);
    assertEquals(3 - 0.5 + 0.005, r.metric("hb", "detection-delay").analytic(), 1e-12);
    Agreement.agrees(r, "hb", "detection-delay");
    assertEquals(0, r.metric("hb", "false-suspicions-per-year").mean());
    assertEquals(0, r.metric("hb", "missed-detections").mean());
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
