package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static double[] oneTo(int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[n - 1 - i] = i + 1; // unsorted on purpose
    }
    return values;
  }

  /**
   * The classic table: the 95 % interval of the median of 100 values is [x(40), x(61)]
   * (P(B <= 39) = 0.0176 <= 0.025 < P(B <= 40) = 0.0284 for B ~ binomial(100, 1/2)).
   */
  @Test
  void medianOfAHundred() {
    ConfidenceInterval ci = Percentiles.interval(oneTo(100), 0.5, 0.95);
    assertEquals(40, ci.low());
    assertEquals(61, ci.high());
    assertEquals(50.5, ci.mean(), 1e-12);
  }

  /**
   * p99 of 100 values: P(B >= 100) = 0.99^100 = 0.366 > 0.025, so no order statistic bounds it
   * from above; from below, with F = 100 - B ~ binomial(100, 0.01), P(B <= 96) = P(F >= 4) =
   * 0.0184 <= 0.025 < P(B <= 97) = P(F >= 3) = 0.0794, so the lower bound is x(97).
   */
  @Test
  void aHighPercentileOfFewValuesIsOneSided() {
    ConfidenceInterval ci = Percentiles.interval(oneTo(100), 0.99, 0.95);
    assertEquals(97, ci.low());
    assertEquals(Double.POSITIVE_INFINITY, ci.high());
  }
}
