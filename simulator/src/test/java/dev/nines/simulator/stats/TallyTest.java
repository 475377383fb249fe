package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TallyTest {

  private static Tally of(double... values) {
    Tally tally = new Tally();
    for (double v : values) {
      tally.add(v);
    }
    return tally;
  }

  @Test
  void meanAndVarianceByHand() {
    // 2, 4, 4, 4, 5, 5, 7, 9: sum 40, n 8, mean 5.
    // Squared deviations: 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; unbiased variance 32 / 7.
    Tally tally = of(2, 4, 4, 4, 5, 5, 7, 9);
    assertEquals(8, tally.count());
    assertEquals(5.0, tally.mean(), 1e-15);
    assertEquals(32.0 / 7, tally.variance(), 1e-14);
    assertEquals(Math.sqrt(32.0 / 7), tally.standardDeviation(), 1e-14);
    assertEquals(2.0, tally.min());
    assertEquals(9.0, tally.max());
  }

  @Test
  void numericallyStableWithALargeOffset() {
    // The same data shifted by 1e9: the mean shifts, the variance does not. A naive sum of squares
    // would lose everything here (1e18-sized squares carry no digits below 100).
    double offset = 1e9;
    Tally tally = of(offset + 2, offset + 4, offset + 4, offset + 4, offset + 5, offset + 5,
        offset + 7, offset + 9);
    assertEquals(offset + 5, tally.mean(), 1e-6);
    assertEquals(32.0 / 7, tally.variance(), 1e-6);

    // Many observations: 0.1, 0.2, 0.3 repeated 100 000 times on top of 1e9.
    // Mean offset + 0.2; deviations -0.1, 0, 0.1 in equal thirds, so the sum of squared deviations is
    // n * (0.01 + 0 + 0.01) / 3 and the unbiased variance (0.02 / 3) * n / (n - 1).
    Tally many = new Tally();
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      many.add(offset + 0.1 * (1 + i % 3));
    }
    assertEquals(offset + 0.2, many.mean(), 1e-5); // 1e-14 relative: the values themselves carry ~1e-7
    assertEquals(0.02 / 3 * n / (n - 1), many.variance(), 1e-6);
  }

  @Test
  void smallCounts() {
    Tally empty = new Tally();
    assertEquals(0, empty.count());
    assertTrue(Double.isNaN(empty.mean()));
    assertTrue(Double.isNaN(empty.variance()));
    assertTrue(Double.isNaN(empty.min()));
    assertTrue(Double.isNaN(empty.max()));

    Tally one = of(3.5);
    assertEquals(3.5, one.mean());
    assertTrue(Double.isNaN(one.variance()));
    assertTrue(Double.isNaN(one.standardDeviation()));
    assertEquals(3.5, one.min());
    assertEquals(3.5, one.max());

    Tally constant = of(7, 7, 7);
    assertEquals(0.0, constant.variance());
  }

  @Test
  void rejectsNaN() {
    Tally tally = of(1, 2);
    assertThrows(IllegalArgumentException.class, () -> tally.add(Double.NaN));
    assertEquals(2, tally.count());
    assertEquals(1.5, tally.mean());
  }

  @Test
  void negativeValuesAndExtremes() {
    Tally tally = of(-3, 1, -10, 4);
    // Mean (-3 + 1 - 10 + 4) / 4 = -2; deviations -1, 3, -8, 6; squares 1 + 9 + 64 + 36 = 110; / 3.
    assertEquals(-2.0, tally.mean(), 1e-15);
    assertEquals(110.0 / 3, tally.variance(), 1e-13);
    assertEquals(-10.0, tally.min());
    assertEquals(4.0, tally.max());
  }
}
