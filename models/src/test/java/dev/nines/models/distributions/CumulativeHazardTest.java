package dev.nines.models.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Each law's cumulative hazard H(x) = −ln S(x) against its survival function worked out here from
 * the textbook form, in both tails (where 1 − F would lose the digits), and H⁻¹ as its inverse.
 */
class CumulativeHazardTest {

  @Test
  void exponentialAndWeibullAreClosedForms() {
    assertEquals(2.5, new Exponential(4).cumulativeHazard(10), 1e-15);
    assertEquals(0, new Exponential(4).cumulativeHazard(-1));
    assertEquals(10, new Exponential(4).inverseCumulativeHazard(2.5), 1e-14);
    // Weibull: S = exp(−(x/scale)^shape).
    assertEquals(Math.pow(3.0 / 7, 2.5), new Weibull(2.5, 7).cumulativeHazard(3), 1e-15);
    assertEquals(3, new Weibull(2.5, 7).inverseCumulativeHazard(Math.pow(3.0 / 7, 2.5)), 1e-14);
    // Shape 1 is the exponential of mean scale.
    assertEquals(new Exponential(7).cumulativeHazard(5), new Weibull(1, 7).cumulativeHazard(5),
        1e-15);
  }

  /**
   * Lognormal: in the body against 1 − F of Commons Math; in the tails against Φ(−10) =
   * 7.6198530241605260e-24 (Abramowitz and Stegun's table): S = Φ(−10) ten sigmas above the
   * median, so H = −ln Φ(−10), and F = Φ(−10) ten sigmas below, so H = Φ(−10) to full precision.
   */
  @Test
  void lognormalKeepsBothTails() {
    Lognormal d = new Lognormal(4, 2);
    double mu = d.mu();
    double sigma = d.sigma();
    LogNormalDistribution library = new LogNormalDistribution(null, mu, sigma);
    for (double x : new double[] {1, 3, 4, 8}) {
      assertEquals(-Math.log(1 - library.cumulativeProbability(x)), d.cumulativeHazard(x), 1e-12);
    }
    double tail = 7.6198530241605260e-24;
    assertEquals(-Math.log(tail), d.cumulativeHazard(Math.exp(mu + 10 * sigma)), 1e-9);
    assertEquals(tail, d.cumulativeHazard(Math.exp(mu - 10 * sigma)), 1e-9 * tail);
  }

  /** Gamma of shape 2 (Erlang 2) with scale θ: S = e^{−t}(1 + t), t = x/θ, so H = t − ln(1 + t). */
  @Test
  void gammaOfShapeTwoByItsSurvival() {
    Gamma d = new Gamma(2, 6); // scale 3
    for (double t : new double[] {1e-4, 0.5, 2, 200}) {
      double expected = t - Math.log1p(t);
      assertEquals(expected, d.cumulativeHazard(3 * t), 1e-9 * expected);
    }
    assertEquals(new Gamma(2, 6).cumulativeHazard(5), new Erlang(2, 6).cumulativeHazard(5), 0);
    assertEquals(new Exponential(6).cumulativeHazard(5), new Gamma(1, 6).cumulativeHazard(5),
        1e-14);
  }

  @Test
  void uniformDeterministicAndEmpiricalAreSteppedOrBounded() {
    Uniform u = new Uniform(2, 6);
    assertEquals(0, u.cumulativeHazard(1));
    assertEquals(-Math.log(0.75), u.cumulativeHazard(3), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, u.cumulativeHazard(6));
    assertEquals(6, u.inverseCumulativeHazard(Double.POSITIVE_INFINITY));
    assertFalse(u.hasAtoms());
    Deterministic d = new Deterministic(5);
    assertEquals(0, d.cumulativeHazard(4.999));
    assertEquals(Double.POSITIVE_INFINITY, d.cumulativeHazard(5));
    assertEquals(5, d.inverseCumulativeHazard(0.1));
    assertTrue(d.hasAtoms());
    Empirical e = new Empirical(new double[] {1, 2, 2, 4});
    assertEquals(-Math.log(0.75), e.cumulativeHazard(1), 1e-15); // 2, 2, 4 above 1
    assertEquals(-Math.log(0.25), e.cumulativeHazard(3), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, e.cumulativeHazard(4));
    assertEquals(2, e.inverseCumulativeHazard(1));
    assertTrue(e.hasAtoms());
  }

  /**
   * H(H⁻¹(h)) = h from a millionth of a millionth to far in the tail, for the continuous laws (the
   * uniform to h = 3: further on, its x rounds to its maximum, where H is infinite).
   */
  @Test
  void inverseUndoesTheHazard() {
    List<Distribution> laws = List.of(new Exponential(3), new Weibull(2, 5), new Weibull(0.5, 5),
        new Lognormal(4, 2), new Lognormal(1, 10), new Gamma(2.5, 3), new Gamma(0.3, 3),
        new Erlang(3, 9), new Uniform(0, 4));
    double[] levels = {1e-12, 1e-3, 0.5, 3, 40};
    for (Distribution d : laws) {
      for (double h : levels) {
        if (d instanceof Uniform && h > 3) {
          continue;
        }
        double x = d.inverseCumulativeHazard(h);
        assertEquals(h, d.cumulativeHazard(x), 1e-9 * h, d.describe() + " at h = " + h);
      }
      assertEquals(Math.exp(-d.cumulativeHazard(2)), d.survival(2), 1e-15);
    }
  }
}
