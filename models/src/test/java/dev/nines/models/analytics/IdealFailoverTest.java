package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the formulas see of standbys and quorums: their ideal structure, and a caveat in the name. */
class IdealFailoverTest {

  private static ComponentGroup group(String name, int count) {
    return new ComponentGroup(name, count, new Exponential(100), new Exponential(10));
  }

  private static Structure.Standby standby(StandbyMode mode, String detector) {
    return new Structure.Standby("pair", "a", List.of("b"), mode,
        mode == StandbyMode.HOT ? 1 : mode == StandbyMode.COLD ? 0 : 0.5, detector,
        detector == null ? null : new Deterministic(30), 0);
  }

  @Test
  void anIdealHotStandbyIsAParallelNodeAndAQuorumItsMajority() {
    var model = new SystemModel(List.of(group("a", 1), group("b", 1), group("n", 5)),
        new Structure.Series(List.of(standby(StandbyMode.HOT, null),
            new Structure.Quorum("q", "n", null, new Exponential(0.2)))));
    assertEquals(new Structure.Series(List.of(
        new Structure.Parallel(List.of(new Structure.AtLeastOfGroup(1, "a"),
            new Structure.AtLeastOfGroup(1, "b"))),
        new Structure.AtLeastOfGroup(3, "n"))), IdealFailover.of(model).structure());
    Analytics analytics = Analytics.of(model);
    double unit = 100.0 / 110;
    double pair = 1 - (1 - unit) * (1 - unit);
    double majority = 0;
    for (int k = 3; k <= 5; k++) {
      double c = k == 3 ? 10 : k == 4 ? 5 : 1;
      majority += c * Math.pow(unit, k) * Math.pow(1 - unit, 5 - k);
    }
    assertEquals(pair, analytics.failover("pair").availability().value(), 1e-12);
    assertEquals("CTMC steady state", analytics.failover("pair").availability().formula());
    assertEquals(majority, analytics.majority("q").availability().value(), 1e-12);
    assertEquals("CTMC steady state, instant elections",
        analytics.failover("q").availability().formula());
    assertEquals(pair * majority, analytics.system().availability().value(), 1e-12);
    assertFalse(analytics.system().mtbf().hasValue()); // elections are outages the chain lacks
  }

  @Test
  void aDetectorMakesTheFailoverNonIdealAndItsOwnChainTakesOver() {
    var slow = List.of(new ComponentGroup("a", 1, new Exponential(1e5), new Exponential(1e3)),
        new ComponentGroup("b", 1, new Exponential(1e5), new Exponential(1e3)));
    var model = new SystemModel(slow, List.of(),
        List.of(new Detector("hb", new Heartbeat(1, 3))), standby(StandbyMode.HOT, "hb"));
    ScopeAnalytics a = Analytics.of(model).failover("pair");
    assertTrue(a.availability().formula().contains("failover chain, hot standby"),
        a.availability().formula());
    assertTrue(a.failureFrequency().hasValue());
    // Inside a larger structure, the system's figures are still those of the ideal failover.
    var series = new SystemModel(List.of(group("a", 1), group("b", 1), group("web", 1)),
        List.of(), List.of(new Detector("hb", new Heartbeat(1, 3))),
        new Structure.Series(List.of(standby(StandbyMode.HOT, "hb"), new Structure.Group("web"))));
    ScopeAnalytics system = Analytics.of(series).system();
    assertTrue(system.availability().formula().endsWith(", ideal failover"),
        system.availability().formula());
    assertFalse(system.failureFrequency().hasValue());
    assertTrue(system.mttr().formula().startsWith("no formula: every failover"),
        system.mttr().formula());
  }

  @Test
  void warmSparesHaveTheirOwnChainButNoneInsideALargerStructure() {
    var model = new SystemModel(List.of(group("a", 1), group("b", 1), group("web", 1)),
        new Structure.Series(List.of(standby(StandbyMode.WARM, null), new Structure.Group("web"))));
    Analytics analytics = Analytics.of(model);
    assertTrue(analytics.failover("pair").availability().hasValue());
    assertFalse(analytics.system().availability().hasValue());
    assertFalse(analytics.group("b").availability().hasValue()); // it waits as a warm spare
    assertTrue(analytics.group("web").availability().hasValue());
    assertTrue(analytics.chainReason().contains("warm or cold"), analytics.chainReason());
  }
}
