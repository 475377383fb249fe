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
    assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.low()));
    assertEquals("no failure seen", none.note());
    ConfidenceInterval waitedNever = Estimates.perEvent(new double[] {0, 0}, new double[] {3, 4},
        0.95, "x");
    assertEquals(0, waitedNever.mean());
  }

  /** Wilson's interval for 30 of 30: [30/(30+z²), 1], z = 1.959964. */
  @Test
  void proportionsKeepTheirWidthWhenAllAgree() {
    ConfidenceInterval all = Estimates.proportion(30, 30, 0.95);
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertEquals(30 / (30 + z2), all.low(), 1e-12);
    assertEquals(1, all.high(), 1e-12);
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }
}
