package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.structure.Structure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Unavailability as its own number: eighteen and thirty nines come out of the CTMC and the closed
 * forms as exactly as two, where 1 − A would have been lost to rounding. Every expected value is
 * worked out here, by hand or in BigDecimal, never by the code under test.
 */
class UnavailabilityTest {

  private static final double H = 3600;
  private static final double MTTF = 1e6 * H;
  private static final double MTTR = H;
  /** One unit's unavailability, MTTR / (MTTF + MTTR). */
  private static final double U = 1 / (1e6 + 1);
  private static final MathContext EXACT = new MathContext(60);

  private static ComponentGroup units(String name, int count, Distribution life,
      Distribution repair) {
    return new ComponentGroup(name, count, life, repair);
  }

  private static ComponentGroup exponential(String name, int count) {
    return units(name, count, new Exponential(MTTF), new Exponential(MTTR));
  }

  /** Weibull of shape 2 with mean MTTF: scale = MTTF / Γ(1.5), Γ(1.5) = √π / 2. */
  private static ComponentGroup weibullLognormal(String name, int count) {
    return units(name, count, new Weibull(2, MTTF / (Math.sqrt(Math.PI) / 2)),
        new Lognormal(MTTR, 0.5 * H));
  }

  private static void assertRelative(double expected, Analytic actual, double tolerance) {
    assertTrue(actual.hasValue(), actual.formula());
    assertEquals(expected, actual.value(), tolerance * expected, actual.formula());
  }

  /**
   * The example: three units in parallel, repaired independently. U = u³ ≈ 1.0e-18 (18
   * nines); the outage ends at the first of three repairs under way, MTTR = 1 h / 3 = 20 min.
   */
  @Test
  void threeExponentialUnitsInParallelGiveEighteenNinesFromTheChain() {
    var model = new SystemModel(List.of(exponential("unit", 3)),
        new Structure.AtLeastOfGroup(1, "unit"));
    ScopeAnalytics system = Analytics.of(model).system();
    assertTrue(system.unavailability().formula().startsWith("CTMC"),
        system.unavailability().formula());
    assertRelative(U * U * U, system.unavailability(), 1e-6);
    assertRelative(20 * 60, system.mttr(), 1e-6);
    assertEquals(18, -Math.log10(system.unavailability().value()), 1e-5);
    // the closed forms agree
    ScopeAnalytics closed = new AvailabilityAnalytics(model).system();
    assertRelative(U * U * U, closed.unavailability(), 1e-12);
    assertRelative(20 * 60, closed.mttr(), 1e-12);
  }

  /**
   * Weibull lives and lognormal repairs with the same means: by renewal theory each unit is down
   * MTTR / (MTTF + MTTR) of the time, so U and MTTR are those of the exponential case.
   */
  @Test
  void weibullLivesAndLognormalRepairsGiveTheSameFromTheClosedForms() {
    var model = new SystemModel(List.of(weibullLognormal("unit", 3)),
        new Structure.AtLeastOfGroup(1, "unit"));
    ScopeAnalytics system = Analytics.of(model).system();
    assertTrue(system.unavailability().formula().startsWith("structure function"),
        system.unavailability().formula());
    assertRelative(U * U * U, system.unavailability(), 1e-9);
    assertRelative(20 * 60, system.mttr(), 1e-9);
    assertRelative(1 - U * U * U, system.availability(), 1e-15);
  }

  /** Five units in parallel: U = u⁵ ≈ 1e-30, from the chain (GTH) and the closed forms alike. */
  @Test
  void thirtyNinesFromTheChainAndTheClosedForms() {
    var exp = new SystemModel(List.of(exponential("unit", 5)),
        new Structure.AtLeastOfGroup(1, "unit"));
    double u5 = Math.pow(U, 5);
    assertRelative(u5, SystemChain.of(exp).system().unavailability(), 1e-6);
    assertRelative(u5, new AvailabilityAnalytics(exp).system().unavailability(), 1e-12);
    assertRelative(MTTR / 5, SystemChain.of(exp).system().mttr(), 1e-6);
    var general = new SystemModel(List.of(weibullLognormal("unit", 5)),
        new Structure.AtLeastOfGroup(1, "unit"));
    assertRelative(u5, Analytics.of(general).system().unavailability(), 1e-9);
  }

  /**
   * 2-of-5 is down while four or five units are: U = 5u⁴(1 − u) + u⁵ ≈ 5e-24, a lower tail summed
   * term by term. A unit is critical while exactly one of the other four is up (4au³), so with
   * each unit failing ν = 1 / (MTTF + MTTR) times per second, f = 5ν · 4au³; MTTR = U / f.
   */
  @Test
  void twoOfFiveIsItsLowerTail() {
    double a = 1 - U;
    double down = 5 * Math.pow(U, 4) * a + Math.pow(U, 5);
    double nu = 1 / (MTTF + MTTR);
    double f = 5 * nu * 4 * a * Math.pow(U, 3);
    for (ComponentGroup g : List.of(exponential("unit", 5), weibullLognormal("unit", 5))) {
      var model = new SystemModel(List.of(g), new Structure.AtLeastOfGroup(2, "unit"));
      ScopeAnalytics closed = new AvailabilityAnalytics(model).system();
      assertRelative(down, closed.unavailability(), 1e-12);
      assertRelative(f, closed.failureFrequency(), 1e-12);
      assertRelative(down / f, closed.mttr(), 1e-12);
    }
    var exp = new SystemModel(List.of(exponential("unit", 5)),
        new Structure.AtLeastOfGroup(2, "unit"));
    assertRelative(down, SystemChain.of(exp).system().unavailability(), 1e-6);
    assertRelative(down / f, SystemChain.of(exp).system().mttr(), 1e-6);
  }

  /**
   * A chain beyond the direct solver's limit, so solved by Gauss-Seidel and its refinement: five
   * groups of five units, each group a 1-of-5, in series. 6⁵ = 7 776 states, U = 1 − (1 − u⁵)⁵
   * ≈ 5e-30, and every outage is one group's: MTTR = 1 h / 5.
   */
  @Test
  void thirtyNinesFromTheIterativeSolver() {
    List<ComponentGroup> groups = new ArrayList<>();
    List<Structure> parts = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      groups.add(exponential("g" + g, 5));
      parts.add(new Structure.AtLeastOfGroup(1, "g" + g));
    }
    var model = new SystemModel(groups, new Structure.Series(parts));
    SystemChain chain = SystemChain.of(model);
    assertTrue(chain.size() > SteadyState.DIRECT_LIMIT, "the iterative path: " + chain.size());
    BigDecimal u5 = BigDecimal.valueOf(MTTR).divide(BigDecimal.valueOf(MTTF + MTTR), EXACT)
        .pow(5, EXACT);
    double expected = BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(u5).pow(5, EXACT))
        .doubleValue();
    assertRelative(expected, chain.system().unavailability(), 1e-6);
    assertRelative(MTTR / 5, chain.system().mttr(), 1e-6);
    assertRelative(expected, new AvailabilityAnalytics(model).system().unavailability(), 1e-12);
  }

  /**
   * Fifty very reliable units in series, each its own group with its own MTTF: U = 1 − Π(1 − U_i)
   * ≈ Σ U_i, here about 5e-11, where A = 1 − 5e-11 keeps only five digits of it. Both U and
   * MTTR = U / f, f = Σ ν_i Π_{j≠i} A_j, are checked against BigDecimal to 1e-12.
   */
  @Test
  void aLongSeriesOfReliableUnitsAddsUpItsUnavailabilities() {
    List<ComponentGroup> groups = new ArrayList<>();
    List<Structure> parts = new ArrayList<>();
    BigDecimal up = BigDecimal.ONE;
    BigDecimal[] unitUp = new BigDecimal[50];
    BigDecimal[] nu = new BigDecimal[50];
    for (int i = 0; i < 50; i++) {
      double mttf = (1e12 + 1e10 * i) * H;
      double mttr = (1 + 0.1 * i) * H;
      groups.add(units("u" + i, 1, new Weibull(1.5, mttf / Gamma.gamma(1 + 1 / 1.5)),
          new Lognormal(mttr, mttr)));
      parts.add(new Structure.Group("u" + i));
      BigDecimal cycle = BigDecimal.valueOf(groups.get(i).failure().mean())
          .add(BigDecimal.valueOf(mttr));
      unitUp[i] = BigDecimal.valueOf(groups.get(i).failure().mean()).divide(cycle, EXACT);
      nu[i] = BigDecimal.ONE.divide(cycle, EXACT);
      up = up.multiply(unitUp[i], EXACT);
    }
    BigDecimal f = BigDecimal.ZERO;
    for (int i = 0; i < 50; i++) {
      f = f.add(nu[i].multiply(up.divide(unitUp[i], EXACT), EXACT), EXACT);
    }
    BigDecimal down = BigDecimal.ONE.subtract(up);
    var model = new SystemModel(groups, new Structure.Series(parts));
    ScopeAnalytics system = new AvailabilityAnalytics(model).system();
    assertRelative(down.doubleValue(), system.unavailability(), 1e-12);
    assertRelative(down.divide(f, EXACT).doubleValue(), system.mttr(), 1e-12);
  }

  /**
   * One group of 1 000 exponential units that must all be up: the chain (1 001 states, GTH) and
   * the closed form (a binomial term in logarithms) both give U = 1 − (1 − u)^1000 with u = 1e-12.
   */
  @Test
  void aLargeGroupInSeriesFromTheChainAndTheClosedForm() {
    double mttf = (1e12 - 1) * H;
    var model = new SystemModel(List.of(units("disk", 1000, new Exponential(mttf),
        new Exponential(H))), new Structure.Group("disk"));
    BigDecimal u = BigDecimal.valueOf(H).divide(BigDecimal.valueOf(mttf + H), EXACT);
    double expected = BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(u).pow(1000, EXACT))
        .doubleValue();
    assertRelative(expected, new AvailabilityAnalytics(model).system().unavailability(), 1e-12);
    assertRelative(expected, SystemChain.of(model).system().unavailability(), 1e-9);
  }
}
