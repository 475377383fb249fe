package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uniformization against the closed form of one exponential unit. */
class TransientTest {

  private static final double LAMBDA = 1 / (1000 * Chains.HOUR);
  private static final double MU = 1 / (8 * Chains.HOUR);
  private static final Ctmc UNIT = Chains.oneUnit(LAMBDA, MU);
  private static final double[] UP = {1, 0};

  /**
   * A(t) for a unit that starts up: dA/dt = -λA + μ(1 - A), A(0) = 1, so
   * A(t) = μ/(λ+μ) + λ/(λ+μ) · e^{-(λ+μ)t}.
   */
  private static double availability(double t) {
    return MU / (LAMBDA + MU) + LAMBDA / (LAMBDA + MU) * Math.exp(-(LAMBDA + MU) * t);
  }

  @Test
  void matchesTheClosedFormFromShortToVeryLongTimes() {
    double meanTime = 1 / (LAMBDA + MU); // about 7.9 h
    // up to 10^5 relaxation times: Λt = 1.3e5, where e^{-Λt} alone would underflow
    double[] times = {0, 1, 0.1 * meanTime, meanTime, 5 * meanTime, 100 * meanTime,
        1e5 * meanTime};
    for (double t : times) {
      Transient.Result r = Transient.at(UNIT, UP, t, 1e-12);
      assertEquals(availability(t), r.probability(0), 1e-9, "t = " + t);
      assertEquals(1 - availability(t), r.probability(1), 1e-9, "t = " + t);
      assertTrue(r.errorBound() <= 1e-12, "bound " + r.errorBound());
    }
  }

  @Test
  void theErrorBoundBoundsTheError() {
    // A loose epsilon so the truncation error is large enough to measure. Every omitted term is a
    // probability vector times its Poisson weight, so the L1 error equals the omitted mass.
    for (double t : new double[] {3 * Chains.HOUR, 40 * Chains.HOUR, 5000 * Chains.HOUR}) {
      for (double epsilon : new double[] {1e-2, 1e-4, 1e-7}) {
        Transient.Result r = Transient.at(UNIT, UP, t, epsilon);
        double error = Math.abs(r.probability(0) - availability(t))
            + Math.abs(r.probability(1) - (1 - availability(t)));
        assertTrue(r.errorBound() <= epsilon, "bound " + r.errorBound() + " > " + epsilon);
        assertTrue(error <= r.errorBound() + 1e-13,
            "t = " + t + ", epsilon = " + epsilon + ": error " + error + " > " + r.errorBound());
        assertEquals(r.errorBound(), error, 1e-12); // and the bound is tight
        assertTrue(r.terms() > 0);
      }
    }
  }

  @Test
  void severalTimesAtOnceAgreeWithOneAtATime() {
    double[] times = {0, Chains.HOUR, 10 * Chains.HOUR, 10 * Chains.HOUR, 300 * Chains.HOUR};
    List<Transient.Result> all = Transient.at(UNIT, UP, times, 1e-10);
    assertEquals(times.length, all.size());
    for (int i = 0; i < times.length; i++) {
      Transient.Result one = Transient.at(UNIT, UP, times[i], 1e-10);
      assertEquals(one.probability(0), all.get(i).probability(0), 1e-10);
      assertEquals(availability(times[i]), all.get(i).probability(new boolean[] {true, false}),
          1e-9);
      assertTrue(all.get(i).errorBound() <= 1e-10);
    }
    assertEquals(1, all.get(0).probability(0));
    assertEquals(0, all.get(0).terms());
  }

  @Test
  void aLargerChainKeepsProbabilityAndApproachesTheSteadyState() {
    Ctmc chain = Chains.machineRepair(6, 0.05 / Chains.HOUR, 0.5 / Chains.HOUR);
    Transient.Result r = Transient.at(chain, Chains.point(7, 0), 2000 * Chains.HOUR, 1e-12);
    double[] pi = SteadyState.solve(chain);
    double sum = 0;
    for (int k = 0; k < 7; k++) {
      assertEquals(pi[k], r.probability(k), 1e-9);
      sum += r.probability(k);
    }
    assertEquals(1 - r.errorBound(), sum, 1e-12);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Transient.at(UNIT, new double[] {1, 1}, 1,
        1e-9));
    assertThrows(IllegalArgumentException.class, () -> Transient.at(UNIT, UP, -1, 1e-9));
    assertThrows(IllegalArgumentException.class, () -> Transient.at(UNIT, UP, 1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> Transient.at(UNIT, UP, new double[] {2, 1}, 1e-9));
    CtmcException e = assertThrows(CtmcException.class,
        () -> Transient.at(UNIT, UP, 1e15 * Chains.HOUR, 1e-9));
    assertTrue(e.getMessage().contains("terms"), e.getMessage());
  }
}
