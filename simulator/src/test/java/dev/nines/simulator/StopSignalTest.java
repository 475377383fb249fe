package dev.nines.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StopSignalTest {

  /** A simulation that fires one event per second forever, watched by {@code signal}. */
  private static Simulation ticking(StopSignal signal) {
    Simulation simulation = new Simulation();
    simulation.watch(signal);
    Event[] tick = new Event[1];
    tick[0] = () -> simulation.schedule(1, tick[0]);
    simulation.schedule(1, tick[0]);
    return simulation;
  }

  @Test
  void theFirstReasonIsKept() {
    StopSignal signal = StopSignal.none();
    assertFalse(signal.stopped());
    assertNull(signal.reason());
    signal.stop("interrupted (Ctrl-C)");
    signal.stop("terminated (SIGTERM)");
    assertTrue(signal.stopped());
    assertEquals("interrupted (Ctrl-C)", signal.reason());
  }

  @Test
  void theEventBudgetStopsASimulationWithinOneCheck() {
    StopSignal signal = new StopSignal(10_000, 0);
    Simulation simulation = ticking(signal);
    StopSignal.Stopped stopped =
        assertThrows(StopSignal.Stopped.class, () -> simulation.runUntil(1e9));
    assertTrue(stopped.getMessage().contains("--max-events"), stopped.getMessage());
    long fired = simulation.eventsFired();
    assertTrue(fired > 10_000 && fired <= 10_000 + Simulation.CHECK_EVERY, "fired " + fired);
  }

  @Test
  void aRunWithinTheBudgetCountsAllItsEvents() {
    StopSignal signal = new StopSignal(1_000_000, 0);
    Simulation simulation = ticking(signal);
    simulation.runUntil(12_345);
    assertEquals(12_345, simulation.eventsFired());
    assertEquals(12_345, signal.events());
    assertFalse(signal.stopped());
  }

  @Test
  void aTimeoutThatHasPassedStopsAtTheFirstLook() {
    StopSignal signal = new StopSignal(Long.MAX_VALUE, 1); // one nanosecond
    Simulation simulation = ticking(signal);
    assertThrows(StopSignal.Stopped.class, () -> simulation.runUntil(1e9));
    assertTrue(signal.reason().contains("--timeout"), signal.reason());
  }

  @Test
  void replicationsKeepTheFinishedPrefixOnAnyNumberOfThreads() {
    for (int threads : new int[] {1, 2, 4}) {
      // Replication 7 stops alone: every other one finishes, and 0..6 are kept.
      List<Integer> kept = Replications.run(20, threads, i -> {
        if (i == 7) {
          throw new StopSignal.Stopped("test");
        }
        return i;
      }, StopSignal.none());
      assertEquals(IntStream.range(0, 7).boxed().toList(), kept, threads + " threads");
      // Replication 7 raises the signal: later ones stop, and so may earlier ones not yet started
      // on other threads; what is kept is still 0, 1, ... in order, and on one thread all of 0..6.
      StopSignal signal = StopSignal.none();
      kept = Replications.run(20, threads, i -> {
        if (i == 7) {
          signal.stop("test");
          throw new StopSignal.Stopped("test");
        }
        return i;
      }, signal);
      assertEquals(IntStream.range(0, kept.size()).boxed().toList(), kept, threads + " threads");
      assertTrue(kept.size() <= 7);
      if (threads == 1) {
        assertEquals(7, kept.size());
      }
    }
  }

  @Test
  void replicationsNotStartedWhenTheSignalIsUpAreNotStarted() {
    StopSignal signal = StopSignal.none();
    signal.stop("before");
    assertEquals(List.of(), Replications.run(5, 1, i -> i, signal));
    assertEquals(List.of(), Replications.run(5, 2, i -> i, signal));
  }

  @Test
  void badLimitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new StopSignal(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new StopSignal(1, -1));
  }
}
