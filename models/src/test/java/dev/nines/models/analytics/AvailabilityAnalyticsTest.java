package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.structure.Structure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed forms of whole systems, worked out by hand. */
class AvailabilityAnalyticsTest {

  private static ComponentGroup exp(String name, int count, double mttf, double mttr) {
    return new ComponentGroup(name, count, new Exponential(mttf), new Exponential(mttr));
  }

  @Test
  void oneUnitIsRenewalTheory() {
    var model = new SystemModel(List.of(exp("u", 1, 90, 10)), new Structure.Group("u"));
    ScopeAnalytics system = new AvailabilityAnalytics(model).system();
    assertEquals(0.9, system.availability().value(), 1e-15);
    assertEquals(0.01, system.failureFrequency().value(), 1e-15);
    assertEquals(90, system.mtbf().value(), 1e-12);
    assertEquals(10, system.mttr().value(), 1e-12);
    assertEquals(90, system.mttf().value(), 1e-12);
  }

  @Test
  void twoUnitsInParallel() {
    // A = 1 - u², u = 0.1; f = 2 · (1/100) · u (a failure hits when the other is down)
    var model = new SystemModel(List.of(exp("a", 1, 90, 10), exp("b", 1, 90, 10)),
        new Structure.Parallel(List.of(new Structure.Group("a"), new Structure.Group("b"))));
    ScopeAnalytics system = new AvailabilityAnalytics(model).system();
    double f = 2 * 0.01 * 0.1;
    assertEquals(0.99, system.availability().value(), 1e-15);
    assertEquals(f, system.failureFrequency().value(), 1e-15);
    assertEquals(0.99 / f, system.mtbf().value(), 1e-9);
    // both down: the outage ends at the first of two exponential repairs, mean 10 / 2
    assertEquals(5, system.mttr().value(), 1e-9);
    assertNull(system.mttf().value());
    assertTrue(system.mttf().formula().startsWith("no formula: "), system.mttf().formula());
  }

  @Test
  void failuresThatNeverTakeTheSystemDownGiveNoMtbfOrMttr() {
    // Parallel to a unit that never fails: A = 1 and f = 0, so MTBF and MTTR have no value
    // (they were 0/0 once, and the analytic value refused the NaN).
    var model = new SystemModel(List.of(new ComponentGroup("solid", 1, null, null),
        exp("a", 1, 90, 10)),
        new Structure.Parallel(List.of(new Structure.Group("solid"), new Structure.Group("a"))));
    ScopeAnalytics system = new AvailabilityAnalytics(model).system();
    assertEquals(1, system.availability().value());
    assertEquals(0, system.failureFrequency().value());
    assertNull(system.mtbf().value());
    assertNull(system.mttr().value());
    assertEquals("no formula: no failure takes it down", system.mttr().formula());
  }

  @Test
  void groupsOfSeveralUnits() {
    var model = new SystemModel(List.of(exp("web", 3, 90, 10)), new Structure.Group("web"));
    ScopeAnalytics web = new AvailabilityAnalytics(model).group("web");
    assertEquals(0.729, web.availability().value(), 1e-15);
    assertEquals(0.9, web.unitAvailability().value(), 1e-15);
    assertEquals(30, web.mttf().value(), 1e-12); // 1 / (3 / 90)
    assertEquals(3 * 0.01 * 0.81, web.failureFrequency().value(), 1e-15);
  }

  @Test
  void noFormulaWhenAGroupAppearsTwice() {
    var model = new SystemModel(List.of(exp("a", 2, 90, 10)), new Structure.Series(List.of(
        new Structure.Group("a"), new Structure.AtLeastOfGroup(1, "a"))));
    Analytic a = new AvailabilityAnalytics(model).system().availability();
    assertFalse(a.hasValue());
    assertEquals(true, a.formula().contains("appears twice"));
  }

  @Test
  void weibullMttfIsItsMean() {
    var model = new SystemModel(List.of(new ComponentGroup("w", 1, new Weibull(2, 100),
        new Exponential(1))), new Structure.Group("w"));
    // mean of Weibull(2, 100) = 100 Γ(1.5) = 50 √π
    assertEquals(50 * Math.sqrt(Math.PI), new AvailabilityAnalytics(model).system().mttf().value(),
        1e-9);
  }

  @Test
  void aCrewThatCanMakeUnitsWaitLeavesItsScopesToTheCtmc() {
    var crewed = new ComponentGroup("a", 3, new Exponential(90), new Exponential(10), null, "tech");
    var model = new SystemModel(List.of(crewed, exp("b", 1, 90, 10)),
        List.of(new Crew("tech", 2)),
        new Structure.Series(List.of(new Structure.Group("a"), new Structure.Group("b"))));
    var analytics = new AvailabilityAnalytics(model);
    for (ScopeAnalytics scope : List.of(analytics.system(), analytics.group("a"))) {
      assertNull(scope.availability().value());
      assertEquals("no closed form: units share a crew (see the CTMC)",
          scope.mttr().formula());
    }
    assertEquals(0.9, analytics.group("b").availability().value(), 1e-15);
  }

  @Test
  void aCrewAsLargeAsItsUnitsKeepsTheFormulas() {
    var crewed = new ComponentGroup("a", 3, new Exponential(90), new Exponential(10), null, "tech");
    var model = new SystemModel(List.of(crewed), List.of(new Crew("tech", 3)),
        new Structure.Group("a"));
    assertEquals(0.729, new AvailabilityAnalytics(model).system().availability().value(), 1e-15);
  }

  @Test
  void markovScopesAreLeftToTheCtmc() {
    var chain = new MarkovChain("ok", Map.of("ok", true, "failed", false), List.of(
        new MarkovChain.Transition("ok", "failed", 0.01),
        new MarkovChain.Transition("failed", "ok", 0.1)));
    var model = new SystemModel(List.of(new ComponentGroup("disk", 2, null, null, chain, null),
        exp("b", 1, 90, 10)),
        new Structure.Series(List.of(new Structure.Group("disk"), new Structure.Group("b"))));
    var analytics = new AvailabilityAnalytics(model);
    assertEquals("markov: see the CTMC", analytics.system().availability().formula());
    assertNull(analytics.group("disk").unitAvailability().value());
    assertEquals(0.9, analytics.group("b").availability().value(), 1e-15);
  }
}
