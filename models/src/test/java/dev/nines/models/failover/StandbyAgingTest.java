package dev.nines.models.failover;

import static dev.nines.models.failover.StandbyFixture.H;
import static dev.nines.models.failover.StandbyFixture.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.structure.StandbyMode;
import dev.nines.models.units.RenewalUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How spares age: not at all when cold, at the dormancy factor when warm, fully when active. */
class StandbyAgingTest {

  private final StandbyFixture f = new StandbyFixture();
  private final List<String> units = new ArrayList<>();

  private RenewalUnit unit(String name, double life, double repair) {
    RenewalUnit unit = f.unit(name, life, repair);
    unit.addListener((t, up) -> units.add(name + (up ? " up " : " down ") + t / H));
    return unit;
  }

  @Test
  void aColdSpareNeverAgesWhileItWaits() {
    var a = unit("a", 10, 2);
    var b = unit("b", 3, 2);
    f.node(spec(StandbyMode.COLD, 0, null, null, 0, 2), 0);
    StandbyObservation seen = f.run(27);
    // b would fail at 3 if it aged; it starts its life when it takes over at 10. Each unit, once
    // repaired, waits cold until the other fails.
    assertEquals(List.of("a down 10.0", "a up 12.0", "b down 13.0", "b up 15.0",
        "a down 23.0", "a up 25.0", "b down 26.0"), units);
    assertEquals(List.of(), f.timeline);
    assertEquals(new StandbyObservation(4, 0, 0, 0, 0, 0, 0), seen);
    assertEquals(1, a.agingRate());
    assertEquals(0, b.agingRate());
  }

  @Test
  void aWarmSpareAgesAtItsDormancy() {
    unit("a", 20, 2);
    var b = unit("b", 8, 2);
    f.node(spec(StandbyMode.WARM, 0.5, null, null, 0, 2), 0);
    StandbyObservation seen = f.run(44.6);
    // b spends its 8 h life in 16 h as a spare; repaired at 18, it has used 1 h of its next life
    // when it takes over at 20, so it fails at 27. a, a spare from 22, has used 2.5 h of its life by
    // 27 and fails at 44.5; b, a spare from 29, has used 7.75 h by then.
    assertEquals(List.of("b down 16.0", "b up 18.0", "a down 20.0", "a up 22.0", "b down 27.0",
        "b up 29.0", "a down 44.5"), units);
    assertEquals(List.of(), f.timeline);
    assertEquals(new StandbyObservation(3, 0, 0, 0, 0, 0, 0), seen);
    assertEquals(1, b.agingRate());
  }

  @Test
  void theTargetAgesFullyFromTheStartOfItsSwitchover() {
    unit("a", 10, 100);
    unit("b", 8, 1);
    f.node(spec(StandbyMode.WARM, 0.5, null, 2.0, 0, 2), 0);
    StandbyObservation seen = f.run(13.5);
    // b uses 5 h of its life by 10, then the 3 h left at full pace from the switchover's start.
    assertEquals(List.of("a down 10.0", "b down 13.0"), units);
    assertEquals(List.of("10.0 down", "12.0 up", "13.0 down"), f.timeline);
    assertEquals(new StandbyObservation(1, 0, 0, 0, 2 * H, 0.5 * H, 0), seen);
  }

  @Test
  void aHotSpareAgesLikeTheActiveUnit() {
    unit("a", 10, 1);
    unit("b", 4, 1);
    f.node(spec(StandbyMode.HOT, 1, null, null, 0, 2), 0);
    f.run(9);
    assertEquals(List.of("b down 4.0", "b up 5.0", "b down 9.0"), units);
  }
}
