package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.simulator.Durations;
import org.junit.jupiter.api.Test;

/** The heartbeat detector's formulas, and P(D₂ − D₁ > x) exact and numerical. */
class DetectorAnalyticsTest {

  private static final double[] XS = {-3, -1.2, -0.5, -0.1, 0, 0.05, 0.4, 1, 2.5};

  @Test
  void exponentialDifferencesAreLaplace() {
    double mu = 0.7;
    for (double x : XS) {
      double laplace = x >= 0 ? Math.exp(-x / mu) / 2 : 1 - Math.exp(x / mu) / 2;
      assertEquals(laplace, DetectorAnalytics.exceedance(new Exponential(mu), x), 1e-15);
      // A Weibull of shape 1 is the same exponential, but goes through the numerical integration.
      assertEquals(laplace, DetectorAnalytics.exceedance(new Weibull(1, mu), x), 1e-3, "x=" + x);
    }
  }

  @Test
  void uniformDifferencesAreTriangular() {
    double a = 0.2;
    double width = 1.5;
    for (double x : XS) {
      double z = Math.min(1, Math.abs(x) / width);
      double above = (1 - z) * (1 - z) / 2; // P(D₂ − D₁ > |x|)
      double expected = x >= 0 ? above : 1 - above;
      assertEquals(expected, DetectorAnalytics.exceedance(new Uniform(a, a + width), x), 1e-3,
          "x=" + x);
    }
  }

  @Test
  void fixedAndEmpiricalDelaysAreExact() {
    assertEquals(1, DetectorAnalytics.exceedance(null, -1e-9));
    assertEquals(0, DetectorAnalytics.exceedance(null, 0));
    assertEquals(0, DetectorAnalytics.exceedance(new Deterministic(0.3), 0));
    Empirical twoValues = new Empirical(new double[] {0, 1});
    assertEquals(0.25, DetectorAnalytics.exceedance(twoValues, 0.5)); // only (0, 1)
    assertEquals(0.75, DetectorAnalytics.exceedance(twoValues, -0.5)); // all but (1, 0)
    assertEquals(0, DetectorAnalytics.exceedance(twoValues, 1));
  }

  @Test
  void withoutDelayTheFalseSuspicionRateIsTheChanceOfKLossesInARow() {
    // T/I = 0.3/0.1 is 2.9999999999999996 in floating point: K must still be 3.
    double p = 0.01;
    Heartbeat hb = new Heartbeat(0.1, 0.3, p, null);
    double expected = (1 - p) * p * p * p / 0.1 * Durations.YEAR;
    assertEquals(expected, DetectorAnalytics.of(hb).falseSuspicionsPerYear().value(),
        1e-12 * expected);
    Heartbeat fixed = new Heartbeat(1, 2.5, p, new Deterministic(0.2));
    assertEquals((1 - p) * p * p * Durations.YEAR,
        DetectorAnalytics.of(fixed).falseSuspicionsPerYear().value(), 1e-9 * Durations.YEAR * p * p);
    assertEquals(0.0, DetectorAnalytics.of(new Heartbeat(1, 3)).falseSuspicionsPerYear().value());
  }

  @Test
  void aTinyRandomDelayMattersOnlyWhenTheTimeoutIsAWholeNumberOfIntervals() {
    double p = 0.05;
    Uniform tiny = new Uniform(0, 1e-6);
    // T = 2.5 I: two losses in a row leave a gap of 0.5 s whatever the delay: (1−p)·p²/I.
    double apart = (1 - p) * p * p * Durations.YEAR;
    assertEquals(apart, DetectorAnalytics.of(new Heartbeat(1, 2.5, p, tiny))
        .falseSuspicionsPerYear().value(), 1e-6 * apart);
    // T = 3 I: after an arrival at d and two losses, the third heartbeat arrives about T later and
    // covers the end of the second's window only if D₃ ≤ d: the product is p²·(1 − (1−p)·F(d)),
    // and E[F(D)] = 1/2. Rate (1−p)·p²·(1+p)/(2I): (1+p)/(2p) ≈ 10.5 times the (1−p)·p³/I of no delay.
    double whole = (1 - p) * p * p * (1 + p) / 2 * Durations.YEAR;
    assertEquals(whole, DetectorAnalytics.of(new Heartbeat(1, 3, p, tiny))
        .falseSuspicionsPerYear().value(), 1e-6 * whole);
  }

  @Test
  void theWeibullDelayAgreesWithTheExactExponential() {
    // A Weibull of shape 1 is an exponential; it goes through its own CDF and quantile.
    double exact = DetectorAnalytics.of(new Heartbeat(1, 3, 0.05, new Exponential(0.2)))
        .falseSuspicionsPerYear().value();
    double tabulated = DetectorAnalytics.of(new Heartbeat(1, 3, 0.05, new Weibull(1, 0.2)))
        .falseSuspicionsPerYear().value();
    assertEquals(exact, tabulated, 1e-10 * exact);
    assertTrue(exact > 8 * (1 - 0.05) * Math.pow(0.05, 3) * Durations.YEAR); // the delay matters
  }

  /**
   * The false-suspicion rate for an exponential delay, integrated here over y with the density
   * e^{−y/μ}/μ (not the quantile): composite Simpson between the kinks y = j·I and j·I − T of the
   * product, 1,000 panels each, up to 40 μ (beyond, e^{−40} is nothing).
   */
  private static double rateByDensity(double i, double t, double p, double mu) {
    double end = 40 * mu;
    int reach = (int) Math.ceil((end + t) / i) + 2; // farther windows hold no delay below `end`
    java.util.TreeSet<Double> cuts = new java.util.TreeSet<>(java.util.List.of(0.0, end));
    for (int j = -reach; j <= reach; j++) {
      for (double y : new double[] {j * i, j * i - t, j * i + t}) {
        if (y > 0 && y < end) {
          cuts.add(y);
        }
      }
    }
    java.util.function.DoubleUnaryOperator cdf = y -> y <= 0 ? 0 : -Math.expm1(-y / mu);
    java.util.function.DoubleUnaryOperator f = y -> {
      double product = 1;
      for (int j = -reach; j <= reach; j++) {
        if (j != 0) {
          double lo = y - j * i;
          product *= 1 - (1 - p) * (cdf.applyAsDouble(lo + t) - cdf.applyAsDouble(lo));
        }
      }
      return product * Math.exp(-y / mu) / mu;
    };
    double sum = 0;
    Double left = null;
    for (double right : cuts) {
      if (left != null) {
        int panels = 1000;
        double h = (right - left) / panels;
        double s = f.applyAsDouble(left) + f.applyAsDouble(right);
        for (int k = 1; k < panels; k++) {
          s += (k % 2 == 1 ? 4 : 2) * f.applyAsDouble(left + k * h);
        }
        sum += s * h / 3;
      }
      left = right;
    }
    return (1 - p) / i * sum;
  }

  @Test
  void theFalseSuspicionRateIsExactToABillionth() {
    // The 2,000 quantile points of before gave 1e-4; the quadrature must give 1e-9.
    double[][] cases = {{1, 3, 0.05, 0.2}, {1, 2.5, 0.02, 0.7}, {0.5, 1.2, 0.1, 0.05}};
    for (double[] c : cases) {
      Heartbeat hb = new Heartbeat(c[0], c[1], c[2], new Exponential(c[3]));
      double expected = rateByDensity(c[0], c[1], c[2], c[3]) * Durations.YEAR;
      assertEquals(expected, DetectorAnalytics.of(hb).falseSuspicionsPerYear().value(),
          1e-9 * expected, hb.toString());
    }
  }

  @Test
  void detectionDelayFormulas() {
    DetectorAnalytics plain = DetectorAnalytics.of(new Heartbeat(1, 3, 0, new Deterministic(0.1)));
    assertEquals(2.6, plain.detectionDelay().value(), 1e-12);
    assertEquals(2.6, plain.detectionDelayP50().value(), 1e-12);
    assertEquals(3.09, plain.detectionDelayP99().value(), 1e-12);
    assertEquals(2.505,
        DetectorAnalytics.of(new Heartbeat(1, 3, 0, new Exponential(0.005))).detectionDelay()
            .value(), 1e-12);
    // K = 3 whole intervals: (1−p)·(2.5 + 1.5·p + 0.5·p²); the old T − I/2 − I·p/(1−p) = 2.25
    // dropped the p^K terms.
    DetectorAnalytics lossy = DetectorAnalytics.of(new Heartbeat(1, 3, 0.2, null));
    assertEquals(0.8 * (2.5 + 1.5 * 0.2 + 0.5 * 0.04), lossy.detectionDelay().value(), 1e-12);
    assertFalse(lossy.detectionDelayP50().hasValue());
    assertFalse(lossy.detectionDelayP99().hasValue());
  }

  @Test
  void falseSuspicionLengthFormula() {
    // K = 2: a suspicion needs two or more losses in a row; m losses last (m+1)·I − T.
    DetectorAnalytics fixed = DetectorAnalytics.of(new Heartbeat(1, 2.5, 0.2, null));
    assertEquals(3 - 2.5 + 0.25, fixed.falseSuspicionLength().value(), 1e-12);
    assertEquals("no formula: nothing is lost",
        DetectorAnalytics.of(new Heartbeat(1, 3)).falseSuspicionLength().formula());
    assertEquals("no formula: random delay",
        DetectorAnalytics.of(new Heartbeat(1, 3, 0.1, new Exponential(0.01)))
            .falseSuspicionLength().formula());
  }

  @Test
  void theSpecialHeartbeatsAreTheLostAndTheVeryLate() {
    assertEquals(0.01, HeartbeatMonitor.specialProbability(new Heartbeat(1, 3, 0.01, null)));
    // Q(w) − Q(0) = −μ·ln(1 − w) ≤ T − I = 2 s: 1 − w = e^{−2/μ}.
    double r = HeartbeatMonitor.specialProbability(new Heartbeat(1, 3, 0.01, new Exponential(0.5)));
    assertEquals(0.01 + 0.99 * Math.exp(-4), r, 1e-12);
    assertTrue(HeartbeatMonitor.specialProbability(new Heartbeat(1, 3, 0, new Exponential(0.005)))
        < 1e-11);
  }
}
