package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.distributions.Exponential;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Traffic;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.stats.Tally;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Balancers compared on common random numbers: orderings, and why pairing pays. */
class ComparisonTest {

  private static List<BalancerSpec> named(String... names) {
    return java.util.Arrays.stream(names).map(BalancerSpec::named).toList();
  }

  /** Ten servers at 90 % load, one worker each, exponential work of mean 1 s. */
  private static Scenario tenServers(double horizon, int replications) {
    Traffic traffic = Traffic.poisson(10 * 0.9, new Exponential(1), "app");
    return TrafficAgreementTest.servers(10, traffic, horizon, 200, replications);
  }

  @Test
  void atHighLoadMeanResponseOrdersRandomRoundRobinPowerOfTwoLeastConnections() {
    Comparison.Result r = Comparison.run(tenServers(5_000, 20),
        named("random", "round-robin", "power-of-two", "least-connections"), List.of(), 2);
    assertEquals(4, r.variants().size());
    double previous = Double.POSITIVE_INFINITY;
    for (Comparison.Variant v : r.variants()) {
      MetricResult m = find(v.metrics(), "response-time");
      assertTrue(m.high() < previous, () -> v.balancer() + " is not better than the one before: "
          + m);
      previous = m.low();
      assertEquals(0.9, v.load(), 1e-12);
    }
    for (Comparison.Variant v : r.variants().subList(1, 4)) {
      MetricResult d = find(v.differences(), "response-time");
      assertTrue(d.high() < 0, () -> v.balancer() + " against random: " + d);
    }
  }

  @Test
  void loadsScaleTheArrivalRate() {
    Comparison.Result r = Comparison.run(tenServers(500, 4), named("random", "round-robin"),
        List.of(0.5, 0.8), 2);
    assertEquals(List.of(0.5, 0.5, 0.8, 0.8), r.variants().stream().map(v -> v.load()).toList());
    assertEquals(0.8 * 10, r.variants().get(2).arrivalRate(), 1e-9);
    assertEquals(List.of(), r.variants().get(2).differences());
    assertEquals(find(r.variants().get(3).metrics(), "utilization").analytic(), 0.8, 1e-12);
  }

  /**
   * Common random numbers: the paired interval of the difference between two balancers is far
   * narrower than the interval from two independent runs (different seeds) of the same length. Two
   * strategies that both pool the load feel the same bursts of arrivals and work, so the bursts
   * cancel in their difference.
   */
  @Test
  void commonRandomNumbersMakeDifferencesTighterThanIndependentRuns() {
    Scenario scenario = tenServers(2_000, 20);
    Comparison.Result paired = Comparison.run(scenario,
        named("power-of-two", "least-connections"), List.of(), 2);
    MetricResult difference = find(paired.variants().get(1).differences(), "response-time");
    double pairedHalfWidth = (difference.high() - difference.low()) / 2;

    // The same two strategies, each on its own random numbers.
    Scenario other = new Scenario(scenario.name(), "", scenario.seed() + 1, scenario.horizon(),
        scenario.warmup(), scenario.replications(), scenario.confidence(), scenario.system(),
        scenario.traffic(), List.of(), "test");
    Tally a = responses(scenario.withTraffic(
        scenario.traffic().withBalancer(BalancerSpec.named("power-of-two"))));
    Tally b = responses(other.withTraffic(
        other.traffic().withBalancer(BalancerSpec.named("least-connections"))));
    double standardError = Math.sqrt(a.variance() / a.count() + b.variance() / b.count());
    double t = new TDistribution(a.count() + b.count() - 2)
        .inverseCumulativeProbability(0.5 + scenario.confidence() / 2);
    double independentHalfWidth = t * standardError;
    assertTrue(pairedHalfWidth < independentHalfWidth / 2, () -> "paired " + pairedHalfWidth
        + " against independent " + independentHalfWidth);
  }

  @Test
  void refusesAScenarioWithoutTraffic() {
    Scenario none = Systems.scenario(1, 1, 2, 0.95, new dev.nines.models.structure.Structure
        .Group("a"), Systems.exponential("a", 1, 100, 1));
    assertThrows(IllegalArgumentException.class,
        () -> Comparison.run(none, named("random"), List.of(), 1));
  }

  private static Tally responses(Scenario scenario) {
    List<TrafficObservation> runs = Replications.run(scenario.replications(), 2,
        i -> Experiment.replicate(scenario, i).traffic());
    Tally tally = new Tally();
    runs.forEach(o -> tally.add(o.responseMean()));
    return tally;
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
