package dev.nines.models.analytics;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Exponential;
import dev.nines.simulator.Durations;
import java.util.Arrays;

/**
 * Analytic figures of a heartbeat detector (interval I, timeout T, loss p, delay D), each with its
 * formula; K = ⌊T/I⌋ (tolerant of rounding). The detection delay assumes that a failure falls
 * uniformly within a heartbeat interval and neglects terms of order p^K; the false-suspicion rate is
 * exact for independent losses and delays in the steady state of a unit that stays up (it neglects
 * the few heartbeats around failures and repairs).
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

  /** The analytic figures of a detector with these settings. */
  public static DetectorAnalytics of(Heartbeat h) {
    double i = h.interval();
    double t = h.timeout();
    double p = h.loss();
    Distribution d = h.delay();
    boolean fixed = d == null || d instanceof Deterministic;
    double mean = h.meanDelay();
    Analytic delay = p == 0
        ? Analytic.of(t - i / 2 + mean, "T − I/2 + E[delay]")
        : Analytic.of(t - i / 2 + mean - i * p / (1 - p), "T − I/2 + E[delay] − I·p/(1−p)");
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
   * (1−p)/I · E[Π_{j≠0} (1 − (1−p)·P(d − jI < D ≤ d − jI + T))]. Without a random delay this is
   * (1−p)·p^K/I.
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
    double sum = 0;
    for (double delay : law.nodes) {
      double product = 1;
      // Later heartbeats, j = 1, 2, ...: none can arrive in the window once it ends below Q(0).
      for (int j = 1; delay - j * i + t >= law.bottom && product > 0; j++) {
        double lo = delay - j * i;
        product *= 1 - (1 - p) * (law.cdf(lo + t) - law.cdf(lo));
      }
      // Earlier heartbeats: their window lies ever further in the tail of the delay.
      for (int j = 1; j <= MAX_EARLIER && product > 0; j++) {
        double lo = delay + j * i;
        double below = law.cdf(lo);
        if (1 - below < 1e-16) {
          break;
        }
        product *= 1 - (1 - p) * (law.cdf(lo + t) - below);
      }
      sum += law.weight * product;
    }
    return (1 - p) / i * sum;
  }

  /**
   * P(D₂ − D₁ > x) for two independent delays: exactly for no delay, a fixed delay, an exponential
   * one (Laplace) and an empirical one; numerically for the others, to about 1e-4.
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
    DelayLaw law = DelayLaw.of(delayOrNull);
    double sum = 0;
    for (double d1 : law.nodes) {
      sum += 1 - law.cdf(d1 + x);
    }
    return Math.max(0, Math.min(1, sum * law.weight));
  }

  /** ⌊q⌋, tolerant of rounding: 3.0000000000000004 and 2.9999999999999996 both give 3. */
  static long floor(double q) {
    long r = Math.round(q);
    if (Math.abs(q - r) <= 1e-9 * Math.max(1, Math.abs(q))) {
      return r;
    }
    return (long) Math.floor(q);
  }

  /**
   * A delay distribution for integration: nodes with equal weights standing for the distribution
   * (the atoms of an empirical one; else the quantiles at the midpoints of 2000 equal slices of
   * [0, 1]) and its CDF F(y) = P(D ≤ y).
   */
  private abstract static class DelayLaw {
    static final int POINTS = 2000;
    final double[] nodes;
    final double weight;
    /** Q(0): F is 0 below it. */
    final double bottom;

    DelayLaw(double[] nodes, double bottom) {
      this.nodes = nodes;
      this.weight = 1.0 / nodes.length;
      this.bottom = bottom;
    }

    abstract double cdf(double y);

    static DelayLaw of(Distribution d) {
      if (d instanceof Empirical e) {
        double[] sorted = e.values();
        Arrays.sort(sorted);
        return new DelayLaw(sorted, sorted[0]) {
          @Override
          double cdf(double y) {
            return (double) upperBound(sorted, y) / sorted.length;
          }
        };
      }
      double[] midpoints = new double[POINTS];
      for (int k = 0; k < POINTS; k++) {
        midpoints[k] = d.quantile((k + 0.5) / POINTS);
      }
      if (d instanceof Exponential e) {
        double mu = e.mean();
        return new DelayLaw(midpoints, 0) {
          @Override
          double cdf(double y) {
            return y <= 0 ? 0 : -Math.expm1(-y / mu);
          }
        };
      }
      return new Tabulated(d, midpoints);
    }
  }

  /**
   * F from a table of the quantile: 4096 equal steps of u, and in each tail points 1/64 of a decade
   * apart down to u = 10⁻¹² (and up to 1 − 10⁻¹²), linear in u between points. Beyond the last
   * point F is taken as 1.
   */
  private static final class Tabulated extends DelayLaw {
    private static final int BODY = 4096;
    private static final int PER_DECADE = 64;
    private static final int DECADES = 12;
    private final double[] u;
    private final double[] q;

    Tabulated(Distribution d, double[] midpoints) {
      super(midpoints, d.quantile(0));
      double[] us = new double[2 * PER_DECADE * DECADES + BODY + 1];
      int n = 0;
      us[n++] = 0;
      double edge = Math.log10(BODY);
      for (int k = DECADES * PER_DECADE; k > edge * PER_DECADE; k--) {
        us[n++] = Math.pow(10, -(double) k / PER_DECADE); // lower tail
      }
      for (int k = 1; k < BODY; k++) {
        us[n++] = (double) k / BODY;
      }
      for (int k = (int) Math.floor(edge * PER_DECADE) + 1; k <= DECADES * PER_DECADE; k++) {
        us[n++] = 1 - Math.pow(10, -(double) k / PER_DECADE); // upper tail
      }
      u = Arrays.copyOf(us, n);
      q = new double[n];
      for (int k = 0; k < n; k++) {
        q[k] = d.quantile(u[k]);
      }
    }

    @Override
    double cdf(double y) {
      if (y < q[0]) {
        return 0;
      }
      int k = upperBound(q, y) - 1; // q[k] <= y < q[k + 1]
      if (k >= q.length - 1) {
        return 1;
      }
      return u[k] + (u[k + 1] - u[k]) * (y - q[k]) / (q[k + 1] - q[k]);
    }
  }

  /** The first index whose value exceeds {@code y} (the length when none does). */
  private static int upperBound(double[] sorted, double y) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= y) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
