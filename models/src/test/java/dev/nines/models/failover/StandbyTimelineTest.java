package dev.nines.models.failover;

import static dev.nines.models.failover.StandbyFixture.H;
import static dev.nines.models.failover.StandbyFixture.scripted;
import static dev.nines.models.failover.StandbyFixture.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nines.models.structure.StandbyMode;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact standby timelines: detection, switchovers, failed switchovers, no spare, repairs. */
class StandbyTimelineTest {

  private static final StandbyMode HOT = StandbyMode.HOT;

  private final StandbyFixture f = new StandbyFixture();

  @Test
  void instantPerfectFailoverIsUpWhileAnyUnitIsUp() {
    var a = f.unit("a", 10, 5);
    f.unit("b", 12, 5);
    f.node(spec(HOT, 1, null, null, 0, 2), 0);
    StandbyObservation seen = f.run(31);
    // a fails at 10: b takes over at once, no blip. b fails at 12 with a down: no spare until a's
    // repair at 15. a fails at 25: b (repaired at 17) takes over; b fails at 29, a back at 30.
    assertEquals(List.of("12.0 down", "15.0 up", "29.0 down", "30.0 up"), f.timeline);
    assertEquals(new StandbyObservation(2, 0, 0, 0, 0, 4 * H, 0), seen);
    assertSame(a, f.node.active());
  }

  @Test
  void undetectedUntilSuspectedThenSwitching() {
    f.unit("a", 10, 5);
    var b = f.unit("b", 100, 1);
    f.node(spec(HOT, 1, "hb", 1.0, 0, 2), 0);
    f.belief(0, 10.5, false);
    f.belief(0, 15.2, true); // a, repaired at 15, trusted again: a spare's belief changes nothing
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "11.5 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 0, 0, 0.5 * H, 1 * H, 0, 0), seen);
    assertSame(b, f.node.active());
  }

  @Test
  void aRepairBeforeDetectionIsAMissedDetectionAndALateSuspicionANeedlessSwitchover() {
    var a = f.unit("a", 10, 2);
    var b = f.unit("b", 100, 1);
    f.node(spec(HOT, 1, "hb", 1.0, 0, 2), 0);
    f.belief(0, 13, false); // a is up again since 12
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "12.0 up", "13.0 down", "14.0 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 0, 1, 2 * H, 1 * H, 0, 0), seen);
    assertSame(b, f.node.active());
    assertEquals(true, a.isUp());
  }

  @Test
  void aFalseSuspicionOfTheActiveUnitCausesANeedlessSwitchover() {
    f.unit("a", 100, 1);
    var b = f.unit("b", 100, 1);
    f.node(spec(HOT, 1, "hb", 1.0, 0, 2), 0);
    f.belief(0, 5, false);
    f.belief(0, 5.25, true);
    f.belief(0, 7, false); // a is a spare now: ignored
    f.belief(1, 8, true); // b was never suspected: no change
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("5.0 down", "6.0 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 0, 1, 0, 1 * H, 0, 0), seen);
    assertSame(b, f.node.active());
  }

  @Test
  void aStaleSuspicionStartsNothingButDetectsTheNextFailureAtOnce() {
    f.unit("a", 10, 100);
    var b = f.unit("b", 15, 1);
    f.node(spec(HOT, 1, "hb", 1.0, 0, 2), 0);
    f.belief(1, 5, false); // b falsely suspected while a spare, never trusted again
    f.belief(0, 10.5, false);
    StandbyObservation seen = f.run(20);
    // b takes over at 11.5 while suspected: no failover. It fails at 15: already suspected, so
    // detected at once; a is down, so no spare until b's repair at 16.
    assertEquals(List.of("10.0 down", "11.5 up", "15.0 down", "16.0 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 0, 0, 0.5 * H, 1 * H, 1 * H, 0), seen);
    assertSame(b, f.node.active());
  }

  @Test
  void aTargetThatFailsWhileSwitchingFailsTheSwitchoverAndTheNextSpareIsTried() {
    f.unit("a", 10, 100);
    f.unit("b", 10.5, 100);
    var c = f.unit("c", 100, 1);
    f.node(spec(HOT, 1, null, 1.0, 0, 3), 0);
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "12.0 up"), f.timeline);
    assertEquals(new StandbyObservation(2, 1, 0, 0, 2 * H, 0, 0), seen);
    assertSame(c, f.node.active());
  }

  @Test
  void aFailedSwitchoverTriesTheNextHealthySpare() {
    f.unit("a", 10, 100);
    var b = f.unit("b", 100, 1);
    var c = f.unit("c", 100, 1);
    f.node(spec(HOT, 1, null, 1.0, 0.5, 3), 0, scripted(true, false));
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "12.0 up"), f.timeline);
    assertEquals(new StandbyObservation(2, 1, 0, 0, 2 * H, 0, 0), seen);
    assertSame(c, f.node.active());
    assertEquals(true, b.isUp());
  }

  @Test
  void whenEveryHealthySpareFailedToTakeOverTheNodeWaitsForARepair() {
    var a = f.unit("a", 10, 5);
    var b = f.unit("b", 100, 1);
    f.node(spec(HOT, 1, null, 1.0, 0.5, 2), 0, scripted(true));
    StandbyObservation seen = f.run(20);
    // b fails to take over at 11 though healthy; a's repair at 15 makes it active at once.
    assertEquals(List.of("10.0 down", "15.0 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 1, 0, 0, 1 * H, 0, 4 * H), seen);
    assertSame(a, f.node.active());
    assertEquals(true, b.isUp());
  }

  @Test
  void aFailedInstantSwitchoverHasNoSwitchingTime() {
    f.unit("a", 10, 5);
    f.unit("b", 100, 1);
    f.node(spec(HOT, 1, null, null, 0.5, 2), 0, scripted(true));
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "15.0 up"), f.timeline);
    assertEquals(new StandbyObservation(1, 1, 0, 0, 0, 0, 5 * H), seen);
  }

  @Test
  void withNoHealthySpareTheNodeIsDownUntilARepair() {
    f.unit("a", 10, 3);
    f.unit("b", 5, 10);
    f.node(spec(HOT, 1, null, 1.0, 0, 2), 0);
    StandbyObservation seen = f.run(25);
    // b down [5, 15) and again from 20 (hot: it ages while waiting); a down [10, 13) and from 23.
    assertEquals(List.of("10.0 down", "13.0 up", "23.0 down"), f.timeline);
    assertEquals(new StandbyObservation(0, 0, 0, 0, 0, 5 * H, 0), seen);
  }

  @Test
  void theWarmupCutsCountsAndDownTimes() {
    f.unit("a", 10, 5);
    f.unit("b", 100, 1);
    f.node(spec(HOT, 1, "hb", 1.0, 0, 2), 10.7);
    f.belief(0, 10.5, false);
    StandbyObservation seen = f.run(20);
    assertEquals(List.of("10.0 down", "11.5 up"), f.timeline);
    // the switchover started at 10.5, before the end of the warm-up: not counted
    assertEquals(0, seen.switchovers());
    assertEquals(0, seen.downUndetected());
    assertEquals(0.8 * H, seen.downSwitching(), 1e-9);
  }

  @Test
  void theFirstUnitUpAtTheStartIsActive() {
    var down = new ScriptedUnit("a", f.sim, false);
    var up = new ScriptedUnit("b", f.sim, true);
    f.pool.add(down);
    f.pool.add(up);
    f.node(spec(HOT, 1, null, null, 0, 2), 0);
    f.sim.scheduleAt(5 * H, () -> up.set(false));
    f.sim.scheduleAt(6 * H, () -> down.set(true));
    StandbyObservation seen = f.run(10);
    assertEquals(List.of("5.0 down", "6.0 up"), f.timeline);
    assertEquals(new StandbyObservation(0, 0, 0, 0, 0, 1 * H, 0), seen);
    assertSame(down, f.node.active());
  }

  @Test
  void aNodeWithNoUnitUpAtTheStartStartsDown() {
    var a = new ScriptedUnit("a", f.sim, false);
    f.pool.add(a);
    f.pool.add(new ScriptedUnit("b", f.sim, false));
    f.node(spec(HOT, 1, null, null, 0, 2), 0);
    List<String> seenByListener = new ArrayList<>();
    f.node.addListener(new StateListener() {
      @Override
      public void changed(double time, boolean up) {
        seenByListener.add((time / H) + (up ? " up" : " down"));
      }

      @Override
      public void startsDown(double time) {
        seenByListener.add((time / H) + " starts down");
      }
    });
    f.sim.scheduleAt(3 * H, () -> a.set(true));
    StandbyObservation seen = f.run(10);
    assertEquals(List.of("0.0 starts down", "3.0 up"), seenByListener);
    assertEquals(3 * H, seen.downNoSpare());
  }

  @Test
  void beliefsAreGivenExactlyWithADetector() {
    f.unit("a", 10, 1);
    f.unit("b", 10, 1);
    assertThrows(IllegalArgumentException.class, () -> new StandbyNode(
        spec(HOT, 1, "hb", null, 0, 2), f.pool, null, f.sim, scripted(), 0));
    assertThrows(IllegalArgumentException.class, () -> new StandbyNode(
        spec(HOT, 1, null, null, 0, 2), f.pool, List.of(), f.sim, scripted(), 0));
  }

  /** A unit whose state the test sets; it can only age at pace 1 (hot). */
  private static final class ScriptedUnit extends Unit {
    ScriptedUnit(String name, Simulation simulation, boolean startsUp) {
      super(name, simulation, startsUp);
    }

    @Override
    protected void begin() {
    }

    void set(boolean up) {
      become(up);
    }
  }
}
