package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Analytics#part}: the availability of any node of the structure, as the block diagram
 * labels it, against a birth-death chain and the structure function worked out here.
 */
class AnalyticsPartTest {

  private static final double LIFE = 100;
  private static final double REPAIR = 10;

  private static ComponentGroup group(String name, int count, String crew) {
    return new ComponentGroup(name, count, new Exponential(LIFE), new Exponential(REPAIR), null,
        crew);
  }

  @Test
  void eachNodeHasItsOwnAvailability() {
    Structure web = new Structure.AtLeastOfGroup(1, "web");
    Structure caches = new Structure.Parallel(List.of(new Structure.Group("a"),
        new Structure.Group("b")));
    Structure root = new Structure.Series(List.of(web, caches));
    SystemModel model = new SystemModel(
        List.of(group("web", 2, "ops"), group("a", 1, null), group("b", 1, null)),
        List.of(new Crew("ops", 1)), root);
    Analytics analytics = Analytics.of(model);
    double l = 1 / LIFE;
    double m = 1 / REPAIR;
    // two web units, one repairer: 0 -> 1 down at 2l, 1 -> 2 at l, each back at m (one at a time)
    double p1 = 2 * l / m;
    double p2 = p1 * l / m;
    double bothDown = p2 / (1 + p1 + p2);
    double u = REPAIR / (LIFE + REPAIR);
    double cachesUp = 1 - u * u;
    assertEquals(1 - bothDown, analytics.part(web).availability().value(), 1e-12);
    assertEquals(cachesUp, analytics.part(caches).availability().value(), 1e-12);
    assertEquals((1 - bothDown) * cachesUp, analytics.part(root).availability().value(), 1e-12);
    assertEquals(analytics.system().availability(), analytics.part(root).availability());
    assertEquals(1 - u, analytics.part(new Structure.Group("a")).availability().value(), 1e-12);
  }

  @Test
  void aStandbyIsItsScopeAndANodeHoldingAColdOneHasNoFormula() {
    Structure.Standby pair = new Structure.Standby("pair", "p", List.of("s"), StandbyMode.COLD, 0,
        null, null, 0);
    Structure part = new Structure.Series(List.of(pair, new Structure.Group("x")));
    Structure root = new Structure.Parallel(List.of(part, new Structure.Group("y")));
    SystemModel model = new SystemModel(List.of(group("p", 1, null), group("s", 1, null),
        group("x", 1, null), group("y", 1, null)), root);
    Analytics analytics = Analytics.of(model);
    assertEquals(analytics.failover("pair").availability(),
        analytics.part(pair).availability());
    assertFalse(analytics.part(part).availability().hasValue(),
        analytics.part(part).availability().formula());
  }
}
