package dev.nines.models.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Each balancer against the property that defines it, on hand-set pools. */
class BalancersTest {

  private static UniformRandomProvider stream() {
    return new RandomStreams(2026, 0).stream("test");
  }

  private static Balancer create(String name, int servers) {
    return Balancers.create(BalancerSpec.named(name), servers, stream());
  }

  private static Balancer create(BalancerSpec spec, int servers) {
    return Balancers.create(spec, servers, stream());
  }

  /** Shares of picks per server over {@code picks} choices with random keys. */
  private static double[] shares(Balancer b, Pool pool, int picks) {
    double[] share = new double[pool.size()];
    for (int k = 0; k < picks; k++) {
      share[b.choose(k, pool)] += 1.0 / picks;
    }
    return share;
  }

  @Test
  void randomIsUniformOverTheEligibleOnly() {
    FixedPool pool = FixedPool.all(5);
    pool.setEligible(2, false);
    double[] share = shares(create("random", 5), pool, 100_000);
    assertEquals(0, share[2]);
    for (int i : new int[] {0, 1, 3, 4}) {
      assertEquals(0.25, share[i], 0.01, "server " + i);
    }
  }

  @Test
  void roundRobinCyclesInOrderAndSkipsIneligible() {
    FixedPool pool = FixedPool.all(4);
    Balancer b = create("round-robin", 4);
    for (int k = 0; k < 12; k++) {
      assertEquals(k % 4, b.choose(k, pool));
    }
    // Next after 3 is 0; with 2 gone the cycle is 0, 1, 3.
    pool.setEligible(2, false);
    int[] expected = {0, 1, 3, 0, 1, 3, 0};
    for (int e : expected) {
      assertEquals(e, b.choose(0, pool));
    }
    // Last was 0; 1 leaves mid-cycle: next is 3, then 2 comes back and is next after 0.
    pool.setEligible(1, false);
    assertEquals(3, b.choose(0, pool));
    pool.setEligible(2, true);
    assertEquals(0, b.choose(0, pool));
    assertEquals(2, b.choose(0, pool));
    assertEquals(3, b.choose(0, pool));
  }

  @Test
  void weightedRoundRobinGivesEachWindowItsWeightsSpreadOut() {
    BalancerSpec spec = new BalancerSpec("weighted-round-robin", 2, List.of(5.0, 1.0, 1.0), 100);
    Balancer b = create(spec, 3);
    FixedPool pool = FixedPool.all(3);
    int n = 70;
    int[] picks = new int[n];
    for (int k = 0; k < n; k++) {
      picks[k] = b.choose(k, pool);
    }
    // Every 7 consecutive picks (aligned or not) hold exactly 5, 1, 1.
    for (int start = 0; start + 7 <= n; start++) {
      int[] c = new int[3];
      for (int k = start; k < start + 7; k++) {
        c[picks[k]]++;
      }
      assertEquals(5, c[0], "window at " + start);
      assertEquals(1, c[1], "window at " + start);
      assertEquals(1, c[2], "window at " + start);
    }
    // Smooth: the heavy server never takes 5 in a row, and within each cycle of 7 the light ones
    // break its picks into runs of at most 2 (a naive weighted round robin would give a a a a a b c).
    int longest = 0;
    for (int start = 0; start < n; start += 7) {
      int run = 0;
      for (int k = start; k < start + 7; k++) {
        run = picks[k] == 0 ? run + 1 : 0;
        assertTrue(run <= 2, "run of the heavy server within the cycle at " + start);
      }
    }
    int run = 0;
    for (int p : picks) {
      run = p == 0 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    assertTrue(longest < 5, "longest run of the heavy server: " + longest);
  }

  @Test
  void weightedRoundRobinWithoutWeightsIsEven() {
    Balancer b = create("weighted-round-robin", 4);
    FixedPool pool = FixedPool.all(4);
    pool.setEligible(1, false);
    int[] c = new int[4];
    for (int k = 0; k < 30; k++) {
      c[b.choose(k, pool)]++;
    }
    assertEquals(List.of(10, 0, 10, 10), List.of(c[0], c[1], c[2], c[3]));
  }

  @Test
  void leastConnectionsPicksALeastLoadedServerAndSpreadsTies() {
    FixedPool pool = new FixedPool(6, new boolean[] {true, true, true, true, true, false},
        new int[] {3, 1, 1, 5, 1, 0});
    Balancer b = create("least-connections", 6);
    double[] share = shares(b, pool, 30_000);
    for (int i : new int[] {0, 3, 5}) {
      assertEquals(0, share[i], "server " + i);
    }
    for (int i : new int[] {1, 2, 4}) {
      assertEquals(1.0 / 3, share[i], 0.02, "server " + i);
    }
    // Against random loads: always a minimum among the eligible.
    UniformRandomProvider r = stream();
    for (int t = 0; t < 2_000; t++) {
      randomize(pool, r, 4);
      int chosen = b.choose(t, pool);
      if (pool.count() == 0) {
        assertEquals(-1, chosen);
      } else {
        assertTrue(pool.isEligible(chosen));
        assertEquals(minLoad(pool), pool.load(chosen));
      }
    }
  }

  @Test
  void powerOfTwoFavoursTheLightServerAsTheSamplingSays() {
    // Server 4 is idle but ineligible; among 0..3 only server 0 is light. It is chosen exactly when
    // it is in the sample of 2 of 4: probability 1 - C(3,2)/C(4,2) = 1/2.
    FixedPool pool = new FixedPool(5, new boolean[] {true, true, true, true, false},
        new int[] {0, 10, 10, 10, 0});
    double[] share = shares(create("power-of-two", 5), pool, 100_000);
    assertEquals(0, share[4]);
    assertEquals(0.5, share[0], 0.01);
    // The heavy ones split the rest evenly.
    for (int i = 1; i <= 3; i++) {
      assertEquals(0.5 / 3, share[i], 0.01, "server " + i);
    }
  }

  @Test
  void powerOfDSamplesDistinctServers() {
    // Loads all differ, d = 3 of 4: the heaviest (3) is never chosen, the lightest (0) whenever it
    // is sampled, i.e. with probability 3/4; the second (1) when 0 is not: 1/4.
    FixedPool pool = new FixedPool(4, new boolean[] {true, true, true, true},
        new int[] {1, 2, 3, 4});
    Balancer b = create(new BalancerSpec("power-of-d", 3, List.of(), 100), 4);
    double[] share = shares(b, pool, 50_000);
    assertEquals(0.75, share[0], 0.01);
    assertEquals(0.25, share[1], 0.01);
    assertEquals(0, share[2]);
    assertEquals(0, share[3]);
  }

  @Test
  void powerOfDWithDAtLeastCountIsLeastConnections() {
    FixedPool pool = new FixedPool(5, new boolean[] {true, true, true, true, true},
        new int[] {4, 2, 7, 2, 2});
    Balancer b = create(new BalancerSpec("power-of-d", 5, List.of(), 100), 5);
    double[] share = shares(b, pool, 30_000);
    for (int i : new int[] {0, 2}) {
      assertEquals(0, share[i], "server " + i);
    }
    for (int i : new int[] {1, 3, 4}) {
      assertEquals(1.0 / 3, share[i], 0.02, "server " + i);
    }
    Balancer wide = create(new BalancerSpec("power-of-d", 50, List.of(), 100), 5);
    UniformRandomProvider r = stream();
    for (int t = 0; t < 2_000; t++) {
      randomize(pool, r, 3);
      for (Balancer x : List.of(b, wide)) {
        int chosen = x.choose(t, pool);
        if (pool.count() == 0) {
          assertEquals(-1, chosen);
        } else {
          assertTrue(pool.isEligible(chosen));
          assertEquals(minLoad(pool), pool.load(chosen));
        }
      }
    }
  }

  @Test
  void consistentHashSpreadsKeysAndMovesOnlyTheLeaversKeys() {
    int keys = 100_000;
    Balancer b = Balancers.create(new BalancerSpec("consistent-hash", 2, List.of(), 100), 10,
        stream());
    assertTrue(b.usesKeys());
    FixedPool before = FixedPool.all(10);
    FixedPool after = FixedPool.all(10);
    after.setEligible(3, false);
    int[] owned = new int[10];
    for (int k = 0; k < keys; k++) {
      int s = b.choose(k, before);
      owned[s]++;
      assertEquals(s, b.choose(k, before), "the same key, the same server");
      int t = b.choose(k, after);
      assertTrue(t != 3);
      if (s != 3) {
        assertEquals(s, t, "key " + k + " of server " + s + " moved");
      }
    }
    for (int s = 0; s < 10; s++) {
      assertEquals(0.1, (double) owned[s] / keys, 0.035, "share of server " + s);
    }
    double moved = KeyMoves.share(b, keys, before, after);
    assertEquals((double) owned[3] / keys, moved, 1e-12);
    assertEquals(0.1, moved, 0.04);

    FixedPool none = new FixedPool(10, new boolean[10], new int[10]);
    assertEquals(-1, b.choose(7, none));
  }

  @Test
  void consistentHashWalksToTheNextEligibleOwner() {
    // With a single eligible server every key goes to it.
    Balancer b = create("consistent-hash", 5);
    FixedPool pool = new FixedPool(5, new boolean[] {false, false, false, true, false},
        new int[5]);
    for (int k = 0; k < 1_000; k++) {
      assertEquals(3, b.choose(k, pool));
    }
  }

  @Test
  void ipHashIsStickyButMostKeysMoveWhenOneLeaves() {
    Balancer b = create("ip-hash", 10);
    assertTrue(b.usesKeys());
    FixedPool before = FixedPool.all(10);
    FixedPool after = FixedPool.all(10);
    after.setEligible(6, false);
    int[] owned = new int[10];
    for (int k = 0; k < 20_000; k++) {
      int s = b.choose(k, before);
      owned[s]++;
      assertEquals(s, b.choose(k, before));
      assertTrue(b.choose(k, after) != 6);
    }
    for (int s = 0; s < 10; s++) {
      assertEquals(0.1, owned[s] / 20_000.0, 0.02, "share of server " + s);
    }
    assertTrue(KeyMoves.share(b, 100_000, before, after) > 0.5);
  }

  @Test
  void keyMovesRefusesBalancersThatIgnoreKeys() {
    FixedPool pool = FixedPool.all(3);
    assertThrows(IllegalArgumentException.class,
        () -> KeyMoves.share(create("round-robin", 3), 100, pool, pool));
    assertThrows(IllegalArgumentException.class,
        () -> KeyMoves.share(create("ip-hash", 3), 0, pool, pool));
    assertEquals(0, KeyMoves.share(create("consistent-hash", 3), 100, pool, pool));
  }

  @Test
  void createRejectsWeightsNotOnePerServer() {
    BalancerSpec spec = new BalancerSpec("weighted-round-robin", 2, List.of(1.0, 2.0), 100);
    assertThrows(IllegalArgumentException.class, () -> Balancers.create(spec, 3, stream()));
    Balancers.create(spec, 2, stream());
  }

  private static List<BalancerSpec> everySpec(int servers, UniformRandomProvider r) {
    List<BalancerSpec> specs = new ArrayList<>();
    for (String name : BalancerSpec.NAMES) {
      int d = name.equals("power-of-d") ? 3 : 2;
      List<Double> weights = new ArrayList<>();
      if (name.equals("weighted-round-robin")) {
        for (int i = 0; i < servers; i++) {
          weights.add(1.0 + r.nextInt(5));
        }
      }
      specs.add(new BalancerSpec(name, d, weights, 20));
    }
    return specs;
  }

  @Test
  void everyBalancerReturnsMinusOneOnAnEmptyPool() {
    for (BalancerSpec spec : everySpec(4, stream())) {
      Balancer b = Balancers.create(spec, 4, stream());
      assertEquals(-1, b.choose(1, new FixedPool(4, new boolean[4], new int[4])), spec.name());
      if (spec.weights().isEmpty()) {
        Balancer zero = Balancers.create(spec, 0, stream());
        assertEquals(-1, zero.choose(1, new FixedPool(0, new boolean[0], new int[0])),
            spec.name());
      }
    }
  }

  @Test
  void everyBalancerOnlyEverReturnsEligibleServers() {
    UniformRandomProvider r = stream();
    for (int servers = 1; servers <= 12; servers++) {
      for (BalancerSpec spec : everySpec(servers, r)) {
        Balancer b = Balancers.create(spec, servers, stream());
        FixedPool pool = FixedPool.all(servers);
        for (int round = 0; round < 50; round++) {
          randomize(pool, r, 5);
          for (int t = 0; t < 20; t++) {
            long key = r.nextInt(1_000);
            int chosen = b.choose(key, pool);
            if (pool.count() == 0) {
              assertEquals(-1, chosen, spec.name());
            } else {
              assertTrue(chosen >= 0 && chosen < servers && pool.isEligible(chosen),
                  spec.name() + " chose " + chosen);
            }
          }
        }
      }
    }
  }

  /** Each server eligible with probability 3/4, with a load in 0..maxLoad-1. */
  private static void randomize(FixedPool pool, UniformRandomProvider r, int maxLoad) {
    for (int i = 0; i < pool.size(); i++) {
      pool.setEligible(i, r.nextInt(4) != 0);
      pool.setLoad(i, r.nextInt(maxLoad));
    }
  }

  private static int minLoad(Pool pool) {
    int min = Integer.MAX_VALUE;
    for (int j = 0; j < pool.count(); j++) {
      min = Math.min(min, pool.load(pool.eligible(j)));
    }
    return min;
  }
}
