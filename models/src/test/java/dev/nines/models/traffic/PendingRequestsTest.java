package dev.nines.models.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests still waiting or in service at the horizon: counted as pending, and in the success
 * ratio's denominator as not served. The window's arrivals are counted here independently, from the
 * arrival stream itself.
 */
class PendingRequestsTest {

  /** One M/M/1 server that never fails, with Poisson λ and exponential service of rate μ. */
  private static TrafficObservation mm1(double lambda, double mu, long seed, int replication,
      double warmup, double horizon) {
    var model = new SystemModel(List.of(new ComponentGroup("app", 1, null, null)),
        new Structure.Group("app"));
    RandomStreams streams = new RandomStreams(seed, replication);
    var system = new AvailabilitySimulation(model, streams, warmup);
    var traffic = new TrafficSimulation(system,
        Traffic.poisson(lambda, new Exponential(1 / mu), "app"), streams, warmup);
    system.run(horizon);
    return traffic.finish(horizon);
  }

  /** The arrivals in [warm-up, horizon] of the replication's own arrival stream, counted here. */
  private static long arrivals(double lambda, long seed, int replication, double warmup,
      double horizon) {
    var clock = new ArrivalClock(new Arrivals.Poisson(lambda),
        new RandomStreams(seed, replication).stream("traffic/arrivals"));
    long count = 0;
    for (double t = clock.next(0); t <= horizon; t = clock.next(t)) {
      if (t >= warmup) {
        count++;
      }
    }
    return count;
  }

  /**
   * λ = 2, μ = 1, no queue limit, from empty: the server is busy from the first arrival on (a walk
   * with drift λ − μ rarely comes back to 0), so by T it served about μT of the λT arrivals and the
   * rest wait: success μ/λ with standard deviation (1/λ)·√(μ/T + μ²/(λT)) (the served count varies
   * as a Poisson count of μT, the arrivals as one of λT), pending (λ − μ)T with √((λ + μ)T).
   * Before requests pending at the horizon were counted, this run showed a success ratio of 1.
   */
  @Test
  void anOverloadedQueueServesAboutMuOverLambdaOfItsRequests() {
    double lambda = 2;
    double mu = 1;
    double horizon = 200_000;
    TrafficObservation seen = mm1(lambda, mu, 5, 0, 0, horizon);
    long arrived = arrivals(lambda, 5, 0, 0, horizon);
    assertEquals(arrived, seen.arrivals());
    assertEquals(arrived, seen.requests() + seen.pending());
    assertEquals(seen.served(), seen.requests(), "nothing is dropped, times out or is lost");
    assertEquals((double) seen.served() / arrived, seen.successRatio(), 0);
    assertEquals(0, seen.dropRatio());
    double sd = Math.sqrt(mu / horizon + mu * mu / (lambda * horizon)) / lambda;
    assertEquals(mu / lambda, seen.successRatio(), 5 * sd);
    assertEquals((lambda - mu) * horizon, seen.pending(), 5 * Math.sqrt((lambda + mu) * horizon));
    // The buckets hold the settled requests by arrival: the backlog, the late arrivals, is in none.
    assertEquals(seen.requests(), sum(seen.requestsByBucket()));
    double[] byBucket = seen.successRatioByBucket();
    assertEquals(1, byBucket[0]);
    assertTrue(Double.isNaN(byBucket[TrafficObservation.BUCKETS - 1]), "none settled at the end");
  }

  /**
   * λ = 0.5, μ = 1: at the horizon the queue holds N requests, P(N ≥ k) = ρ^k, mean ρ/(1 − ρ) = 1.
   * Over 200 short replications each holds at most a few (none of 25 or more: probability
   * 200·0.5^25 = 6e-6), their mean is 1 to within four standard errors (√ρ/(1 − ρ)/√200), and
   * every settled request was served, so the success ratio is 1 − pending/arrivals.
   */
  @Test
  void aStableQueueLeavesOnlyTheRequestsInFlightPending() {
    double lambda = 0.5;
    double rho = lambda;
    int replications = 200;
    double pending = 0;
    for (int r = 0; r < replications; r++) {
      TrafficObservation seen = mm1(lambda, 1, 9, r, 100, 2_100);
      assertEquals(arrivals(lambda, 9, r, 100, 2_100), seen.arrivals());
      assertTrue(seen.pending() < 25, "pending " + seen.pending());
      assertEquals(seen.served(), seen.requests());
      assertEquals(1 - (double) seen.pending() / seen.arrivals(), seen.successRatio(), 1e-15);
      pending += seen.pending();
    }
    double mean = rho / (1 - rho);
    assertEquals(mean, pending / replications, 4 * Math.sqrt(rho) / (1 - rho)
        / Math.sqrt(replications));
  }

  private static long sum(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }
}
