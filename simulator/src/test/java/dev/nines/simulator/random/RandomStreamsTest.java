package dev.nines.simulator.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  private static long[] draws(UniformRandomProvider rng, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = rng.nextLong();
    }
    return out;
  }

  private static long[] draws(long seed, int replication, String name) {
    return draws(new RandomStreams(seed, replication).stream(name), 100);
  }

  @Test
  void sameSeedReplicationAndNameGiveTheSameSequence() {
    assertArrayEquals(draws(7, 3, "app[2]/failure"), draws(7, 3, "app[2]/failure"));
    RandomStreams streams = new RandomStreams(7, 3);
    assertArrayEquals(draws(streams.stream("x"), 100), draws(streams.stream("x"), 100),
        "asking the same object twice gives a fresh copy of the same stream");
    assertEquals(7, streams.seed());
    assertEquals(3, streams.replication());
  }

  @Test
  void differentNameReplicationOrSeedGiveDifferentSequences() {
    long[] base = draws(7, 3, "app[2]/failure");
    assertFalse(Arrays.equals(base, draws(7, 3, "app[2]/repair")));
    assertFalse(Arrays.equals(base, draws(7, 3, "app[1]/failure")));
    assertFalse(Arrays.equals(base, draws(7, 4, "app[2]/failure")));
    assertFalse(Arrays.equals(base, draws(8, 3, "app[2]/failure")));
    assertFalse(Arrays.equals(base, draws(-7, 3, "app[2]/failure")));
  }

  @Test
  void manyStreamsStartDifferently() {
    // First draws of 10 seeds x 10 replications x 10 names: all distinct (no accidental collisions,
    // e.g. from seed and replication cancelling out).
    Set<Long> first = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      for (int replication = 0; replication < 10; replication++) {
        RandomStreams streams = new RandomStreams(seed, replication);
        for (int name = 0; name < 10; name++) {
          first.add(streams.stream("unit[" + name + "]/failure").nextLong());
        }
      }
    }
    assertEquals(1000, first.size());
  }

  @Test
  void otherStreamsDoNotChangeAStreamsDraws() {
    long[] alone = draws(11, 0, "disk/failure");

    // Variant: more components, created before and after, drawn from heavily and interleaved.
    RandomStreams streams = new RandomStreams(11, 0);
    UniformRandomProvider before = streams.stream("cpu/failure");
    for (int i = 0; i < 1000; i++) {
      before.nextDouble();
    }
    UniformRandomProvider disk = streams.stream("disk/failure");
    UniformRandomProvider after = streams.stream("net/failure");
    long[] interleaved = new long[100];
    for (int i = 0; i < 100; i++) {
      after.nextInt();
      before.nextLong();
      interleaved[i] = disk.nextLong();
      streams.stream("spare[" + i + "]/failure").nextDouble();
    }
    assertArrayEquals(alone, interleaved);
  }

  @Test
  void drawsDoNotDependOnTheThreadThatMakesThem() throws InterruptedException {
    long[] here = draws(5, 2, "crew/repair");
    long[][] there = new long[1][];
    Thread thread = new Thread(() -> there[0] = draws(5, 2, "crew/repair"));
    thread.start();
    thread.join();
    assertArrayEquals(here, there[0]);
  }

  @Test
  void negativeReplicationIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1, -1));
  }
}
