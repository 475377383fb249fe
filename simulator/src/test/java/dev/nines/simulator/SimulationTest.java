package dev.nines.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

  @Test
  void runUntilFiresEventsUpToAndIncludingTheEndAndKeepsLaterOnes() {
    Simulation sim = new Simulation();
    List<String> log = new ArrayList<>();
    sim.schedule(1, () -> log.add("a@" + sim.now()));
    sim.schedule(5, () -> log.add("b@" + sim.now()));
    sim.schedule(5.000001, () -> log.add("c@" + sim.now()));
    sim.schedule(7, () -> log.add("d@" + sim.now()));

    sim.runUntil(5);
    assertEquals(List.of("a@1.0", "b@5.0"), log);
    assertEquals(5.0, sim.now());
    assertEquals(2, sim.eventsFired());
    assertEquals(2, sim.pending());

    // Continuing: the clock ends at `until` even when no event is due.
    sim.runUntil(6);
    assertEquals(List.of("a@1.0", "b@5.0", "c@5.000001"), log);
    assertEquals(6.0, sim.now());
    assertEquals(1, sim.pending());

    sim.runUntil(100);
    assertEquals(List.of("a@1.0", "b@5.0", "c@5.000001", "d@7.0"), log);
    assertEquals(100.0, sim.now());
    assertEquals(4, sim.eventsFired());
    assertEquals(0, sim.pending());
  }

  @Test
  void aBoundedRunStopsAfterTheEventThatSatisfiesItsCondition() {
    Simulation sim = new Simulation();
    List<Double> log = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      sim.schedule(i, () -> log.add(sim.now()));
    }
    assertTrue(sim.runUntil(100, 1000, () -> log.size() == 3));
    assertEquals(List.of(1.0, 2.0, 3.0), log);
    assertEquals(3.0, sim.now()); // the clock stays at the event that satisfied it
    assertEquals(2, sim.pending());
    // Already satisfied: nothing fires.
    assertTrue(sim.runUntil(100, 1000, () -> true));
    assertEquals(3, sim.eventsFired());
  }

  @Test
  void aBoundedRunStopsAtItsEventLimitOrItsEnd() {
    Simulation sim = new Simulation();
    List<Double> log = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      sim.schedule(i, () -> log.add(sim.now()));
    }
    assertFalse(sim.runUntil(100, 2, () -> false));
    assertEquals(List.of(1.0, 2.0), log);
    assertEquals(2.0, sim.now()); // stopped by the limit: at the last event fired
    assertFalse(sim.runUntil(3.5, 10, () -> false));
    assertEquals(3.5, sim.now()); // reached its end: the clock is set to it, as runUntil does
    assertFalse(sim.runUntil(100, 10, () -> false));
    assertEquals(100.0, sim.now()); // the calendar ran dry
    assertEquals(5, sim.eventsFired());
    assertThrows(IllegalArgumentException.class, () -> sim.runUntil(50, 1, () -> false));
  }

  @Test
  void runUntilNowIsAllowedAndFiresEventsDueNow() {
    Simulation sim = new Simulation();
    List<Double> log = new ArrayList<>();
    sim.schedule(0, () -> log.add(sim.now()));
    sim.runUntil(0);
    assertEquals(List.of(0.0), log);
    assertEquals(0.0, sim.now());
  }

  @Test
  void delaysAreRelativeToTheCurrentClock() {
    Simulation sim = new Simulation();
    sim.runUntil(10);
    List<Double> log = new ArrayList<>();
    sim.schedule(2.5, () -> log.add(sim.now()));
    sim.scheduleAt(11, () -> log.add(sim.now()));
    sim.runUntil(20);
    assertEquals(List.of(11.0, 12.5), log);
  }

  /** A clock that ticks every 3 s and stops itself after its fifth tick. */
  @Test
  void selfReschedulingEventHasAnExactTimeline() {
    Simulation sim = new Simulation();
    List<String> timeline = new ArrayList<>();
    Event tick = new Event() {
      int count;

      @Override
      public void fire() {
        count++;
        timeline.add("tick" + count + "@" + sim.now());
        if (count < 5) {
          sim.schedule(3, this);
        }
      }
    };
    sim.schedule(1, tick);
    // An unrelated event at 7 lands between tick3 (7 is scheduled earlier than tick3 at 7) and tick4.
    sim.scheduleAt(7, () -> timeline.add("other@" + sim.now()));
    sim.runUntil(1000);
    assertEquals(
        List.of("tick1@1.0", "tick2@4.0", "other@7.0", "tick3@7.0", "tick4@10.0", "tick5@13.0"),
        timeline);
    assertEquals(6, sim.eventsFired());
    assertEquals(0, sim.pending());
  }

  @Test
  void zeroDelayEventsFireAfterTheCurrentOneInOrder() {
    Simulation sim = new Simulation();
    List<String> log = new ArrayList<>();
    sim.schedule(2, () -> {
      log.add("parent");
      sim.schedule(0, () -> log.add("child1"));
      sim.schedule(0, () -> {
        log.add("child2");
        sim.schedule(0, () -> log.add("grandchild"));
      });
      sim.scheduleAt(sim.now(), () -> log.add("child3"));
      log.add("parent-end");
    });
    sim.schedule(2, () -> log.add("sibling")); // same time, scheduled before the children
    sim.runUntil(2);
    assertEquals(
        List.of("parent", "parent-end", "sibling", "child1", "child2", "child3", "grandchild"), log);
    assertEquals(2.0, sim.now());
  }

  @Test
  void schedulingInThePastIsRejected() {
    Simulation sim = new Simulation();
    sim.runUntil(10);
    Event e = () -> {};
    assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, e));
    assertThrows(IllegalArgumentException.class, () -> sim.schedule(-Double.MIN_VALUE, e));
    assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, e));
    assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(9.999, e));
    assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(Double.NaN, e));
    assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.POSITIVE_INFINITY, e));
    assertThrows(IllegalArgumentException.class, () -> sim.runUntil(5));
    assertEquals(0, sim.pending());
    assertEquals(10.0, sim.now());
  }

  @Test
  void runUntilRejectsNaN() {
    Simulation sim = new Simulation();
    sim.schedule(1, () -> {});
    assertThrows(IllegalArgumentException.class, () -> sim.runUntil(Double.NaN));
    assertEquals(0.0, sim.now());
    assertEquals(1, sim.pending());
  }

  @Test
  void eventsCanCancelOtherEvents() {
    Simulation sim = new Simulation();
    List<String> log = new ArrayList<>();
    long timeout = sim.schedule(10, () -> log.add("timeout"));
    long sameTime = sim.schedule(5, () -> log.add("same-time"));
    sim.schedule(5, () -> {
      log.add("reply");
      assertTrue(sim.cancel(timeout));
      assertFalse(sim.cancel(timeout));
    });
    sim.schedule(4, () -> {
      log.add("early");
      assertTrue(sim.cancel(sameTime)); // pending at the same time as the reply, but earlier in order
    });
    long self = sim.schedule(6, () -> log.add("six"));
    sim.runUntil(20);
    assertEquals(List.of("early", "reply", "six"), log);
    assertFalse(sim.cancel(self), "already fired");
    assertEquals(3, sim.eventsFired());
  }

  @Test
  void anEventCannotCancelItselfWhileFiring() {
    Simulation sim = new Simulation();
    long[] handle = new long[1];
    boolean[] result = {true};
    handle[0] = sim.schedule(1, () -> result[0] = sim.cancel(handle[0]));
    sim.runUntil(2);
    assertFalse(result[0], "an event is no longer pending once it fires");
  }
}
