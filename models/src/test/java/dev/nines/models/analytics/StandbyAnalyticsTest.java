package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ideal standby's birth-death chain against closed forms worked out by hand. */
class StandbyAnalyticsTest {

  private static final double LAMBDA = 1 / 100.0;
  private static final double MU = 1 / 20.0;
  private static final double RHO = LAMBDA / MU;

  private static Structure.Standby standby(StandbyMode mode, double dormancy, String... spares) {
    return new Structure.Standby("pair", "a", List.of(spares), mode, dormancy, null, null, 0);
  }

  private static ComponentGroup exp(String name, int count, String crew) {
    return new ComponentGroup(name, count, new Exponential(1 / LAMBDA), new Exponential(1 / MU),
        null, crew);
  }

  /** Active group a, spare group b of {@code spares} units; crew "tech" of size crewSize or none. */
  private static ScopeAnalytics pair(StandbyMode mode, double dormancy, int spares, int crewSize) {
    String crew = crewSize > 0 ? "tech" : null;
    List<Crew> crews = crewSize > 0 ? List.of(new Crew("tech", crewSize)) : List.of();
    Structure.Standby s = standby(mode, dormancy, "b");
    var model = new SystemModel(List.of(exp("a", 1, crew), exp("b", spares, crew)), crews, s);
    return StandbyAnalytics.of(model, s);
  }

  @Test
  void coldPairWithOneRepairer() {
    ScopeAnalytics a = pair(StandbyMode.COLD, 0, 1, 1);
    double availability = (1 + RHO) / (1 + RHO + RHO * RHO);
    assertEquals(availability, a.availability().value(), 1e-14);
    // π1 = ρ / (1 + ρ + ρ²), f = π1 λ
    double f = RHO / (1 + RHO + RHO * RHO) * LAMBDA;
    assertEquals(f, a.failureFrequency().value(), 1e-16);
    assertEquals(availability / f, a.mtbf().value(), 1e-9);
    assertEquals(1 / MU, a.mttr().value(), 1e-9); // all down: one repair, memoryless
    assertEquals((2 * LAMBDA + MU) / (LAMBDA * LAMBDA), a.mttf().value(), 1e-9);
    assertEquals(Analytic.NONE, a.unitAvailability());
    assertNull(a.outageDuration());
    assertTrue(a.availability().formula().contains("birth-death chain, cold"),
        a.availability().formula());
  }

  @Test
  void coldPairWithIndependentRepairs() {
    ScopeAnalytics a = pair(StandbyMode.COLD, 0, 1, 0);
    double unavailability = RHO * RHO / (RHO * RHO + 2 * RHO + 2);
    assertEquals(1 - unavailability, a.availability().value(), 1e-14);
    assertEquals(1 / (2 * MU), a.mttr().value(), 1e-9); // the first of two repairs
    assertEquals((2 * LAMBDA + MU) / (LAMBDA * LAMBDA), a.mttf().value(), 1e-9);
  }

  @Test
  void aCrewAsLargeAsThePoolIsIndependentRepair() {
    assertEquals(pair(StandbyMode.COLD, 0, 1, 0).availability().value(),
        pair(StandbyMode.COLD, 0, 1, 2).availability().value(), 1e-15);
  }

  @Test
  void hotPairWithIndependentRepairsIsTwoUnitsInParallel() {
    ScopeAnalytics a = pair(StandbyMode.HOT, 1, 1, 0);
    double u = RHO / (1 + RHO);
    assertEquals(1 - u * u, a.availability().value(), 1e-14);
    assertEquals(2 * LAMBDA * u * (1 - u), a.failureFrequency().value(), 1e-16);
    assertEquals((3 * LAMBDA + MU) / (2 * LAMBDA * LAMBDA), a.mttf().value(), 1e-8);
  }

  @Test
  void warmPairWithOneRepairer() {
    // π1 = π2 (1 + d) ρ, π0 = π1 ρ
    double d = 0.5;
    ScopeAnalytics a = pair(StandbyMode.WARM, d, 1, 1);
    double p2 = 1 / (1 + (1 + d) * RHO + (1 + d) * RHO * RHO);
    assertEquals(1 - (1 + d) * RHO * RHO * p2, a.availability().value(), 1e-14);
    assertEquals((1 + d) * RHO * p2 * LAMBDA, a.failureFrequency().value(), 1e-16);
    // T2 = 1/((1+d)λ) + T1, T1 = 1/(λ+μ) + μ/(λ+μ) T2
    double t2 = (1 / ((1 + d) * LAMBDA) + 1 / (LAMBDA + MU)) / (LAMBDA / (LAMBDA + MU));
    assertEquals(t2, a.mttf().value(), 1e-8);
  }

  @Test
  void coldTrioWithOneRepairerIsAGeometricChain() {
    // cold, one repairer: every rate λ down, μ up, so π_k ∝ ρ^(m-k) for k = units up
    ScopeAnalytics a = pair(StandbyMode.COLD, 0, 2, 1);
    assertEquals(1 - RHO * RHO * RHO / (1 + RHO + RHO * RHO + RHO * RHO * RHO),
        a.availability().value(), 1e-14);
  }

  @Test
  void aStandbyThatIsNotIdealGetsItsIdealCounterpart() {
    var s = new Structure.Standby("pair", "a", List.of("b"), StandbyMode.COLD, 0, null,
        new Deterministic(60), 0.01);
    var model = new SystemModel(List.of(exp("a", 1, null), exp("b", 1, null)), s);
    ScopeAnalytics a = StandbyAnalytics.of(model, s);
    assertEquals(pair(StandbyMode.COLD, 0, 1, 0).availability().value(),
        a.availability().value(), 1e-15);
  }

  @Test
  void noFormulaOutsideTheAssumptions() {
    Structure.Standby s = standby(StandbyMode.HOT, 1, "b");
    var weibull = new ComponentGroup("b", 1, new Weibull(2, 100), new Exponential(1 / MU));
    assertNone(new SystemModel(List.of(exp("a", 1, null), weibull), s), s, "exponential");

    var slower = new ComponentGroup("b", 1, new Exponential(200), new Exponential(1 / MU));
    assertNone(new SystemModel(List.of(exp("a", 1, null), slower), s), s, "means");

    var chain = new MarkovChain("up", Map.of("up", true, "down", false),
        List.of(new MarkovChain.Transition("up", "down", LAMBDA),
            new MarkovChain.Transition("down", "up", MU)));
    var markov = new ComponentGroup("b", 1, null, null, chain, null);
    assertNone(new SystemModel(List.of(exp("a", 1, null), markov), s), s, "markov");

    var crewed = new SystemModel(List.of(exp("a", 1, "tech"), exp("b", 1, null)),
        List.of(new Crew("tech", 1)), s);
    assertNone(crewed, s, "repaired alike");

    List<ComponentGroup> groups = new ArrayList<>(
        List.of(exp("a", 1, "tech"), exp("b", 1, "tech"), exp("other", 1, "tech")));
    var shared = new SystemModel(groups, List.of(new Crew("tech", 1)),
        new Structure.Series(List.of(s, new Structure.Group("other"))));
    assertNone(shared, s, "outside the standby");
  }

  private static void assertNone(SystemModel model, Structure.Standby s, String why) {
    ScopeAnalytics a = StandbyAnalytics.of(model, s);
    assertFalse(a.availability().hasValue());
    assertFalse(a.mttf().hasValue());
    assertTrue(a.availability().formula().contains(why), a.availability().formula());
  }
}
