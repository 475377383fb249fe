package dev.nines.simulator.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LikelihoodRatioTest {

  /** Factors of 1e-200 twice underflow a product, not the log: the ratio keeps its digits. */
  @Test
  void carriedOnTheLogScale() {
    LikelihoodRatio w = new LikelihoodRatio();
    assertEquals(1, w.value());
    w.times(0.5);
    w.times(1e-200);
    w.times(1e-200);
    assertEquals(Math.log(0.5) + 2 * Math.log(1e-200), w.log(), 1e-12);
    assertEquals(0, w.value());
    LikelihoodRatio copy = w.copy();
    copy.timesExp(400 * Math.log(10));
    assertEquals(0.5, copy.value(), 1e-12);
    assertEquals(Math.log(0.5) + 2 * Math.log(1e-200), w.log(), 1e-12); // the original unchanged
    assertThrows(IllegalArgumentException.class, () -> w.times(0));
    assertThrows(IllegalArgumentException.class, () -> w.times(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> w.timesExp(Double.NaN));
  }

  /**
   * The textbook use: P(X > 20) = e^{−20} for X ~ Exp(1), drawn from Exp(1/20) instead, each draw
   * weighed by its density ratio W = 20·e^{−19x/20}. A third of the biased draws land beyond 20;
   * the second moment E_Q[W²; X > 20] = 20·∫_20^∞ e^{−39x/20} dx = (400/39)·e^{−39}, so each draw's
   * relative variance is (400/39)·e − 1 = 26.88 and 10⁵ draws give a relative error of
   * sqrt(26.88/10⁵) = 1.64 %, where 10⁵ plain draws would see nothing.
   */
  @Test
  void weighsAnExponentialTail() {
    UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(42L);
    int n = 100_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = -20 * Math.log(1 - random.nextDouble());
      LikelihoodRatio w = new LikelihoodRatio();
      w.timesExp(-x);
      w.times(20);
      w.timesExp(x / 20);
      double c = x > 20 ? w.value() : 0;
      sum += c;
      squares += c * c;
    }
    double mean = sum / n;
    double se = Math.sqrt((squares / n - mean * mean) / (n - 1));
    double exact = Math.exp(-20);
    assertTrue(Math.abs(mean - exact) < 4 * se, mean + " vs " + exact + " ± " + se);
    double expected = Math.sqrt((400.0 / 39 * Math.E - 1) / n);
    assertEquals(expected, se / exact, 0.1 * expected);
  }
}
