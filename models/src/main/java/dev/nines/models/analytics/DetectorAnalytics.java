package dev.nines.models.analytics;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.simulator.Durations;

/**
 * Analytic figures of a heartbeat detector (interval I, timeout T, loss p, delay D), each with its
 * formula; K = ⌊T/I⌋ (tolerant of rounding). The mean detection delay is exact for a failure that
 * falls uniformly within a heartbeat interval, and for a random delay only while arrivals keep their
 * order and their gaps do not depend on the delays (see {@link DetectionDelay}; otherwise no value,
 * with the reason); the false-suspicion rate is exact (quadrature to about 1e-12) for independent
 * losses and delays in the steady state of a unit that stays up (it neglects the few heartbeats
 * around failures and repairs).
 *
 * @param detectionDelay mean seconds from a failure to its suspicion
 * @param detectionDelayP50 median detection delay (no losses and a fixed delay only)
 * @param detectionDelayP99 99th percentile of the detection delay (likewise)
 * @param falseSuspicionsPerYear false suspicions per monitored unit per year of its up time (the
 *     delay matters much when T/I is an integer: K − 1 losses then leave arrivals exactly T apart)
 * @param falseSuspicionLength mean length of a false suspicion, in seconds (fixed delay only)
 */
public record DetectorAnalytics(
    Analytic detectionDelay,
    Analytic detectionDelayP50,
    Analytic detectionDelayP99,
    Analytic falseSuspicionsPerYear,
    Analytic falseSuspicionLength) {

  private static final String RATE_FORMULA =
      "(1−p)/I · E[Π_{j≠0} (1 − (1−p)·P(D−jI < D_j ≤ D−jI+T))], independent losses and delays";
  /** A bound on the earlier heartbeats whose late arrival is weighed (each at least I earlier). */
  private static final int MAX_EARLIER = 1_000_000;
  private static final String FIXED_RATE_FORMULA = "(1−p)·p^⌊T/I⌋/I, independent losses";

  /**
   * These figures, with the detection delay's three given no value for {@code reason} (an
   * assumption of theirs that the scenario breaks); unchanged when the reason is null.
   */
  public DetectorAnalytics unless(String reason) {
    if (reason == null) {
      return this;
    }
    Analytic none = Analytic.none(reason);
    return new DetectorAnalytics(none, none, none, falseSuspicionsPerYear, falseSuspicionLength);
  }

  /** The analytic figures of a detector with these settings. */
  public static DetectorAnalytics of(Heartbeat h) {
    double i = h.interval();
    double t = h.timeout();
    double p = h.loss();
    Distribution d = h.delay();
    boolean fixed = d == null || d instanceof Deterministic;
    double mean = h.meanDelay();
    Analytic delay = DetectionDelay.mean(h);
    Analytic p50 = Analytic.none("no formula: random delay or losses");
    Analytic p99 = p50;
    if (p == 0 && fixed) {
      p50 = Analytic.of(t + mean - 0.5 * i, "T + delay − (1−q)·I, q = 0.5");
      p99 = Analytic.of(t + mean - 0.01 * i, "T + delay − (1−q)·I, q = 0.99");
    }
    Analytic rate = Analytic.of(falseSuspicionRate(h) * Durations.YEAR,
        fixed ? FIXED_RATE_FORMULA : RATE_FORMULA);
    Analytic length;
    if (!fixed) {
      length = Analytic.none("no formula: random delay");
    } else if (p == 0) {
      length = Analytic.none("no formula: nothing is lost");
    } else {
      length = Analytic.of((floor(t / i) + 1) * i - t + i * p / (1 - p),
          "(⌊T/I⌋+1)·I − T + I·p/(1−p)");
    }
    return new DetectorAnalytics(delay, p50, p99, rate, length);
  }

  /**
   * False suspicions per second of up time, for a unit that stays up. A suspicion starts at T after
   * an arrival a_i exactly when no other heartbeat arrives in (a_i, a_i + T]; given D_i = d the
   * other heartbeats j = i ± 1, ± 2, ... do so independently, so the rate is
   * (1−p)/I · E[Π_{j≠0} (1 − (1−p)·P(d − jI < D ≤ d − jI + T))], the expectation over d by
   * adaptive quadrature of the quantile to a relative 1e-12 or so (exact CDFs). Without a random
   * delay this is (1−p)·p^K/I.
   */
  static double falseSuspicionRate(Heartbeat h) {
    double i = h.interval();
    double t = h.timeout();
    double p = h.loss();
    Distribution d = h.delay();
    if (d == null || d instanceof Deterministic) {
      return (1 - p) * Math.pow(p, floor(t / i)) / i;
    }
    DelayLaw law = DelayLaw.of(d);
    double bottom = law.bottom();
    double expected = law.expect(delay -> {
      double product = 1;
      // Later heartbeats, j = 1, 2, ...: none can arrive in the window once it ends below Q(0).
      for (int j = 1; delay - j * i + t >= bottom && product > 0; j++) {
        double lo = delay - j * i;
        product *= 1 - (1 - p) * (law.cdf(lo + t) - law.cdf(lo));
      }
      // Earlier heartbeats: their window lies ever further in the tail of the delay.
      for (int j = 1; j <= MAX_EARLIER && product > 0; j++) {
        double lo = delay + j * i;
        double below = law.cdf(lo);
        if (1 - below < 1e-17) {
          break;
        }
        product *= 1 - (1 - p) * (law.cdf(lo + t) - below);
      }
      return product;
    }, 0, kinks(law, i, t));
    return (1 - p) / i * expected;
  }

  /**
   * The delays where a window (d ± j·I, d ± j·I + T] of the product meets an end of the support
   * (the product kinks there), at most 1,000 of them.
   */
  private static double[] kinks(DelayLaw law, double i, double t) {
    double b = law.bottom();
    double top = law.top();
    java.util.List<Double> out = new java.util.ArrayList<>();
    for (int j = 1; out.size() < 1000 && j * i <= top - b + t + i; j++) {
      for (double y : new double[] {j * i - t + b, j * i + b, j * i - t + top, j * i + top,
          top - j * i, top - j * i - t, b - j * i + t}) {
        if (y > b && y < top) {
          out.add(y);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * P(D₂ − D₁ > x) for two independent delays: exactly for no delay, a fixed delay and an
   * exponential one (Laplace), by summation for an empirical one and by adaptive quadrature over
   * exact CDFs (to about 1e-13) for the others.
   *
   * @param delayOrNull the delay distribution, or null for no delay
   */
  public static double exceedance(Distribution delayOrNull, double x) {
    if (delayOrNull == null || delayOrNull instanceof Deterministic) {
      return x < 0 ? 1 : 0;
    }
    if (delayOrNull instanceof Exponential e) {
      double mu = e.mean();
      return x >= 0 ? 0.5 * Math.exp(-x / mu) : 1 - 0.5 * Math.exp(x / mu);
    }
    return lawExceedance(DelayLaw.of(delayOrNull), x);
  }

  static double lawExceedance(DelayLaw law, double x) {
    double above = law.expect(d1 -> 1 - law.cdf(d1 + x), 1e-15,
        law.bottom() - x, law.top() - x);
    return Math.max(0, Math.min(1, above));
  }

  /** ⌊q⌋, tolerant of rounding: 3.0000000000000004 and 2.9999999999999996 both give 3. */
  static long floor(double q) {
    long r = Math.round(q);
    if (Math.abs(q - r) <= 1e-9 * Math.max(1, Math.abs(q))) {
      return r;
    }
    return (long) Math.floor(q);
  }
}
