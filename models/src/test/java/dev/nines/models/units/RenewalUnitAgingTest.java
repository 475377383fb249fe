package dev.nines.models.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aging pace of a renewal unit on exact timelines: lives of 10 h, repairs of 2 h. */
class RenewalUnitAgingTest {

  private static final double H = Durations.HOUR;

  private final Simulation sim = new Simulation();
  private final RenewalUnit unit =
      new RenewalUnit("u", sim, () -> 10 * H, () -> 2 * H, RepairService.IMMEDIATE);
  private final List<String> timeline = new ArrayList<>();

  RenewalUnitAgingTest() {
    unit.addListener((t, up) -> timeline.add((t / H) + (up ? " up" : " down")));
  }

  private void at(double hours, double rate) {
    sim.scheduleAt(hours * H, () -> unit.setAgingRate(rate));
  }

  private List<String> run(double hours) {
    unit.start();
    sim.runUntil(hours * H);
    return timeline;
  }

  @Test
  void atFullPaceTheLifeIsAsDrawn() {
    assertEquals(List.of("10.0 down", "12.0 up", "22.0 down"), run(23));
    assertEquals(1, unit.agingRate());
  }

  @Test
  void halfPaceFromFourHoursStretchesTheRestOfTheLife() {
    // 4 h consumed at pace 1, the 6 h left at pace 1/2 take 12 h: failure at 16 h. The next life,
    // drawn at the repair at 18 h, is consumed at pace 1/2 too: 20 h, failure at 38 h.
    at(4, 0.5);
    assertEquals(List.of("16.0 down", "18.0 up", "38.0 down"), run(39));
  }

  @Test
  void paceZeroFreezesTheLifeUntilThePaceComesBack() {
    // 4 h consumed, frozen over [4, 20), the 6 h left from 20 h: failure at 26 h.
    at(4, 0);
    at(20, 1);
    assertEquals(List.of("26.0 down", "28.0 up"), run(30));
  }

  @Test
  void aFrozenUnitNeverFails() {
    at(4, 0);
    assertEquals(List.of(), run(1000));
    assertEquals(0, sim.pending(), "no failure event is pending while the pace is 0");
  }

  @Test
  void severalChangesAddUp() {
    // [0, 2) at 1: 2 h; [2, 6) at 1/2: 2 h; [6, 7) at 0; [7, 9) at 1/4: 0.5 h; 5.5 h left at 1 from 9.
    at(2, 0.5);
    at(6, 0);
    at(7, 0.25);
    at(9, 1);
    assertEquals(List.of("14.5 down"), run(15));
  }

  @Test
  void aChangeWhileDownSetsThePaceOfTheNextLife() {
    // Down over [10, 12); the life drawn at 12 h is consumed at pace 1/2: failure at 32 h.
    at(11, 0.5);
    assertEquals(List.of("10.0 down", "12.0 up", "32.0 down"), run(33));
  }

  @Test
  void aPaceSetBeforeTheStartAppliesToTheFirstLife() {
    unit.setAgingRate(0.5);
    assertEquals(List.of("20.0 down"), run(21));
  }

  @Test
  void coldFromTheStartNeverFails() {
    unit.setAgingRate(0);
    assertEquals(List.of(), run(100));
    assertEquals(0, sim.pending());
  }

  @Test
  void aUnitThatNeverFailsAcceptsAnyPace() {
    var never = new RenewalUnit("n", sim, null, null, RepairService.IMMEDIATE);
    never.setAgingRate(0.3);
    never.start();
    sim.runUntil(10 * H);
    assertEquals(0.3, never.agingRate());
    assertEquals(true, never.isUp());
  }

  @Test
  void paceOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> unit.setAgingRate(-0.1));
    assertThrows(IllegalArgumentException.class, () -> unit.setAgingRate(1.5));
    assertThrows(IllegalArgumentException.class, () -> unit.setAgingRate(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> unit.setAgingRate(Double.POSITIVE_INFINITY));
  }
}
