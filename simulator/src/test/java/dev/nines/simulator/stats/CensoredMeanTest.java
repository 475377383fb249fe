package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CensoredMeanTest {

  @Test
  void everyTimeSeenIsThePlainMean() {
    double[] times = {1, 2, 3, 6};
    ConfidenceInterval ci = CensoredMean.of(times, new double[4], 0.95);
    assertEquals(3, ci.mean(), 1e-15);
    assertTrue(ci.low() > 0 && ci.low() < 3 && ci.high() > 3);
  }

  /** Two of four not failed at 10: the mean is at least that of min(T, C) = (1, 2, 10, 10). */
  @Test
  void censoredTimesGiveALowerBound() {
    double[] times = {1, 2, Double.NaN, Double.NaN};
    double[] censored = {Double.NaN, Double.NaN, 10, 10};
    ConfidenceInterval ci = CensoredMean.of(times, censored, 0.95);
    assertTrue(Double.isNaN(ci.mean()));
    ConfidenceInterval restricted =
        RatioEstimator.mean(new double[] {1, 2, 10, 10}).interval(0.95, Scale.LOG);
    assertEquals(restricted.low(), ci.low(), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, ci.high());
    assertTrue(ci.note().startsWith("2 of 4 not failed"), ci.note());
    assertThrows(IllegalArgumentException.class,
        () -> CensoredMean.of(new double[] {Double.NaN}, new double[] {Double.NaN}, 0.95));
  }
}
