package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.structure.Structure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lumped system chain against closed forms worked out by hand, to 1e-9. */
class SystemChainTest {

  private static final double LAMBDA = 0.05;
  private static final double MU = 0.5;

  private static ComponentGroup exp(String name, int count, String crew) {
    return new ComponentGroup(name, count, new Exponential(1 / LAMBDA), new Exponential(1 / MU),
        null, crew);
  }

  private static Structure.Group g(String name) {
    return new Structure.Group(name);
  }

  @Test
  void twoUnitsInParallelWithOneRepairer() {
    // States 0, 1, 2 down: π1 = (2λ/μ) π0, π2 = (λ/μ) π1 -> A = 1 - 2λ²/(μ² + 2λμ + 2λ²)
    var model = new SystemModel(List.of(exp("u", 2, "tech")), List.of(new Crew("tech", 1)),
        new Structure.AtLeastOfGroup(1, "u"));
    double l = LAMBDA;
    double m = MU;
    double expected = 1 - 2 * l * l / (m * m + 2 * l * m + 2 * l * l);
    SystemChain chain = SystemChain.of(model);
    assertEquals(3, chain.size());
    assertEquals(expected, chain.system().availability().value(), 1e-9);
  }

  @Test
  void machineRepairShop() {
    // 6 machines, one repairer: P_k ∝ 6!/(6-k)! (λ/μ)^k; P0 = 0.4845, mean number down L = 0.8451
    var model = new SystemModel(List.of(exp("m", 6, "tech")), List.of(new Crew("tech", 1)), g("m"));
    double[] weight = new double[7];
    double total = 0;
    for (int k = 0; k <= 6; k++) {
      weight[k] = factorialRatio(6, k) * Math.pow(LAMBDA / MU, k);
      total += weight[k];
    }
    double p0 = weight[0] / total;
    double meanDown = 0;
    for (int k = 0; k <= 6; k++) {
      meanDown += k * weight[k] / total;
    }
    assertEquals(0.4845, p0, 5e-5);
    assertEquals(0.8451, meanDown, 5e-5);
    ScopeAnalytics shop = SystemChain.of(model).group("m");
    assertEquals(p0, shop.availability().value(), 1e-9);
    assertEquals(1 - meanDown / 6, shop.unitAvailability().value(), 1e-9);
    // the shop leaves "all up" only by a failure from state 0: f = π0 · 6λ
    assertEquals(p0 * 6 * LAMBDA, shop.failureFrequency().value(), 1e-9);
  }

  @Test
  void withoutCrewsTheChainAgreesWithTheClosedForms() {
    var structure = new Structure.Series(List.of(
        new Structure.Parallel(List.of(g("a"), g("b"))),
        new Structure.AtLeastOfGroup(2, "r"),
        g("db")));
    var model = new SystemModel(List.of(exp("a", 1, null), exp("b", 1, null), exp("r", 3, null),
        new ComponentGroup("db", 1, new Exponential(400), new Exponential(3))), structure);
    ScopeAnalytics exact = SystemChain.of(model).system();
    ScopeAnalytics closed = new AvailabilityAnalytics(model).system();
    assertEquals(closed.availability().value(), exact.availability().value(), 1e-9);
    assertEquals(closed.failureFrequency().value(), exact.failureFrequency().value(), 1e-12);
    assertEquals(closed.mtbf().value(), exact.mtbf().value(), 1e-9 * closed.mtbf().value());
    assertEquals(closed.mttr().value(), exact.mttr().value(), 1e-9 * closed.mttr().value());
  }

  @Test
  void meanTimeToFailureOfTwoUnitsInParallel() {
    // independent repairs: MTTF = (3λ + μ) / (2λ²)
    var model = new SystemModel(List.of(exp("u", 2, null)), new Structure.AtLeastOfGroup(1, "u"));
    assertEquals((3 * LAMBDA + MU) / (2 * LAMBDA * LAMBDA),
        SystemChain.of(model).system().mttf().value(), 1e-9);
  }

  @Test
  void transientAvailabilityOfOneUnit() {
    var model = new SystemModel(List.of(exp("u", 1, null)), g("u"));
    SystemChain chain = SystemChain.of(model);
    for (double t : new double[] {0, 0.5, 2, 10, 100}) {
      double expected = MU / (LAMBDA + MU) + LAMBDA / (LAMBDA + MU) * Math.exp(-(LAMBDA + MU) * t);
      assertEquals(expected, chain.systemAvailabilityAt(t), 1e-9);
    }
  }

  /**
   * U(t) is summed over the down states, not taken as 1 − A(t): one unit with λ = 1e-12, μ = 1 has
   * U(t) = λ/(λ + μ) · (1 − e^{−(λ + μ)t}), about 1e-12, which 1 − A(t) would give to four digits.
   */
  @Test
  void transientUnavailabilityOfAVeryReliableUnit() {
    double lambda = 1e-12;
    double mu = 1;
    var model = new SystemModel(List.of(new ComponentGroup("u", 1, new Exponential(1 / lambda),
        new Exponential(1 / mu))), g("u"));
    SystemChain chain = SystemChain.of(model);
    for (double t : new double[] {0.1, 1, 10, 100}) {
      double expected = lambda / (lambda + mu) * -Math.expm1(-(lambda + mu) * t);
      SystemChain.AtTime at = chain.systemAt(t);
      assertEquals(expected, at.unavailability(), 1e-9 * expected, "t = " + t);
      assertEquals(1 - expected, at.availability(), 1e-15); // A(t) + U(t) = 1
    }
  }

  @Test
  void aMarkovDisk() {
    // ok -> degraded (a), degraded -> ok (b), degraded -> failed (c), failed -> ok (d).
    // Balance: π_d (b + c) = a π_ok; π_f d = c π_d. So π_ok : π_d : π_f = 1 : a/(b+c) : a c/((b+c) d)
    double a = 1 / 2000.0;
    double b = 1 / 24.0;
    double c = 1 / 100.0;
    double d = 1 / 12.0;
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    var chain = new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "degraded", a),
        new MarkovChain.Transition("degraded", "ok", b),
        new MarkovChain.Transition("degraded", "failed", c),
        new MarkovChain.Transition("failed", "ok", d)));
    var model = new SystemModel(List.of(
        new ComponentGroup("disk", 2, null, null, chain, null)), new Structure.AtLeastOfGroup(1, "disk"));
    double pd = a / (b + c);
    double pf = a * c / ((b + c) * d);
    double down = pf / (1 + pd + pf);
    SystemChain system = SystemChain.of(model);
    assertEquals(6, system.size()); // occupancies of 2 units over 3 states: C(4, 2)
    assertEquals(1 - down * down, system.system().availability().value(), 1e-9);
    assertEquals(1 - down, system.group("disk").unitAvailability().value(), 1e-9);
  }

  @Test
  void noChainForNonExponentialUnitsSharedCrewsOrHugeSpaces() {
    var lognormal = new SystemModel(List.of(new ComponentGroup("x", 1, new Exponential(10),
        new Lognormal(1, 1))), g("x"));
    assertTrue(SystemChain.unsupported(lognormal).contains("not exponential"));
    var huge = new SystemModel(List.of(exp("a", 2000, null), exp("b", 2000, null)),
        new Structure.Series(List.of(g("a"), g("b"))));
    assertTrue(SystemChain.unsupported(huge).contains("beyond the limit"));
    assertNull(SystemChain.unsupported(new SystemModel(List.of(exp("a", 20, null)), g("a"))));
    assertNotNull(Analytics.of(lognormal).system().availability().formula());
  }

  @Test
  void aCrewSharedByTwoGroupsServesInFailureOrder() {
    // a (λa, μa) and b (λb, μb), one unit each, one repairer. States: none down, A, B, AB (a in
    // repair, b waiting), BA. Balance with π0 = 1: π_AB = π_A λb/μa, π_BA = π_B λa/μb,
    // π_A (μa + λb) - λa π_B = λa and -λb π_A + π_B (μb + λa) = λb (Cramer's rule below).
    double la = 0.05;
    double ma = 0.5;
    double lb = 0.02;
    double mb = 0.25;
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(1 / la), new Exponential(1 / ma), null, "tech"),
        new ComponentGroup("b", 1, new Exponential(1 / lb), new Exponential(1 / mb), null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.Series(List.of(g("a"), g("b"))));
    double det = (ma + lb) * (mb + la) - la * lb;
    double pa = (la * (mb + la) + la * lb) / det;
    double pb = ((ma + lb) * lb + lb * la) / det;
    double pab = pa * lb / ma;
    double pba = pb * la / mb;
    double total = 1 + pa + pb + pab + pba;
    SystemChain chain = SystemChain.of(model);
    assertEquals(5, chain.size());
    assertEquals(1 / total, chain.system().availability().value(), 1e-12);
    assertEquals((1 + pb) / total, chain.group("a").availability().value(), 1e-12);
    assertEquals((pab + pba) / total, chain.crew("tech").queueLength().value(), 1e-12);
  }

  @Test
  void identicalGroupsSharingACrewAreOneMachineRepairShop() {
    var split = new SystemModel(List.of(exp("a", 2, "tech"), exp("b", 3, "tech")),
        List.of(new Crew("tech", 2)), new Structure.Series(List.of(g("a"), g("b"))));
    var whole = new SystemModel(List.of(exp("m", 5, "tech")), List.of(new Crew("tech", 2)), g("m"));
    assertEquals(SystemChain.of(whole).system().availability().value(),
        SystemChain.of(split).system().availability().value(), 1e-12);
    assertEquals(SystemChain.of(whole).crew("tech").meanWait().value(),
        SystemChain.of(split).crew("tech").meanWait().value(), 1e-9);
  }

  private static double factorialRatio(int n, int k) {
    double r = 1;
    for (int i = 0; i < k; i++) {
      r *= n - i;
    }
    return r;
  }
}
