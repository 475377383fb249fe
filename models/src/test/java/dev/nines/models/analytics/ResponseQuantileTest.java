package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nines.models.distributions.Exponential;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import org.junit.jupiter.api.Test;

/** The analytic response time at any quantile level, and the percentiles drawn from it. */
class ResponseQuantileTest {

  private static Traffic poisson(double lambda, String balancer) {
    return Traffic.poisson(lambda, new Exponential(1), "app")
        .withBalancer(BalancerSpec.named(balancer));
  }

  @Test
  void thePercentilesAreQuantilesAtTheirLevels() {
    for (String balancer : new String[] {"random", "round-robin"}) {
      TrafficAnalytics a = TrafficAnalyticsTest.checked(poisson(3, balancer), 4, false);
      Analytic[] percentiles = a.responsePercentiles();
      assertEquals(percentiles[0], a.responseQuantile(0.5), balancer);
      assertEquals(percentiles[1], a.responseQuantile(0.95), balancer);
      assertEquals(percentiles[2], a.responseQuantile(0.99), balancer);
      assertEquals(percentiles[3], a.responseQuantile(0.999), balancer);
    }
  }

  @Test
  void oneServerIsMm1AtEveryLevel() {
    double lambda = 0.7;
    double mu = 1;
    TrafficAnalytics a = TrafficAnalyticsTest.checked(poisson(lambda, "round-robin"), 1, false);
    for (double q : new double[] {0, 0.25, 0.5, 0.9, 0.99, 0.999}) {
      assertEquals(-Math.log(1 - q) / (mu - lambda), a.responseQuantile(q).value(), 1e-12);
    }
    TrafficAnalytics random = TrafficAnalyticsTest.checked(poisson(lambda, "random"), 1, false);
    assertEquals(a.responseQuantile(0.37), random.responseQuantile(0.37));
  }

  @Test
  void noFormulaGivesTheSameReasonAtEveryLevel() {
    TrafficAnalytics failing = TrafficAnalyticsTest.checked(poisson(3, "random"), 4, true);
    assertEquals(failing.responsePercentiles()[0], failing.responseQuantile(0.42));
    assertFalse(failing.responseQuantile(0.42).hasValue());
    TrafficAnalytics jsq = TrafficAnalyticsTest.checked(poisson(3, "least-connections"), 4, false);
    assertEquals(jsq.responsePercentiles()[2], jsq.responseQuantile(0.7));
    TrafficAnalytics mmc = TrafficAnalyticsTest.checked(poisson(3, "random").withWorkers(2), 4, false);
    assertEquals(mmc.responsePercentiles()[1], mmc.responseQuantile(0.8));
    assertFalse(mmc.responseQuantile(0.8).hasValue());
    assertThrows(IllegalArgumentException.class, () -> jsq.responseQuantile(1));
  }
}
