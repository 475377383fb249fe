package dev.nines.models.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each server's share of the arrivals against the balancers themselves, counted here key by key or
 * choice by choice, and against a simulation's per-server utilization share·λ·E[S]/c.
 */
class ServerSharesTest {

  private static final Traffic BASE = Traffic.poisson(180, new Exponential(0.01), "app");

  private static BalancerSpec weighted(Double... weights) {
    return new BalancerSpec("weighted-round-robin", 2, List.of(weights),
        BalancerSpec.DEFAULT_VIRTUAL_NODES);
  }

  @Test
  void weightedTenToOneGivesTenEleventhsAndOneEleventh() {
    double[] shares = ServerShares.of(BASE.withBalancer(weighted(10.0, 1.0)), 2,
        new RandomStreams(1, 0));
    assertEquals(10.0 / 11, shares[0], 1e-15);
    assertEquals(1.0 / 11, shares[1], 1e-15);
    // The case: 180/s × 10 ms on server 0 is 180·(10/11)·0.01 = 1.64 of its capacity.
    assertEquals(1.636, shares[0] * 180 * 0.01, 1e-3);
  }

  @Test
  void smoothWeightedRoundRobinGivesEachServerItsWeightInTheLongRun() {
    // Integer weights: exactly w_i of every Σw = 11 choices. Unequal real weights: within n - 1
    // picks of m·w_i/W after any m choices.
    Balancer tenToOne = Balancers.create(weighted(10.0, 1.0), 2, null);
    int[] picks = new int[2];
    for (int m = 0; m < 11_000; m++) {
      picks[tenToOne.choose(0, FixedPool.all(2))]++;
    }
    assertArrayEquals(new int[] {10_000, 1_000}, picks);

    BalancerSpec real = new BalancerSpec("weighted-round-robin", 2, List.of(0.3, 1.7, 2.5),
        BalancerSpec.DEFAULT_VIRTUAL_NODES);
    double[] shares = ServerShares.of(BASE.withBalancer(real), 3, new RandomStreams(1, 0));
    Balancer b = Balancers.create(real, 3, null);
    int[] count = new int[3];
    for (int m = 1; m <= 100_000; m++) {
      count[b.choose(0, FixedPool.all(3))]++;
      for (int i = 0; i < 3; i++) {
        assertTrue(Math.abs(count[i] - m * shares[i]) < 2, "server " + i + " after " + m);
      }
    }
    assertEquals(0.3 / 4.5, shares[0], 1e-15);
  }

  @Test
  void serversTreatedAlikeGetOneNthEach() {
    for (String name : List.of("random", "round-robin", "least-connections", "power-of-two",
        "power-of-3", "weighted-round-robin")) {
      double[] shares = ServerShares.of(BASE.withBalancer(BalancerSpec.named(name)), 4,
          new RandomStreams(1, 0));
      assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, shares, 0, name);
      assertFalse(ServerShares.varyByReplication(BalancerSpec.named(name)), name);
    }
    assertThrows(IllegalArgumentException.class,
        () -> ServerShares.of(BASE.withBalancer(weighted(1.0, 2.0)), 3, new RandomStreams(1, 0)));
    assertThrows(IllegalArgumentException.class, () -> ServerShares.of(BASE, 0,
        new RandomStreams(1, 0)));
  }

  @Test
  void uniformKeysOnARingGetTheShareOfKeysTheRingGivesEachServer() {
    // 5 servers, 10 virtual nodes each: a coarse ring, so shares stray far from 1/5.
    BalancerSpec ring = new BalancerSpec("consistent-hash", 2, List.of(), 10);
    Traffic traffic = BASE.withBalancer(ring).withKeys(new Keys(50_000, 0));
    double[][] byReplication = new double[2][];
    for (int r = 0; r < 2; r++) {
      RandomStreams streams = new RandomStreams(7, r);
      double[] shares = ServerShares.of(traffic, 5, streams);
      // The balancer as the simulation makes it, asked key by key here.
      Balancer balancer = Balancers.create(ring, 5, streams.stream("traffic/balancer"));
      int[] keys = new int[5];
      for (int k = 0; k < 50_000; k++) {
        keys[balancer.choose(k, FixedPool.all(5))]++;
      }
      double sum = 0;
      double furthest = 0;
      for (int i = 0; i < 5; i++) {
        assertEquals(keys[i] / 50_000.0, shares[i], 1e-15, "server " + i);
        sum += shares[i];
        furthest = Math.max(furthest, Math.abs(shares[i] - 0.2));
      }
      assertEquals(1, sum, 1e-14);
      assertTrue(furthest > 0.02, "a ring of 10 points per server is uneven: " + furthest);
      byReplication[r] = shares;
    }
    assertTrue(ServerShares.varyByReplication(ring));
    assertFalse(java.util.Arrays.equals(byReplication[0], byReplication[1]),
        "each replication lays its ring out afresh");
    assertTrue(ServerShares.isExact(traffic));
  }

  @Test
  void zipfKeysGiveEachServerThePopularityOfItsKeys() {
    // P(key k) = (k + 1)^-s / Σ_{r=1..N} r^-s, summed here per server of the ip-hash balancer.
    int n = 3;
    int count = 2_000;
    double s = 1.2;
    Traffic traffic = BASE.withBalancer(BalancerSpec.named("ip-hash")).withKeys(new Keys(count, s));
    double[] shares = ServerShares.of(traffic, n, null); // ip-hash draws nothing
    double h = 0;
    for (int r = 1; r <= count; r++) {
      h += Math.pow(r, -s);
    }
    double[] expected = new double[n];
    Balancer balancer = Balancers.create(BalancerSpec.named("ip-hash"), n, null);
    for (int k = 0; k < count; k++) {
      expected[balancer.choose(k, FixedPool.all(n))] += Math.pow(k + 1, -s) / h;
    }
    assertArrayEquals(expected, shares, 1e-13);
    // Key 0 alone holds 1/H(2000, 1.2) ≈ 0.24 of the requests: far from a third each.
    assertTrue(Math.abs(shares[0] - 1.0 / 3) > 0.05 || Math.abs(shares[1] - 1.0 / 3) > 0.05,
        java.util.Arrays.toString(shares));
  }

  @Test
  void theZipfTailBeyondTheMappedKeysIsTheSumOfItsTerms() {
    // Euler–Maclaurin against the sum term by term, at s = 1 exactly, near it and away from it.
    for (double s : new double[] {0.5, 1.0, 1.0 + 1e-12, 1.3, 3.0}) {
      long a = ServerShares.MAX_KEYS + 1;
      long b = a + 3_000_000;
      // Kahan's compensated sum, smallest terms first.
      double sum = 0;
      double c = 0;
      for (long r = b; r >= a; r--) {
        double y = Math.pow(r, -s) - c;
        double t = sum + y;
        c = (t - sum) - y;
        sum = t;
      }
      assertEquals(sum, ServerShares.zipfTail(a, b, s), 1e-12 * sum, "s = " + s);
    }
  }

  @Test
  void beyondMaxKeysTheTailIsSplitAsTheMappedKeysAre() {
    // 6.5 million Zipf keys with s = 0.5: the tail beyond 2^22 holds a fifth of the mass. Its split
    // is approximate; against the exact shares, mapped here key by key, it is within its stated
    // standard error (5 of them).
    int n = 4;
    int count = 6_500_000;
    double s = 0.5;
    Traffic traffic = BASE.withBalancer(BalancerSpec.named("ip-hash")).withKeys(new Keys(count, s));
    assertFalse(ServerShares.isExact(traffic));
    double[] shares = ServerShares.of(traffic, n, new RandomStreams(1, 0));
    Balancer balancer = Balancers.create(BalancerSpec.named("ip-hash"), n, null);
    double[] exact = new double[n];
    double h = 0;
    double tail = 0;
    double tailSquares = 0;
    for (int k = count - 1; k >= 0; k--) {
      double p = Math.pow(k + 1, -s);
      exact[balancer.choose(k, FixedPool.all(n))] += p;
      h += p;
      if (k >= ServerShares.MAX_KEYS) {
        tail += p;
        tailSquares += p * p;
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double f = 0.25;
      double error = tail / h * Math.sqrt(f * (1 - f) / ServerShares.MAX_KEYS)
          + Math.sqrt(f * (1 - f) * tailSquares) / h;
      assertEquals(exact[i] / h, shares[i], 5 * error, "server " + i);
      sum += shares[i];
    }
    assertEquals(1, sum, 1e-12);
    assertTrue(tail / h > 0.15, "the tail matters: " + tail / h);
  }

  /**
   * n servers that never fail with 20 workers each, deterministic 1 ms work: nothing waits, so
   * server i's utilization is its arrivals × 1 ms / (20 × the window), share·λ·E[S]/c, with the
   * relative error of a Poisson count of share·λ·window arrivals.
   */
  private static double[] utilizations(Traffic traffic, int n, RandomStreams streams,
      double horizon) {
    var model = new SystemModel(List.of(new ComponentGroup("app", n, null, null)),
        new Structure.Group("app"));
    var system = new AvailabilitySimulation(model, streams, 10);
    var simulation = new TrafficSimulation(system, traffic, streams, 10);
    system.run(horizon);
    return simulation.finish(horizon).utilization();
  }

  @Test
  void aSimulatedRingOfZipfKeysLoadsEachServerByItsShare() {
    BalancerSpec ring = new BalancerSpec("consistent-hash", 2, List.of(), 20);
    Traffic traffic = Traffic.poisson(1000, new Deterministic(0.001), "app").withWorkers(20)
        .withBalancer(ring).withKeys(new Keys(1_000, 1.0));
    RandomStreams streams = new RandomStreams(3, 2);
    double[] shares = ServerShares.of(traffic, 3, streams);
    double[] utilization = utilizations(traffic, 3, streams, 1_010);
    double furthest = 0;
    for (int i = 0; i < 3; i++) {
      double expected = shares[i] * 1000 * 0.001 / 20;
      double arrivals = shares[i] * 1000 * 1_000;
      assertEquals(expected, utilization[i], 5 * expected / Math.sqrt(arrivals), "server " + i);
      furthest = Math.max(furthest, Math.abs(shares[i] - 1.0 / 3));
    }
    assertTrue(furthest > 0.03, "the test tells shares from a third: " + furthest);
  }

  @Test
  void aSimulatedWeightedRoundRobinLoadsEachServerByItsWeight() {
    // Weighted round robin is deterministic: of A arrivals server 0 gets 10A/11 (to one), so only
    // the Poisson count A varies.
    Traffic traffic = Traffic.poisson(1000, new Deterministic(0.001), "app").withWorkers(20)
        .withBalancer(weighted(10.0, 1.0));
    RandomStreams streams = new RandomStreams(3, 0);
    double[] shares = ServerShares.of(traffic, 2, streams);
    double[] utilization = utilizations(traffic, 2, streams, 1_010);
    for (int i = 0; i < 2; i++) {
      double expected = shares[i] * 1000 * 0.001 / 20;
      assertEquals(expected, utilization[i], 5 * expected / Math.sqrt(1_000_000.0), "server " + i);
    }
    assertEquals(10, utilization[0] / utilization[1], 1e-3);
  }
}
