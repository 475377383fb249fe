package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** The queueing closed forms against values worked out by hand or by independent formulas. */
class QueueingTest {

  private static final double EPS = 1e-12;

  @Test
  void mm1AtNinetyPercentLoad() {
    // λ = 0.9, μ = 1: μ − λ = 0.1, so W = 10 and Wq = ρ·W = 9.
    assertEquals(10, Queueing.mm1MeanResponse(0.9, 1).value(), EPS);
    assertEquals(9, Queueing.mm1MeanWait(0.9, 1).value(), EPS);
    // Response time is exponential with mean 10: the median is 10·ln 2, p99 is 10·ln 100.
    assertEquals(10 * Math.log(2), Queueing.mm1ResponseQuantile(0.9, 1, 0.5).value(), EPS);
    assertEquals(10 * Math.log(100), Queueing.mm1ResponseQuantile(0.9, 1, 0.99).value(), 1e-11);
    assertEquals(0, Queueing.mm1ResponseQuantile(0.9, 1, 0).value());
    // Same load in other units: λ = 90, μ = 100 gives W = 1/10.
    assertEquals(0.1, Queueing.mm1MeanResponse(90, 100).value(), EPS);
    assertEquals("M/M/1: 1/(μ−λ)", Queueing.mm1MeanResponse(0.9, 1).formula());
  }

  @Test
  void erlangCByHand() {
    // c = 2, a = 1: (a^c/c!)·c/(c−a) = 1, Σ_{k<c} a^k/k! = 2, so C = 1/(2 + 1) = 1/3.
    assertEquals(1.0 / 3, Queueing.erlangC(2, 1, 1).value(), EPS);
    assertEquals(1.0 / 3, Queueing.erlangC(2, 5, 5).value(), EPS);
    // One server: an arrival waits exactly when the server is busy, with chance ρ.
    assertEquals(0.3, Queueing.erlangC(1, 0.3, 1).value(), EPS);
    assertEquals(0.75, Queueing.erlangC(1, 3, 4).value(), EPS);
    // Erlang B at c = 2, a = 1: (1/2)/(1 + 1 + 1/2) = 0.2.
    assertEquals(0.2, Queueing.erlangB(2, 1, 1).value(), EPS);
  }

  @Test
  void mmcMeanWaitAndResponse() {
    // c = 1 is M/M/1: λ = 0.6, μ = 2, ρ = 0.3, Wq = ρ/(μ−λ) = 0.3/1.4.
    assertEquals(0.3 / 1.4, Queueing.mmcMeanWait(1, 0.6, 2).value(), EPS);
    assertEquals(1 / 1.4, Queueing.mmcMeanResponse(1, 0.6, 2).value(), EPS);
    // c = 2, λ = μ = 1: C = 1/3, Wq = C/(cμ−λ) = 1/3, W = 1/3 + 1 = 4/3.
    assertEquals(1.0 / 3, Queueing.mmcMeanWait(2, 1, 1).value(), EPS);
    assertEquals(4.0 / 3, Queueing.mmcMeanResponse(2, 1, 1).value(), EPS);
  }

  @Test
  void mmcWaitQuantiles() {
    // c = 2, λ = μ = 1: P(W > t) = (1/3)·e^{−t}. Two thirds never wait, so the median is 0.
    assertEquals(0, Queueing.mmcWaitQuantile(2, 1, 1, 0.5).value());
    assertEquals(0, Queueing.mmcWaitQuantile(2, 1, 1, 2.0 / 3).value());
    // P(W > t) = 0.1 ⇒ t = ln(10/3).
    assertEquals(Math.log(10.0 / 3), Queueing.mmcWaitQuantile(2, 1, 1, 0.9).value(), EPS);
    // c = 1 is M/M/1: P(W > t) = ρ·e^{−(μ−λ)t}; λ = 0.9, μ = 1, q = 0.99 ⇒ t = 10·ln 90.
    assertEquals(10 * Math.log(90), Queueing.mmcWaitQuantile(1, 0.9, 1, 0.99).value(), 1e-11);
  }

  @Test
  void mmckWithNoQueueIsErlangB() {
    assertEquals(0.2, Queueing.mmckBlocking(2, 2, 1, 1).value(), EPS);
    // One server, no queue: π_1 = a/(1 + a).
    assertEquals(0.25, Queueing.mmckBlocking(1, 1, 1, 3).value(), EPS);
    // With K = c no one waits: the response is the service time.
    assertEquals(1, Queueing.mmckMeanResponse(2, 2, 1, 1).value(), EPS);
    assertEquals(0.5, Queueing.mmckMeanResponse(3, 3, 7, 2).value(), EPS);
  }

  @Test
  void mm1kClosedForm() {
    double lambda = 1;
    double mu = 2;
    double rho = 0.5;
    for (int k = 1; k <= 12; k++) {
      double blocking = (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
      assertEquals(blocking, Queueing.mmckBlocking(1, k, lambda, mu).value(), EPS, "K=" + k);
      double l = rho / (1 - rho) - (k + 1) * Math.pow(rho, k + 1) / (1 - Math.pow(rho, k + 1));
      assertEquals(l / (lambda * (1 - blocking)),
          Queueing.mmckMeanResponse(1, k, lambda, mu).value(), EPS, "K=" + k);
    }
    assertEquals(1.0 / 63, Queueing.mmckBlocking(1, 5, 1, 2).value(), EPS);
    // Overloaded (ρ = 2) still has a steady state: π_3 = (1−2)·8/(1−16) = 8/15.
    assertEquals(8.0 / 15, Queueing.mmckBlocking(1, 3, 2, 1).value(), EPS);
  }

  @Test
  void mm1kAtLoadOneIsUniform() {
    for (int k = 1; k <= 20; k++) {
      assertEquals(1.0 / (k + 1), Queueing.mmckBlocking(1, k, 3, 3).value(), EPS, "K=" + k);
      // L = K/2 and λ_eff = λ·K/(K+1).
      double w = (k / 2.0) / (3.0 * k / (k + 1));
      assertEquals(w, Queueing.mmckMeanResponse(1, k, 3, 3).value(), EPS, "K=" + k);
    }
  }

  @Test
  void mmckWithALongQueueIsMmc() {
    assertEquals(4.0 / 3, Queueing.mmckMeanResponse(2, 2_000, 1, 1).value(), EPS);
    double blocking = Queueing.mmckBlocking(2, 2_000, 1, 1).value();
    assertTrue(blocking >= 0 && blocking < 1e-300);
  }

  @Test
  void manyServersStayFinite() {
    // c = 200, a = 190: a^c/c! overflows a double, the Erlang recursion does not.
    double c = Queueing.erlangC(200, 190, 1).value();
    assertTrue(c > 0 && c < 1, "C = " + c);
    assertEquals(erlangCInLogSpace(200, 190), c, 1e-10);
    double b = Queueing.erlangB(200, 190, 1).value();
    assertTrue(b > 0 && b < c);
    assertEquals(b, Queueing.mmckBlocking(200, 200, 190, 1).value(), 1e-12);
    double blocking = Queueing.mmckBlocking(200, 400, 190, 1).value();
    assertTrue(blocking > 0 && blocking < b, "π_K = " + blocking);
    double w = Queueing.mmcMeanResponse(200, 190, 1).value();
    assertTrue(Double.isFinite(w) && w > 1);
    assertEquals(erlangCInLogSpace(5_000, 4_900), Queueing.erlangC(5_000, 4_900, 1).value(), 1e-9);
    double overloaded = Queueing.mmckBlocking(200, 100_000, 400, 1).value();
    assertEquals(0.5, overloaded, 1e-9); // far over capacity, half the arrivals (λ − cμ)/λ are lost
  }

  /** C = T/(S + T), S = Σ_{k<c} a^k/k!, T = a^c/c!·c/(c−a), scaled by e^{−max}. */
  private static double erlangCInLogSpace(int servers, double a) {
    double logTail = servers * Math.log(a) - Gamma.logGamma(servers + 1.0)
        + Math.log(servers / (servers - a));
    double max = logTail;
    for (int k = 0; k < servers; k++) {
      max = Math.max(max, k * Math.log(a) - Gamma.logGamma(k + 1.0));
    }
    double sum = 0;
    for (int k = 0; k < servers; k++) {
      sum += Math.exp(k * Math.log(a) - Gamma.logGamma(k + 1.0) - max);
    }
    double tail = Math.exp(logTail - max);
    return tail / (sum + tail);
  }

  @Test
  void randomSplitIsMm1PerServer() {
    // n = 4, λ = 2, μ = 1: each server sees 0.5, W = 1/(1 − 0.5) = 2.
    assertEquals(2, Queueing.randomSplitMeanResponse(4, 2, 1).value(), EPS);
    assertEquals(10, Queueing.randomSplitMeanResponse(10, 9, 1).value(), EPS);
  }

  @Test
  void supermarketByHand() {
    // d = 2, ρ = 0.5: exponents (2^i − 2)/(2 − 1) = 0, 2, 6, 14, 30, 62, ...
    double sum = 1 + Math.pow(2, -2) + Math.pow(2, -6) + Math.pow(2, -14) + Math.pow(2, -30);
    // μ = 2, n = 100, λ = ρ·n·μ = 100: the sum is in units of 1/μ.
    Analytic two = Queueing.supermarketMeanResponse(2, 100, 100, 2);
    assertEquals(sum / 2, two.value(), 1e-15);
    assertTrue(two.formula().contains("mean-field, large n"), two.formula());
    // d = 3, ρ = 0.9: exponents (3^i − 3)/2 = 0, 3, 12, 39, 120, 363, 1092.
    double three = 0;
    for (int e : new int[] {0, 3, 12, 39, 120, 363, 1092}) {
      three += Math.pow(0.9, e);
    }
    assertEquals(three, Queueing.supermarketMeanResponse(3, 9, 10, 1).value(), 1e-15);
    // d = 1 is the random split: 1/(μ(1−ρ)).
    assertEquals(Queueing.randomSplitMeanResponse(8, 6, 1).value(),
        Queueing.supermarketMeanResponse(1, 6, 8, 1).value(), EPS);
    assertTrue(Queueing.supermarketMeanResponse(1, 6, 8, 1).formula()
        .contains("mean-field, large n"));
    // Two choices beat one at every load; at ρ = 0.99 by far (≈ 7.1 against 100).
    double near = Queueing.supermarketMeanResponse(2, 99, 100, 1).value();
    assertTrue(near > 5 && near < 10, "W = " + near);
  }

  @Test
  void littlesLaw() {
    assertEquals(6, Queueing.littleL(2, 3), EPS);
    assertEquals(0, Queueing.littleL(2, 0));
    // L of M/M/1 at ρ = 0.9 is ρ/(1−ρ) = 9.
    assertEquals(9, Queueing.littleL(0.9, Queueing.mm1MeanResponse(0.9, 1).value()), 1e-11);
  }

  @Test
  void unstableQueuesHaveNoFormula() {
    assertUnstable(Queueing.mm1MeanResponse(1, 1));
    assertUnstable(Queueing.mm1MeanWait(2, 1));
    assertUnstable(Queueing.mm1ResponseQuantile(1, 1, 0.5));
    assertUnstable(Queueing.erlangC(2, 2, 1));
    assertUnstable(Queueing.mmcMeanWait(2, 3, 1));
    assertUnstable(Queueing.mmcMeanResponse(3, 3, 1));
    assertUnstable(Queueing.mmcWaitQuantile(2, 2, 1, 0.9));
    assertUnstable(Queueing.randomSplitMeanResponse(4, 4, 1));
    assertUnstable(Queueing.supermarketMeanResponse(2, 100, 100, 1));
    assertUnstable(Queueing.supermarketMeanResponse(1, 101, 100, 1));
    // Loss systems are stable at any load.
    assertTrue(Queueing.erlangB(2, 5, 1).hasValue());
    assertTrue(Queueing.mmckMeanResponse(2, 5, 5, 1).hasValue());
  }

  private static void assertUnstable(Analytic a) {
    assertFalse(a.hasValue());
    assertNull(a.value());
    assertEquals("no formula: unstable, load ρ ≥ 1", a.formula());
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Queueing.mm1MeanResponse(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mm1MeanResponse(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mm1MeanWait(1, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Queueing.mm1MeanWait(Double.POSITIVE_INFINITY, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mm1ResponseQuantile(1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mm1ResponseQuantile(1, 2, -0.1));
    assertThrows(IllegalArgumentException.class,
        () -> Queueing.mmcWaitQuantile(2, 1, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Queueing.erlangC(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.erlangB(-1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mmckBlocking(3, 2, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.mmckMeanResponse(2, 4, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Queueing.randomSplitMeanResponse(0, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> Queueing.supermarketMeanResponse(0, 1, 10, 1));
    assertThrows(IllegalArgumentException.class,
        () -> Queueing.supermarketMeanResponse(11, 1, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.littleL(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.littleL(1, -1));
    assertThrows(IllegalArgumentException.class, () -> Queueing.littleL(1, Double.NaN));
  }
}
