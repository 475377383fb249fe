package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.Queueing;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request-level figures against the queueing formulas (DESIGN.md §7): fixed seed, 99.9 % intervals
 * that hold the formula's value and are narrow. Servers never fail here, so every formula applies.
 */
class TrafficAgreementTest {

  private static final long SEED = 2026;
  private static final double CONFIDENCE = 0.999;

  /** n servers that never fail, behind the traffic, observed after a warm-up. */
  static Scenario servers(int n, Traffic traffic, double horizon, double warmup, int replications) {
    SystemModel system = new SystemModel(List.of(new ComponentGroup("app", n, null, null)),
        new Structure.Group("app"));
    return new Scenario("traffic", "", SEED, horizon, warmup, replications, CONFIDENCE, system,
        traffic, List.of(), "test");
  }

  private static Traffic poisson(double lambda, double meanService) {
    return Traffic.poisson(lambda, new Exponential(meanService), "app");
  }

  @Test
  void mm1ResponseTimeWaitAndPercentiles() {
    ExperimentResult r = Experiment.run(servers(1, poisson(0.7, 1), 640_000, 1_000, 40), 2);
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "response-p50");
    Agreement.agrees(r, "traffic", "response-p95");
    Agreement.agrees(r, "traffic", "response-p99");
    Agreement.agrees(r, "traffic", "utilization");
    Agreement.agrees(r, "traffic", "queue-length");
    Agreement.agrees(r, "traffic", "throughput");
    // Every request is served, but the L = ρ/(1 − ρ) in flight at the horizon not by then: of the
    // λ(T − w) of the window, the share served by the horizon is 1 − L/(λ(T − w)) = 1 − W/(T − w).
    double inFlight = 0.7 / (1 - 0.7);
    Agreement.agrees(r, "traffic", "success-ratio", 1 - inFlight / (0.7 * (640_000 - 1_000)));
    MetricResult pending = r.metric("traffic", "pending");
    assertTrue(pending.low() <= inFlight && inFlight <= pending.high(), pending::toString);
    assertTrue(pending.high() < 3 * inFlight, pending::toString);
  }

  @Test
  void mm3ResponseTimeIsErlangC() {
    Traffic traffic = poisson(2.4, 1).withWorkers(3);
    ExperimentResult r = Experiment.run(servers(1, traffic, 320_000, 500, 40), 2);
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "queue-length");
    Agreement.agrees(r, "traffic", "utilization");
    assertTrue(r.metric("traffic", "response-time").formula().startsWith("M/M/c"));
  }

  @Test
  void mm1kBlockingIsTheDropRatio() {
    Traffic traffic = poisson(0.9, 1).withQueue(4);
    ExperimentResult r = Experiment.run(servers(1, traffic, 128_000, 100, 40), 2);
    Agreement.agrees(r, "traffic", "drop-ratio");
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "throughput");
    assertEquals(Queueing.mmckBlocking(1, 5, 0.9, 1).value(),
        r.metric("traffic", "drop-ratio").analytic(), 1e-15);
  }

  @Test
  void randomSplitIsMm1AtLambdaOverN() {
    Traffic traffic = poisson(4 * 0.6, 1).withBalancer(BalancerSpec.named("random"));
    ExperimentResult r = Experiment.run(servers(4, traffic, 150_000, 500, 40), 2);
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "response-p99");
    assertEquals(Queueing.mm1MeanResponse(0.6, 1).value(),
        r.metric("traffic", "response-time").analytic(), 1e-12);
    for (int i = 0; i < 4; i++) {
      Agreement.agrees(r, "app[" + i + "]", "utilization");
    }
  }

  @Test
  void roundRobinIsErlangArrivalsPerServer() {
    Traffic traffic = poisson(4 * 0.8, 1).withBalancer(BalancerSpec.named("round-robin"));
    ExperimentResult r = Experiment.run(servers(4, traffic, 300_000, 500, 40), 2);
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "response-p99");
  }

  @Test
  void powerOfTwoOnAHundredServersNearsTheSupermarketFixedPoint() {
    Traffic traffic = poisson(100 * 0.9, 1).withBalancer(BalancerSpec.named("power-of-two"));
    ExperimentResult r = Experiment.run(servers(100, traffic, 3_000, 300, 40), 2);
    MetricResult m = r.metric("traffic", "response-time");
    double fixedPoint = Queueing.supermarketMeanResponse(2, 90, 100, 1).value();
    assertEquals(2.614, fixedPoint, 0.001);
    assertEquals(fixedPoint, m.analytic(), 1e-12);
    assertTrue(Math.abs(m.mean() / fixedPoint - 1) < 0.03, () -> "mean " + m.mean());
    assertTrue((m.high() - m.low()) / 2 / m.mean() < 0.01, () -> "wide: " + m);
  }

  @Test
  void littlesLawHoldsOnTheSimulatedFigures() {
    Traffic traffic = poisson(3 * 0.8, 1).withBalancer(BalancerSpec.named("least-connections"));
    ExperimentResult r = Experiment.run(servers(3, traffic, 20_000, 500, 30), 2);
    double throughput = r.metric("traffic", "throughput").mean();
    double response = r.metric("traffic", "response-time").mean();
    double inSystem = 3 * (r.metric("traffic", "queue-length").mean()
        + r.metric("traffic", "utilization").mean());
    assertEquals(throughput * response, inSystem, 0.01 * inSystem);
  }

  @Test
  void md1IsPollaczekKhinchine() {
    // E[S] = 1 fixed, ρ = λ = 0.7: W_q = ρE[S]/(2(1−ρ)) = 0.7/0.6, L_q = λW_q.
    double wait = 0.7 * 1 / (2 * (1 - 0.7));
    Traffic traffic = Traffic.poisson(0.7, new Deterministic(1), "app");
    ExperimentResult r = Experiment.run(servers(1, traffic, 200_000, 500, 40), 2);
    assertEquals(1 + wait, r.metric("traffic", "response-time").analytic(), 1e-12);
    assertEquals(0.7 * wait, r.metric("traffic", "queue-length").analytic(), 1e-12);
    assertTrue(r.metric("traffic", "response-time").formula().startsWith("M/D/1"));
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "queue-length");
    Agreement.agrees(r, "traffic", "utilization");
  }

  @Test
  void mg1WithLognormalServiceIsPollaczekKhinchine() {
    // E[S] = 1, sd 1: E[S²] = 2; λ = 0.6: W_q = λE[S²]/(2(1−ρ)) = 1.2/0.8 = 1.5, W = 2.5.
    Traffic traffic = Traffic.poisson(0.6, new Lognormal(1, 1), "app");
    ExperimentResult r = Experiment.run(servers(1, traffic, 480_000, 500, 40), 2);
    assertEquals(2.5, r.metric("traffic", "response-time").analytic(), 1e-12);
    assertEquals(0.6 * 1.5, r.metric("traffic", "queue-length").analytic(), 1e-12);
    Agreement.agrees(r, "traffic", "response-time");
    Agreement.agrees(r, "traffic", "queue-length");
  }

  @Test
  void lossSystemWithLognormalServiceIsErlangB() {
    // 5 workers, no queue, a = λE[S] = 4: B = (a⁵/5!)/Σ_{k≤5} a^k/k!, whatever the service law.
    double blocking = erlangBBySum(5, 4);
    Traffic traffic = Traffic.poisson(4, new Lognormal(1, 2), "app").withWorkers(5).withQueue(0);
    ExperimentResult r = Experiment.run(servers(1, traffic, 50_000, 100, 40), 2);
    assertEquals(blocking, r.metric("traffic", "drop-ratio").analytic(), 1e-12);
    Agreement.agrees(r, "traffic", "drop-ratio");
    Agreement.agrees(r, "traffic", "throughput");
    Agreement.agrees(r, "traffic", "utilization");
    Agreement.agrees(r, "traffic", "response-time", 1); // admitted requests never wait: E[S]
    Agreement.agrees(r, "traffic", "response-p99"); // the service time's own 99th percentile
  }

  @Test
  void leastConnectionsWithNoQueueIsOneErlangBSystem() {
    // 3 servers of 2 workers, uniform service of mean 1, a = 4.5: Erlang B on 6 workers.
    double blocking = erlangBBySum(6, 4.5);
    Traffic traffic = Traffic.poisson(4.5, new Uniform(0.5, 1.5), "app").withWorkers(2)
        .withQueue(0).withBalancer(BalancerSpec.named("least-connections"));
    ExperimentResult r = Experiment.run(servers(3, traffic, 50_000, 100, 40), 2);
    assertEquals(blocking, r.metric("traffic", "drop-ratio").analytic(), 1e-12);
    Agreement.agrees(r, "traffic", "drop-ratio");
    Agreement.agrees(r, "traffic", "utilization");
  }

  /** Erlang B from its definition: (a^c/c!) / Σ_{k ≤ c} a^k/k!. */
  private static double erlangBBySum(int c, double a) {
    double term = 1;
    double sum = 1;
    for (int k = 1; k <= c; k++) {
      term *= a / k;
      sum += term;
    }
    return term / sum;
  }
}
