package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests meet failing servers: detection, timeouts, retries, and keys that move. */
class TrafficFailureTest {

  private static final double CONFIDENCE = 0.999;

  /** n servers that fail only by the scripted faults, watched by detector hb when given. */
  private static Scenario scenario(int n, Traffic traffic, Heartbeat heartbeat, double horizon,
      int replications, Fault... faults) {
    List<Detector> detectors = heartbeat == null ? List.of()
        : List.of(new Detector("hb", heartbeat, List.of("app")));
    SystemModel system = new SystemModel(List.of(new ComponentGroup("app", n, null, null)),
        List.of(), detectors, new Structure.AtLeastOfGroup(1, "app"));
    return new Scenario("failures", "", 2026, horizon, 0, replications, CONFIDENCE, system,
        heartbeat == null ? traffic : traffic.withHealth("hb"), List.of(faults), "test");
  }

  /** 200 requests/s of 10 ms over four servers (half loaded), answered within 1 s or timed out. */
  private static Traffic webTier() {
    return Traffic.poisson(200, new Exponential(0.010), "app").withTimeout(1.0);
  }

  private static ExperimentResult deadServer(double detectorTimeout) {
    Fault fault = new Fault(50.3, "app", 1, 60);
    return Experiment.run(scenario(4, webTier(), new Heartbeat(1, detectorTimeout), 200, 100,
        fault), 2);
  }

  /**
   * Until the detector suspects the dead server, the round-robin balancer keeps sending it every
   * fourth request, and each times out: (λ/4)·D of them for a detection delay D. Heartbeats leave
   * every second from time 0 and arrive at once, so a server dying at 50.3 s sent its last at 50 s
   * and is suspected at 50 + T: D = T − 0.3 s. A shorter detector timeout T loses fewer.
   */
  @Test
  void requestsSentToADeadServerBeforeDetectionTimeOutAndAShorterTimeoutLosesFewer() {
    ExperimentResult slow = deadServer(5);
    ExperimentResult fast = deadServer(2);
    MetricResult slowTimeouts = slow.metric("traffic", "timeouts");
    MetricResult fastTimeouts = fast.metric("traffic", "timeouts");
    assertInInterval(slowTimeouts, 50 * (5 - 0.3), 0.02);
    assertInInterval(fastTimeouts, 50 * (2 - 0.3), 0.04);
    assertTrue(fastTimeouts.high() < slowTimeouts.low());
    assertTrue(slow.metric("traffic", "success-ratio").high() < 1);
    assertTrue(fast.metric("traffic", "success-ratio").low()
        > slow.metric("traffic", "success-ratio").high());
    assertEquals(5 - 0.3, slow.metric("hb", "detection-delay").mean(), 1e-9);
    assertEquals(2 - 0.3, fast.metric("hb", "detection-delay").mean(), 1e-9);
  }

  /** A balancer that knows at once which servers are up sends nothing to the dead one. */
  @Test
  void withoutADetectorOnlyTheRequestsAtTheServerWhenItFailsAreLost() {
    Fault fault = new Fault(50, "app", 1, 60);
    ExperimentResult r = Experiment.run(scenario(4, webTier(), null, 200, 120, fault), 2);
    assertEquals(0.0, r.metric("traffic", "timeouts").mean());
    // Lost: the requests at the server when it fails, on average its time-average number in system.
    // Round-robin sends it every fourth of a Poisson stream, so it is an E4/M/1 queue (arrival rate
    // 50/s, service rate 100/s), and for GI/M/1 that number is ρ/(1 − σ), where σ solves
    // σ = A*(μ(1 − σ)) with A* the Laplace transform of the gaps, here (200 / (200 + s))^4. Fewer
    // than the ρ/(1 − ρ) = 1 of an M/M/1 queue: the gaps are regular.
    double sigma = 0;
    for (int i = 0; i < 200; i++) {
      sigma = Math.pow(200 / (200 + 100 * (1 - sigma)), 4);
    }
    double expected = 0.5 / (1 - sigma);
    MetricResult lost = r.metric("traffic", "lost");
    assertTrue(lost.low() <= expected && expected <= lost.high(), expected + " in " + lost);
    assertTrue(r.metric("app[1]", "utilization").mean() < r.metric("app[0]", "utilization").mean());
  }

  @Test
  void aRetryOnAnotherServerSavesWhatTheFailureLost() {
    Fault fault = new Fault(50, "app", 1, 60);
    ExperimentResult once = Experiment.run(scenario(4, webTier(), new Heartbeat(1, 5), 200, 30,
        fault), 2);
    ExperimentResult twice = Experiment.run(scenario(4, webTier().withRetries(1),
        new Heartbeat(1, 5), 200, 30, fault), 2);
    assertEquals(0.0, once.metric("traffic", "retries").mean());
    MetricResult retries = twice.metric("traffic", "retries");
    // Every timed-out and lost first attempt is retried (retries also take turns of the
    // round-robin, so the dead server gets a few more first attempts than without them).
    double failedOnce = once.metric("traffic", "timeouts").mean()
        + once.metric("traffic", "lost").mean();
    assertTrue(retries.mean() >= failedOnce, () -> retries + " against " + failedOnce);
    assertTrue(twice.metric("traffic", "success-ratio").mean() > 0.9999);
    // A retried request waited for its first attempt's timeout: the tail grows.
    assertTrue(twice.metric("traffic", "response-p999").mean()
        >= once.metric("traffic", "response-p999").mean());
  }

  @Test
  void droppedRequestsRetriedElsewhereAreServed() {
    Traffic full = Traffic.poisson(2 * 0.9, new Exponential(1), "app").withQueue(2)
        .withBalancer(BalancerSpec.named("random"));
    ExperimentResult none = Experiment.run(scenario(2, full, null, 20_000, 20), 2);
    ExperimentResult one = Experiment.run(scenario(2, full.withRetries(1), null, 20_000, 20), 2);
    assertTrue(none.metric("traffic", "drop-ratio").mean() > 0.05);
    assertTrue(one.metric("traffic", "drop-ratio").high() < none.metric("traffic", "drop-ratio")
        .low());
    assertTrue(one.metric("traffic", "retries").mean() > 0);
    assertEquals(null, one.metric("traffic", "drop-ratio").analytic());
  }

  /**
   * When one of n servers leaves a consistent-hash ring only its own keys move: 1/n of them on
   * average over ring layouts. Modulo hashing (ip-hash) moves most keys.
   */
  @Test
  void consistentHashingMovesAboutOneNthOfTheKeysWhenAServerLeaves() {
    Traffic traffic = Traffic.poisson(100, new Exponential(0.010), "app")
        .withBalancer(BalancerSpec.named("consistent-hash"));
    Fault fault = new Fault(20, "app", 3, 10);
    ExperimentResult ring = Experiment.run(scenario(10, traffic, null, 60, 300, fault), 2);
    MetricResult moved = ring.metric("traffic", "keys-moved");
    assertEquals(0.1, moved.analytic(), 1e-15);
    assertInInterval(moved, 0.1, 0.03);
    ExperimentResult modulo = Experiment.run(scenario(10,
        traffic.withBalancer(BalancerSpec.named("ip-hash")), null, 60, 30, fault), 2);
    assertTrue(modulo.metric("traffic", "keys-moved").low() > 0.5);
  }

  /** The value lies in the interval, whose half-width is below {@code narrow} of the mean. */
  private static void assertInInterval(MetricResult m, double expected, double narrow) {
    assertTrue(m.low() <= expected && expected <= m.high(), () -> expected + " outside " + m);
    assertTrue((m.high() - m.low()) / 2 < narrow * m.mean(), () -> "too wide: " + m);
  }
}
