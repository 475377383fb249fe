package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which queueing formula applies to which traffic, and the round-robin E_n/M/1 closed form. */
class TrafficAnalyticsTest {

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
    assertTrue(TrafficAnalytics.of(poisson(3, "random"), 4, false).responseTime().formula()
        .contains("random split"));
    assertTrue(TrafficAnalytics.of(poisson(3, "round-robin"), 4, false).responseTime().formula()
        .contains("E_n/M/1"));
    assertTrue(TrafficAnalytics.of(poisson(90, "power-of-two"), 100, false).responseTime()
        .formula().contains("supermarket"));
    Analytic fewServers = TrafficAnalytics.of(poisson(3, "power-of-two"), 4, false).responseTime();
    assertFalse(fewServers.hasValue());
    assertTrue(fewServers.formula().contains("many servers"));
    Analytic jsq = TrafficAnalytics.of(poisson(3, "least-connections"), 4, false).responseTime();
    assertNull(jsq.value());
    assertTrue(jsq.formula().contains("least-connections"));
    // Utilization holds for every balancer with unbounded queues.
    assertEquals(0.75, TrafficAnalytics.of(poisson(3, "least-connections"), 4, false)
        .utilization().value(), 1e-12);
  }

  @Test
  void brokenAssumptionsSaySo() {
    assertEquals("no formula: the servers fail (queueing formulas assume they never do)",
        TrafficAnalytics.of(poisson(3, "random"), 4, true).responseTime().formula());
    assertTrue(TrafficAnalytics.of(poisson(3, "random").withTimeout(1), 4, false).responseTime()
        .formula().contains("time out"));
    Traffic daily = poisson(3, "random").withArrivals(new Arrivals.Schedule(List.of(
        new Arrivals.Schedule.Step(0, 1), new Arrivals.Schedule.Step(10, 2)), 20));
    assertTrue(TrafficAnalytics.of(daily, 4, false).utilization().formula().contains("schedule"));
    Traffic fixedWork = Traffic.poisson(0.5, new Deterministic(1), "app");
    TrafficAnalytics md1 = TrafficAnalytics.of(fixedWork, 1, false);
    assertFalse(md1.responseTime().hasValue());
    assertEquals(0.5, md1.utilization().value(), 1e-12); // any service distribution
    assertFalse(TrafficAnalytics.of(poisson(5, "random"), 4, false).responseTime().hasValue());
  }

  @Test
  void boundedQueuesBehindARandomSplitAreMmck() {
    TrafficAnalytics a = TrafficAnalytics.of(poisson(1.8, "random").withQueue(2), 2, false);
    double blocking = Queueing.mmckBlocking(1, 3, 0.9, 1).value();
    assertEquals(blocking, a.dropRatio().value(), 1e-15);
    assertEquals(1 - blocking, a.successRatio().value(), 1e-15);
    assertEquals(1.8 * (1 - blocking), a.throughput().value(), 1e-12);
    assertFalse(TrafficAnalytics.of(poisson(1.8, "round-robin").withQueue(2), 2, false)
        .dropRatio().hasValue());
  }

  @Test
  void consistentHashingMovesOneNthOfTheKeys() {
    assertEquals(0.25, TrafficAnalytics.of(poisson(3, "consistent-hash"), 4, false).keysMoved()
        .value(), 1e-15);
    assertFalse(TrafficAnalytics.of(poisson(3, "ip-hash"), 4, false).keysMoved().hasValue());
  }
}
