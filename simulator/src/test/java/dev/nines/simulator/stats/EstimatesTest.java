package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimatesTest {

  /** The rule of three: no event in T gives λ < −ln(0.05)/T = 2.9957/T at 95 %. */
  @Test
  void noEventBounds() {
    assertEquals(2.995732273553991, NoEvents.rateBound(1, 0.95), 1e-12);
    assertEquals(2.995732273553991 / 1000, NoEvents.rateBound(1000, 0.95), 1e-15);
    assertEquals(1 - Math.pow(0.05, 1.0 / 30), NoEvents.shareBound(30, 0.95), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, NoEvents.rateBound(0, 0.95));
  }

  @Test
  void aShareNeverSeenIsAOneSidedBound() {
    ConfidenceInterval u = Estimates.share(new double[10], ones(10), 0.95);
    assertEquals(0, u.mean());
    assertEquals(0, u.low());
    assertEquals(1 - Math.pow(0.05, 0.1), u.high(), 1e-15);
    assertEquals(Estimates.NONE_SEEN, u.note());
    ConfidenceInterval a = u.mapDecreasing(x -> 1 - x);
    assertEquals(1, a.high());
    assertEquals(Math.pow(0.05, 0.1), a.low(), 1e-15);
  }

  /**
   * Weighted parts that are all 0 say only that no branch reached the event: the one-sided bound of
   * plain sampling does not hold for them, so the upper bound is unknown; otherwise the interval is
   * the plain one.
   */
  @Test
  void aWeightedShareNeverReachedHasNoBound() {
    ConfidenceInterval u = Estimates.weightedShare(new double[10], ones(10), 0.95);
    assertEquals(0, u.mean());
    assertTrue(Double.isNaN(u.high()));
    assertEquals(Estimates.NONE_REACHED, u.note());
    ConfidenceInterval f = Estimates.weightedRate(new double[10], ones(10), 0.95);
    assertTrue(Double.isNaN(f.high()));
    double[] part = {1e-12, 3e-12, 2e-12};
    assertEquals(Estimates.share(part, ones(3), 0.95), Estimates.weightedShare(part, ones(3), 0.95));
    assertEquals(Estimates.rate(part, ones(3), 0.95), Estimates.weightedRate(part, ones(3), 0.95));
  }

  @Test
  void noEventsGiveARateBoundAndAtLeastATime() {
    ConfidenceInterval rate = Estimates.countMean(new double[20], 0.95);
    assertEquals(0, rate.low());
    assertEquals(2.995732273553991 / 20, rate.high(), 1e-12);
    ConfidenceInterval mtbf = Estimates.atLeastPerEvent(1e6, 20, 0.95);
    assertTrue(Double.isNaN(mtbf.mean()));
    assertEquals(1e6 / 2.995732273553991, mtbf.low(), 1e-6);
    assertEquals(Double.POSITIVE_INFINITY, mtbf.high());
  }

  @Test
  void perEventWithoutEventsIsUnknown() {
    ConfidenceInterval none = Estimates.perEvent(new double[] {0, 0}, new double[] {0, 0}, 0.95,
        "no failure seen");
    assertTrue(Double.isNaN(none.mean()));
    assertEquals(0, none.low());
    assertEquals(Double.POSITIVE_INFINITY, none.high());
    assertEquals("no failure seen", none.note());
    ConfidenceInterval waitedNever = Estimates.perEvent(new double[] {0, 0}, new double[] {3, 4},
        0.95, "x");
    assertEquals(0, waitedNever.mean());
  }

  /**
   * Clopper–Pearson for 30 of 30: P(all up | p) = p^30 = 0.025 at the lower end, so [0.025^(1/30),
   * 1]; for 3 of 10 the ends solve P(B >= 3 | p) = 0.025 and P(B <= 3 | p) = 0.025 (binomial tails,
   * checked here by summing them).
   */
  @Test
  void proportionsAreExact() {
    ConfidenceInterval all = Estimates.proportion(30, 30, 0.95);
    assertEquals(Math.pow(0.025, 1.0 / 30), all.low(), 1e-12);
    assertEquals(1, all.high(), 1e-12);
    ConfidenceInterval none = Estimates.proportion(0, 30, 0.95);
    assertEquals(1 - Math.pow(0.025, 1.0 / 30), none.high(), 1e-12);
    ConfidenceInterval some = Estimates.proportion(3, 10, 0.95);
    assertEquals(0.025, tail(10, some.low(), 3, 10), 1e-9);
    assertEquals(0.025, tail(10, some.high(), 0, 3), 1e-9);
  }

  /** P(from <= B <= to) for B ~ binomial(n, p). */
  private static double tail(int n, double p, int from, int to) {
    double sum = 0;
    for (int k = from; k <= to; k++) {
      sum += org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientDouble(n, k)
          * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
    return sum;
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }
}
