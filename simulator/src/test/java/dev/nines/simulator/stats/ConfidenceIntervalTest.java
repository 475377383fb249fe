package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

  private static Tally of(double... values) {
    Tally tally = new Tally();
    for (double v : values) {
      tally.add(v);
    }
    return tally;
  }

  @Test
  void studentTIntervalByHand() {
    // 1, 2, 3, 4, 5: mean 3; squared deviations 4 + 1 + 0 + 1 + 4 = 10; variance 10 / 4 = 2.5;
    // standard error sqrt(2.5 / 5) = sqrt(0.5) = 0.70710678. The 97.5 % quantile of Student's t with
    // 4 degrees of freedom is 2.776445 (tables), so the half-width is 2.776445 * 0.70710678 = 1.963243.
    ConfidenceInterval ci = of(1, 2, 3, 4, 5).confidenceInterval(0.95);
    double half = 2.7764451 * Math.sqrt(0.5);
    assertEquals(1.963243, half, 1e-6);
    assertEquals(3.0, ci.mean(), 1e-15);
    assertEquals(3 - half, ci.low(), 1e-6);
    assertEquals(3 + half, ci.high(), 1e-6);
    assertEquals(half, ci.halfWidth(), 1e-6);
    assertEquals(half / 3, ci.relativeHalfWidth(), 1e-6);
    assertEquals(5, ci.n());
    assertEquals(0.95, ci.level());
  }

  @Test
  void otherLevelAndSampleSize() {
    // 10, 12 (n = 2): mean 11, variance 2, standard error 1. t(0.95, 1 df) = 6.313752 (90 % level).
    ConfidenceInterval ci = ConfidenceInterval.of(of(10, 12), 0.90);
    assertEquals(11 - 6.313752, ci.low(), 1e-6);
    assertEquals(11 + 6.313752, ci.high(), 1e-6);
  }

  @Test
  void fewerThanTwoObservationsGiveUnknownBounds() {
    ConfidenceInterval one = of(4).confidenceInterval(0.95);
    assertEquals(4.0, one.mean());
    assertTrue(Double.isNaN(one.low()));
    assertTrue(Double.isNaN(one.high()));
    assertEquals(1, one.n());
    assertFalse(one.contains(4.0), "unknown bounds contain nothing");

    ConfidenceInterval none = new Tally().confidenceInterval(0.95);
    assertTrue(Double.isNaN(none.mean()));
    assertTrue(Double.isNaN(none.low()));
    assertTrue(Double.isNaN(none.high()));
    assertEquals(0, none.n());
  }

  @Test
  void zeroVarianceGivesAPoint() {
    ConfidenceInterval ci = of(2, 2, 2, 2).confidenceInterval(0.99);
    assertEquals(2.0, ci.low());
    assertEquals(2.0, ci.high());
    assertTrue(ci.contains(2.0));
    assertFalse(ci.contains(2.0000001));
  }

  @Test
  void containsIsInclusive() {
    ConfidenceInterval ci = new ConfidenceInterval(5, 4, 6, 10, 0.95);
    assertTrue(ci.contains(4));
    assertTrue(ci.contains(5));
    assertTrue(ci.contains(6));
    assertFalse(ci.contains(3.999));
    assertFalse(ci.contains(6.001));
    assertFalse(ci.contains(Double.NaN));
  }

  @Test
  void mapAppliesAnIncreasingFunctionToEveryBound() {
    // Availability to "nines": -log10(1 - A). [0.99, 0.999] maps to [2, 3].
    ConfidenceInterval availability = new ConfidenceInterval(0.995, 0.99, 0.999, 30, 0.95);
    ConfidenceInterval nines = availability.map(a -> -Math.log10(1 - a));
    assertEquals(2.0, nines.low(), 1e-9);
    assertEquals(3.0, nines.high(), 1e-9);
    assertEquals(-Math.log10(0.005), nines.mean(), 1e-12);
    assertEquals(30, nines.n());
    assertEquals(0.95, nines.level());

    ConfidenceInterval scaled = new ConfidenceInterval(1, 0.5, 1.5, 3, 0.9).map(x -> 3600 * x);
    assertEquals(new ConfidenceInterval(3600, 1800, 5400, 3, 0.9), scaled);
  }

  @Test
  void invalidLevelsAndCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0, 0, 0, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0, 0, 0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0, 0, 0, 2, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0, 0, 0, -1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> of(1, 2, 3).confidenceInterval(95));
  }
}
