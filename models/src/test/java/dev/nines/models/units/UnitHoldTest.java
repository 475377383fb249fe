package dev.nines.models.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scripted faults hold a unit down, on exact timelines: lives of 10 h, repairs of 2 h. A held unit
 * does not age, and comes up only when both its repair and every fault are over.
 */
class UnitHoldTest {

  private static final double H = Durations.HOUR;

  private final Simulation sim = new Simulation();
  private final RenewalUnit unit =
      new RenewalUnit("u", sim, () -> 10 * H, () -> 2 * H, RepairService.IMMEDIATE);
  private final List<String> timeline = new ArrayList<>();

  UnitHoldTest() {
    unit.addListener((t, up) -> timeline.add((t / H) + (up ? " up" : " down")));
  }

  private void fault(double atHours, double forHours) {
    sim.scheduleAt(atHours * H, () -> {
      unit.hold();
      sim.schedule(forHours * H, unit::release);
    });
  }

  private List<String> run(double hours) {
    unit.start();
    sim.runUntil(hours * H);
    return timeline;
  }

  @Test
  void aFaultWhileUpHoldsTheUnitDownAndItsLifeWaits() {
    fault(4, 3); // down 4..7; 6 h of life left then
    assertEquals(List.of("4.0 down", "7.0 up", "13.0 down", "15.0 up"), run(16));
  }

  @Test
  void aFaultWhileDownKeepsTheUnitDownUntilBothAreOver() {
    fault(11, 3); // failed at 10, repaired at 12, but held until 14; the new life starts at 12
    assertEquals(List.of("10.0 down", "14.0 up", "24.0 down"), run(25));
  }

  @Test
  void aShortFaultWithinARepairChangesNothing() {
    fault(10.5, 1); // held 10.5..11.5, repaired at 12 anyway
    assertEquals(List.of("10.0 down", "12.0 up", "22.0 down"), run(23));
  }

  @Test
  void overlappingFaultsNest() {
    fault(1, 4); // 1..5
    fault(3, 4); // 3..7
    assertEquals(List.of("1.0 down", "7.0 up", "16.0 down"), run(17));
    assertFalse(unit.isHeld());
  }

  @Test
  void aUnitThatNeverFailsIsDownOnlyForItsFault() {
    RenewalUnit never = new RenewalUnit("n", sim, null, null, RepairService.IMMEDIATE);
    List<String> seen = new ArrayList<>();
    never.addListener((t, up) -> seen.add((t / H) + (up ? " up" : " down")));
    never.start();
    sim.scheduleAt(2 * H, never::hold);
    sim.scheduleAt(2 * H, () -> assertTrue(never.isHeld()));
    sim.scheduleAt(5 * H, never::release);
    sim.runUntil(10 * H);
    assertEquals(List.of("2.0 down", "5.0 up"), seen);
    assertThrows(IllegalStateException.class, never::release);
  }
}
