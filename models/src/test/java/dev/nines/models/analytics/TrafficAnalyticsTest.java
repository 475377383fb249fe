package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Traffic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which queueing formula applies to which traffic, and the round-robin E_n/M/1 closed form. */
class TrafficAnalyticsTest {

  /**
   * The formulas for {@code traffic} on {@code n} servers named app, which fail (exponential, mean
   * 100 s, repairs 1 s) or never do, checked as a scenario's are: through its facts.
   */
  static TrafficAnalytics checked(Traffic traffic, int n, boolean serversFail) {
    ComponentGroup app = serversFail
        ? new ComponentGroup("app", n, new Exponential(100), new Exponential(1))
        : new ComponentGroup("app", n, null, null);
    SystemModel model = new SystemModel(List.of(app), new Structure.AtLeastOfGroup(1, "app"));
    return TrafficAnalytics.of(traffic, ScenarioFacts.of(model, List.of(), traffic));
  }

  private static Traffic poisson(double lambda, String balancer) {
    return Traffic.poisson(lambda, new Exponential(1), "app")
        .withBalancer(BalancerSpec.named(balancer));
  }

  @Test
  void roundRobinOnOneServerIsMm1() {
    assertEquals(Queueing.mm1MeanResponse(0.7, 1).value(),
        Queueing.roundRobinMeanResponse(1, 0.7, 1).value(), 1e-12);
    assertEquals(Queueing.mm1ResponseQuantile(0.7, 1, 0.99).value(),
        Queueing.roundRobinResponseQuantile(1, 0.7, 1, 0.99).value(), 1e-9);
  }

  @Test
  void roundRobinBeatsARandomSplitAndTheSigmaSolvesItsEquation() {
    double rr = Queueing.roundRobinMeanResponse(4, 3.2, 1).value();
    assertTrue(rr < Queueing.randomSplitMeanResponse(4, 3.2, 1).value());
    double sigma = 1 - 1 / rr; // W = 1/(μ(1−σ)) with μ = 1
    assertEquals(Math.pow(3.2 / (3.2 + (1 - sigma)), 4), sigma, 1e-12);
    assertFalse(Queueing.roundRobinMeanResponse(4, 4, 1).hasValue());
  }

  @Test
  void eachBalancerGetsItsFormulaOrAReason() {
    assertTrue(TrafficAnalyticsTest.checked(poisson(3, "random"), 4, false).responseTime().formula()
        .contains("random split"));
    assertTrue(TrafficAnalyticsTest.checked(poisson(3, "round-robin"), 4, false).responseTime().formula()
        .contains("E_n/M/1"));
    assertTrue(TrafficAnalyticsTest.checked(poisson(90, "power-of-two"), 100, false).responseTime()
        .formula().contains("supermarket"));
    Analytic fewServers = TrafficAnalyticsTest.checked(poisson(3, "power-of-two"), 4, false).responseTime();
    assertFalse(fewServers.hasValue());
    assertTrue(fewServers.formula().contains("many servers"));
    Analytic jsq = TrafficAnalyticsTest.checked(poisson(3, "least-connections"), 4, false).responseTime();
    assertNull(jsq.value());
    assertTrue(jsq.formula().contains("least-connections"));
    // Utilization holds for every balancer with unbounded queues.
    assertEquals(0.75, TrafficAnalyticsTest.checked(poisson(3, "least-connections"), 4, false)
        .utilization().value(), 1e-12);
  }

  @Test
  void brokenAssumptionsSaySo() {
    assertEquals("no formula: the servers fail (queueing formulas assume they never do)",
        TrafficAnalyticsTest.checked(poisson(3, "random"), 4, true).responseTime().formula());
    assertTrue(TrafficAnalyticsTest.checked(poisson(3, "random").withTimeout(1), 4, false).responseTime()
        .formula().contains("time out"));
    Traffic daily = poisson(3, "random").withArrivals(new Arrivals.Schedule(List.of(
        new Arrivals.Schedule.Step(0, 1), new Arrivals.Schedule.Step(10, 2)), 20));
    assertTrue(TrafficAnalyticsTest.checked(daily, 4, false).utilization().formula().contains("schedule"));
    Traffic fixedWork = Traffic.poisson(0.5, new Deterministic(1), "app").withWorkers(2);
    TrafficAnalytics md2 = TrafficAnalyticsTest.checked(fixedWork, 1, false);
    assertFalse(md2.responseTime().hasValue());
    assertTrue(md2.responseTime().formula().contains("M/G/c"), md2.responseTime().formula());
    assertEquals(0.25, md2.utilization().value(), 1e-12); // any service distribution
    assertFalse(TrafficAnalyticsTest.checked(poisson(5, "random"), 4, false).responseTime().hasValue());
  }

  @Test
  void boundedQueuesBehindARandomSplitAreMmck() {
    TrafficAnalytics a = TrafficAnalyticsTest.checked(poisson(1.8, "random").withQueue(2), 2, false);
    double blocking = Queueing.mmckBlocking(1, 3, 0.9, 1).value();
    assertEquals(blocking, a.dropRatio().value(), 1e-15);
    assertEquals(1 - blocking, a.successRatio().value(), 1e-15);
    assertEquals(1.8 * (1 - blocking), a.throughput().value(), 1e-12);
    assertFalse(TrafficAnalyticsTest.checked(poisson(1.8, "round-robin").withQueue(2), 2, false)
        .dropRatio().hasValue());
  }

  @Test
  void consistentHashingMovesOneNthOfTheKeys() {
    assertEquals(0.25, TrafficAnalyticsTest.checked(poisson(3, "consistent-hash"), 4, false).keysMoved()
        .value(), 1e-15);
    assertFalse(TrafficAnalyticsTest.checked(poisson(3, "ip-hash"), 4, false).keysMoved().hasValue());
  }

  @Test
  void md1OnOneServerIsPollaczekKhinchine() {
    // E[S] = 10 ms at ρ = 0.8 (λ = 80/s): W_q = ρE[S]/(2(1−ρ)) = 20 ms, W = 30 ms, L_q = λW_q = 1.6.
    TrafficAnalytics a = TrafficAnalyticsTest.checked(
        Traffic.poisson(80, new Deterministic(0.010), "app"), 1, false);
    assertEquals(0.030, a.responseTime().value(), 1e-12);
    assertEquals(1.6, a.queueLength().value(), 1e-12);
    assertEquals(0.8, a.utilization().value(), 1e-12);
    assertEquals(0, a.dropRatio().value());
    assertTrue(a.responseTime().formula().startsWith("M/D/1 Pollaczek-Khinchine"));
    Analytic p99 = a.responsePercentiles()[2];
    assertFalse(p99.hasValue());
    assertTrue(p99.formula().contains("percentiles of M/G/1"), p99.formula());
  }

  @Test
  void mg1PerServerBehindARandomSplitAndMm1StaysForExponentialService() {
    // Uniform [0, 2] on 4 servers at λ = 2.4: λ/n = 0.6, E[S²] = 4/3, W_q = 0.6·(4/3)/0.8 = 1.
    TrafficAnalytics a = TrafficAnalyticsTest.checked(Traffic.poisson(2.4, new Uniform(0, 2), "app")
        .withBalancer(BalancerSpec.named("random")), 4, false);
    assertEquals(2, a.responseTime().value(), 1e-12);
    assertEquals(0.6, a.queueLength().value(), 1e-12);
    assertTrue(a.responseTime().formula().startsWith("random split at λ/n, M/G/1"));
    TrafficAnalytics mm1 = TrafficAnalyticsTest.checked(Traffic.poisson(0.9, new Exponential(1), "app"),
        1, false);
    assertTrue(mm1.responseTime().formula().startsWith("M/M/c"), mm1.responseTime().formula());
    assertEquals(Queueing.mg1MeanResponse(0.9, new Exponential(1)).value(),
        mm1.responseTime().value(), 1e-11);
    assertTrue(mm1.responsePercentiles()[2].hasValue());
    // Round-robin does not give each server Poisson arrivals: no M/G/1.
    assertFalse(TrafficAnalyticsTest.checked(Traffic.poisson(2.4, new Uniform(0, 2), "app"), 4, false)
        .responseTime().hasValue());
  }

  @Test
  void noQueueIsErlangBForAnyServiceLaw() {
    // One server of 3 workers, a = λE[S] = 20·0.1 = 2: B = (a³/3!)/Σ_{k≤3} a^k/k! = 4/19.
    double b = (8.0 / 6) / (1 + 2 + 2 + 8.0 / 6);
    Lognormal service = new Lognormal(0.1, 0.3);
    TrafficAnalytics a = TrafficAnalyticsTest.checked(Traffic.poisson(20, service, "app").withWorkers(3)
        .withQueue(0), 1, false);
    assertEquals(b, a.dropRatio().value(), 1e-12);
    assertEquals(20 * (1 - b), a.throughput().value(), 1e-12);
    assertEquals(2 * (1 - b) / 3, a.utilization().value(), 1e-12);
    assertTrue(a.dropRatio().formula().contains("Erlang B"), a.dropRatio().formula());
    assertEquals(0.1, a.responseTime().value(), 1e-15); // an admitted request never waits
    assertEquals(service.quantile(0.99), a.responsePercentiles()[2].value(), 1e-15);
    assertEquals(0, a.queueLength().value());
    // Random split on 2 servers of 3 workers at λ = 40: each is the system above.
    assertEquals(b, TrafficAnalyticsTest.checked(Traffic.poisson(40, service, "app").withWorkers(3)
        .withQueue(0).withBalancer(BalancerSpec.named("random")), 2, false)
        .dropRatio().value(), 1e-12);
  }

  @Test
  void leastConnectionsWithNoQueueIsOneLossSystemAndOtherBalancersHaveNone() {
    // 2 servers of 2 workers, λ = 30, E[S] = 0.1: a = 3 on 4 workers, B = (81/24)/Σ_{k≤4} 3^k/k!.
    double b = (81.0 / 24) / (1 + 3 + 4.5 + 4.5 + 81.0 / 24);
    Traffic traffic = Traffic.poisson(30, new Uniform(0.05, 0.15), "app").withWorkers(2)
        .withQueue(0);
    Analytic drop = TrafficAnalyticsTest.checked(traffic.withBalancer(BalancerSpec.named(
        "least-connections")), 2, false).dropRatio();
    assertEquals(b, drop.value(), 1e-12);
    assertTrue(drop.formula().startsWith("least-connections, no queue"), drop.formula());
    for (String balancer : List.of("round-robin", "power-of-two", "ip-hash")) {
      Analytic none = TrafficAnalyticsTest.checked(traffic.withBalancer(BalancerSpec.named(balancer)), 2,
          false).dropRatio();
      assertFalse(none.hasValue(), balancer);
      assertTrue(none.formula().contains("Erlang B needs"), none.formula());
    }
  }

  @Test
  void theNewFormulasGiveWayWhereTheirAssumptionsFail() {
    Traffic md1 = Traffic.poisson(80, new Deterministic(0.010), "app");
    Traffic loss = Traffic.poisson(20, new Deterministic(0.1), "app").withWorkers(3).withQueue(0);
    for (Traffic t : List.of(md1, loss)) {
      assertTrue(TrafficAnalyticsTest.checked(t, 1, true).responseTime().formula().contains("servers fail"));
      assertTrue(TrafficAnalyticsTest.checked(t.withTimeout(1), 1, false).dropRatio().formula()
          .contains("time out"));
      Traffic daily = t.withArrivals(new Arrivals.Schedule(List.of(
          new Arrivals.Schedule.Step(0, 1), new Arrivals.Schedule.Step(10, 2)), 20));
      assertTrue(TrafficAnalyticsTest.checked(daily, 1, false).responseTime().formula()
          .contains("schedule"));
    }
    assertTrue(TrafficAnalyticsTest.checked(loss.withRetries(2), 1, false).dropRatio().formula()
        .contains("retried"));
    // A queue bound other than 0 with service times that are not exponential: M/G/1/K, no value.
    Analytic bounded = TrafficAnalyticsTest.checked(md1.withQueue(5), 1, false).dropRatio();
    assertFalse(bounded.hasValue());
    assertTrue(bounded.formula().contains("M/G/c/K"), bounded.formula());
    assertFalse(TrafficAnalyticsTest.checked(md1.withQueue(5), 1, false).responseTime().hasValue());
  }
}
