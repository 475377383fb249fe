package dev.nines.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

  /** A small simulation per replication: a unit failing and being repaired, returning its downtime. */
  private static double downtime(int replication) {
    RandomStreams streams = new RandomStreams(42, replication);
    UniformRandomProvider failures = streams.stream("unit/failure");
    UniformRandomProvider repairs = streams.stream("unit/repair");
    Simulation sim = new Simulation();
    double[] down = {0};
    Event[] fail = new Event[1];
    Event repair = new Event() {
      @Override
      public void fire() {
        sim.schedule(-100 * Math.log(1 - failures.nextDouble()), fail[0]);
      }
    };
    fail[0] = () -> {
      double d = -5 * Math.log(1 - repairs.nextDouble());
      down[0] += d;
      sim.schedule(d, repair);
    };
    sim.schedule(-100 * Math.log(1 - failures.nextDouble()), fail[0]);
    sim.runUntil(10_000);
    return down[0];
  }

  @Test
  void resultsComeInReplicationOrderForAnyThreadCount() {
    List<Double> sequential = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      sequential.add(downtime(i));
    }
    for (int threads : new int[] {1, 2, 4, 8}) {
      assertEquals(sequential, Replications.run(37, threads, ReplicationsTest::downtime),
          "threads=" + threads);
    }
    assertEquals(IntStream.range(0, 100).boxed().toList(), Replications.run(100, 8, i -> i));
  }

  @Test
  void edgeCounts() {
    assertEquals(List.of(), Replications.run(0, 4, i -> i));
    assertEquals(List.of("r0"), Replications.run(1, 4, i -> "r" + i));
    assertEquals(List.of(0, 1), Replications.run(2, 8, i -> i)); // more threads than replications
    assertTrue(Replications.defaultThreads() >= 1);
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Replications.run(-1, 1, i -> i));
    assertThrows(IllegalArgumentException.class, () -> Replications.run(3, 0, i -> i));
  }

  @Test
  void exceptionsPropagate() {
    for (int threads : new int[] {1, 2, 4}) {
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> Replications.run(10, threads, i -> {
            if (i == 3) {
              throw new IllegalStateException("replication " + i + " failed");
            }
            return i;
          }));
      assertEquals("replication 3 failed", thrown.getMessage(), "threads=" + threads);
    }
  }

  @Test
  void theFirstFailureInReplicationOrderIsReported() {
    // Replication 7 fails at once; replication 2 fails too, after a busy loop. Whatever finishes
    // first, the failure reported is replication 2's.
    for (int threads : new int[] {1, 2, 4}) {
      RuntimeException thrown = assertThrows(RuntimeException.class,
          () -> Replications.run(10, threads, i -> {
            if (i == 2) {
              double x = 0;
              for (int k = 0; k < 200_000; k++) {
                x += Math.sqrt(k);
              }
              throw new IllegalArgumentException("replication 2 failed after " + (x > 0));
            }
            if (i == 7) {
              throw new UnsupportedOperationException("replication 7 failed");
            }
            return i;
          }));
      assertSame(IllegalArgumentException.class, thrown.getClass(), "threads=" + threads);
    }
  }

  @Test
  void errorsPropagateUnwrapped() {
    AssertionError thrown = assertThrows(AssertionError.class,
        () -> Replications.run(4, 2, i -> {
          throw new AssertionError("boom " + i);
        }));
    assertEquals("boom 0", thrown.getMessage());
  }
}
