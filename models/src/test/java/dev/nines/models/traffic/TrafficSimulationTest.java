package dev.nines.models.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.HdrHistogram.DoubleHistogram;
import org.junit.jupiter.api.Test;

/**
 * The traffic's response-time histogram and quantiles, and its success ratio by arrival time.
 */
class TrafficSimulationTest {

  /** One server that never fails on its own, with traffic on it, run over [warm-up, horizon]. */
  private static TrafficObservation run(Traffic traffic, double warmup, double horizon,
      Fault... faults) {
    return run(0, traffic, warmup, horizon, faults);
  }

  /** As {@link #run(Traffic, double, double, Fault...)}, as replication {@code replication}. */
  private static TrafficObservation run(int replication, Traffic traffic, double warmup,
      double horizon, Fault... faults) {
    var model = new SystemModel(List.of(new ComponentGroup("app", 1, null, null)),
        new Structure.Group("app"));
    RandomStreams streams = new RandomStreams(11, replication);
    var system = new AvailabilitySimulation(model, streams, warmup);
    for (Fault fault : faults) {
      system.inject(fault);
    }
    var simulation = new TrafficSimulation(system, traffic, streams, warmup);
    system.run(horizon);
    return simulation.finish(horizon);
  }

  @Test
  void theBucketsSeeAnOutageOfTheOnlyServer() {
    // 100 workers for 10 requests/s of 10 ms each: nothing waits, nothing times out while up.
    // Warm-up 100 s, horizon 1300 s: buckets of 10 s; the fault holds the server down [400, 600).
    Traffic traffic = Traffic.poisson(10, new Deterministic(0.01), "app").withWorkers(100)
        .withTimeout(1);
    TrafficObservation seen = run(traffic, 100, 1300, new Fault(400, "app", 0, 200));
    assertEquals(10, seen.bucketWidth());
    assertEquals(TrafficObservation.BUCKETS, seen.requestsByBucket().length);
    assertEquals(seen.requests(), sum(seen.requestsByBucket()));
    assertEquals(seen.served(), sum(seen.servedByBucket()));
    assertEquals(300, seen.bucketStart(30));
    double[] ratios = seen.successRatioByBucket();
    for (int b = 0; b < TrafficObservation.BUCKETS; b++) {
      assertTrue(seen.requestsByBucket()[b] > 0, "no request in bucket " + b);
      if (b >= 30 && b < 50) {
        assertEquals(0, ratios[b], "bucket " + b + " lies within the outage");
      } else if (b < 29 || b > 50) {
        assertEquals(1, ratios[b], "bucket " + b + " lies away from the outage");
      }
    }
  }

  @Test
  void theQuantilesComeFromTheHistogramOfThePercentiles() {
    Traffic traffic = Traffic.poisson(0.7, new Exponential(1), "app");
    TrafficObservation seen = run(traffic, 100, 20_000);
    double[] quantiles = seen.responseQuantiles();
    assertEquals(TrafficObservation.QUANTILE_LEVELS.length, quantiles.length);
    assertEquals(0.5, TrafficObservation.QUANTILE_LEVELS[50]);
    assertEquals(seen.responsePercentiles()[0], quantiles[50]);
    assertEquals(seen.responsePercentiles()[3], quantiles[101]);
    for (int i = 1; i < quantiles.length; i++) {
      assertTrue(quantiles[i] >= quantiles[i - 1], "quantiles decrease at level "
          + TrafficObservation.QUANTILE_LEVELS[i]);
    }
    // M/M/1 at load 0.7: the response time is exponential with rate μ − λ = 0.3.
    assertEquals(-Math.log(0.1) / 0.3, quantiles[90], 0.1 * -Math.log(0.1) / 0.3);
    assertEquals(seen.requests(), sum(seen.requestsByBucket()));
    assertEquals(seen.served(), sum(seen.servedByBucket()));
  }

  @Test
  void withNothingServedTheQuantilesAreNaN() {
    Traffic traffic = Traffic.poisson(1, new Deterministic(0.01), "app");
    TrafficObservation seen = run(traffic, 0, 100, new Fault(0, "app", 0, 200));
    assertTrue(seen.requests() > 0);
    assertEquals(0, seen.served());
    for (double q : seen.responseQuantiles()) {
      assertEquals(Double.NaN, q);
    }
    double[] ratios = seen.successRatioByBucket();
    for (int b = 0; b < ratios.length; b++) {
      assertEquals(seen.requestsByBucket()[b] == 0 ? Double.NaN : 0, ratios[b]);
    }
  }

  @Test
  void theHistogramTravelsWithTheObservationAndPoolsInOrder() throws Exception {
    Traffic traffic = Traffic.poisson(0.7, new Exponential(1), "app");
    TrafficObservation first = run(0, traffic, 100, 20_000);
    TrafficObservation second = run(1, traffic, 100, 20_000);
    // Through Java serialization, as from a Spark task: the histogram comes back whole.
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(first);
    }
    TrafficObservation back;
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (TrafficObservation) in.readObject();
    }
    DoubleHistogram decoded = back.responses();
    assertEquals(first.served(), decoded.getTotalCount());
    for (int p = 0; p < TrafficObservation.PERCENTILE_LEVELS.length; p++) {
      assertEquals(first.responsePercentiles()[p],
          TrafficObservation.quantile(decoded, TrafficObservation.PERCENTILE_LEVELS[p]));
    }
    assertEquals(first.responseTotal() / first.served(), back.responseMean(), 0);
    assertEquals(first.pending(), back.pending());
    assertEquals(first.arrivals(), back.arrivals());

    DoubleHistogram pooled = TrafficObservation.pooledResponses(List.of(first, second));
    assertEquals(first.served() + second.served(), pooled.getTotalCount());
    // A quantile of a mixture lies between the parts' own (to the histogram's 0.1 %).
    for (int p = 0; p < TrafficObservation.PERCENTILE_LEVELS.length; p++) {
      double a = first.responsePercentiles()[p];
      double b = second.responsePercentiles()[p];
      double q = TrafficObservation.quantile(pooled, TrafficObservation.PERCENTILE_LEVELS[p]);
      assertTrue(q >= Math.min(a, b) * 0.999 && q <= Math.max(a, b) * 1.001,
          q + " not between " + a + " and " + b);
    }
    // M/M/1 at load 0.7: the median response time is ln 2 / (μ − λ) = ln 2 / 0.3.
    double median = TrafficObservation.quantile(pooled, 0.5);
    assertEquals(Math.log(2) / 0.3, median, 0.05 * Math.log(2) / 0.3);
    assertEquals(pooled.getTotalCount(), TrafficObservation.pooledResponses(
        List.of(first, second)).getTotalCount());
  }

  @Test
  void theRequestsAtOrBelowAQuantileAreAtLeastItsShare() {
    TrafficObservation seen = run(Traffic.poisson(0.7, new Exponential(1), "app"), 100, 20_000);
    DoubleHistogram histogram = seen.responses();
    double[] levels = TrafficObservation.PERCENTILE_LEVELS;
    double[] at = new double[levels.length];
    double[] justBelow = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      at[i] = TrafficObservation.quantile(histogram, levels[i]);
      justBelow[i] = histogram.lowestEquivalentValue(at[i]) * (1 - 1e-9);
    }
    long[] counts = seen.servedAtOrBelow(at);
    long[] fewer = seen.servedAtOrBelow(justBelow);
    for (int i = 0; i < levels.length; i++) {
      // The ⌈p·N⌉-th smallest lies in the quantile's bucket: counted up to its end, not before.
      long rank = (long) Math.ceil(levels[i] * seen.served());
      assertTrue(counts[i] >= rank && fewer[i] < rank, levels[i] + ": " + counts[i] + ", "
          + fewer[i] + " against " + rank);
    }
    assertEquals(seen.served(), seen.servedAtOrBelow(new double[] {1e9})[0]);
    assertEquals(0, seen.servedAtOrBelow(new double[] {0})[0]);
  }

  @Test
  void aHistogramQuantileIsTheBucketOfTheOrderStatistic() {
    // Values 1, 2, ..., 1000 (ms): the ⌈q·N⌉-th is q·1000 ms, and the bucket's upper end lies
    // within 0.1 % above it.
    DoubleHistogram histogram = new DoubleHistogram(TrafficObservation.DIGITS);
    for (int i = 1; i <= 1000; i++) {
      histogram.recordValue(i / 1000.0);
    }
    for (double q : new double[] {0.07, 0.5, 0.95, 0.99, 0.999}) {
      double exact = Math.ceil(q * 1000 - 1e-9) / 1000;
      double seen = TrafficObservation.quantile(histogram, q);
      assertTrue(seen >= exact && seen <= exact * 1.001, q + ": " + seen + " for " + exact);
    }
    assertEquals(Double.NaN, TrafficObservation.quantile(
        new DoubleHistogram(TrafficObservation.DIGITS), 0.5));
  }

  private static long sum(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }

  @Test
  void noRequestArrivesAfterTheHorizon() {
    // 100 requests/s on a server that fails about every 10 min: followed past a horizon of 60 s to
    // its first failure, the run fires only the failure and the requests still in flight, not the
    // tens of thousands of arrivals of the minutes it is followed.
    var model = new SystemModel(List.of(new ComponentGroup("app", 1,
        new Exponential(600), new Exponential(60))), new Structure.Group("app"));
    RandomStreams streams = new RandomStreams(5, 0);
    var system = new AvailabilitySimulation(model, streams, 0);
    var traffic = new TrafficSimulation(system,
        Traffic.poisson(100, new Deterministic(0.001), "app").withWorkers(10), streams, 0);
    system.run(60);
    TrafficObservation seen = traffic.finish(60);
    long atHorizon = system.simulation().eventsFired();
    var followed = system.followUp().get(0);
    assertTrue(seen.requests() > 5000, "requests " + seen.requests());
    assertTrue(followed.failed() && followed.firstFailure() > 60, followed.toString());
    assertTrue(system.simulation().eventsFired() - atHorizon < 10,
        "followed with " + (system.simulation().eventsFired() - atHorizon) + " events");
  }
}
