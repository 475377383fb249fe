package dev.nines.models.analytics;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Erlang;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Gamma;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;

/**
 * A heartbeat delay for the detector's formulas: its exact CDF F(y) = P(D ≤ y) (closed forms, or
 * Commons Math for the gamma and lognormal) and E[g(D)] = ∫₀¹ g(Q(u)) du by adaptive quadrature to
 * a relative 1e-12 or so; an empirical delay is summed over its values, a fixed one is one value.
 */
final class DelayLaw {

  /** The largest u below 1. */
  private static final double LAST = Math.nextDown(1.0);

  /** Null for no delay (a fixed delay of 0). */
  private final Distribution d;
  private final double[] sorted;
  private final DoubleUnaryOperator cdf;

  private DelayLaw(Distribution d) {
    this.d = d;
    this.sorted = d instanceof Empirical e ? sortedCopy(e.values()) : null;
    this.cdf = d == null ? y -> y >= 0 ? 1 : 0 : cdfOf(d, sorted);
  }

  /** The law of {@code delayOrNull}; no delay is a fixed delay of 0. */
  static DelayLaw of(Distribution delayOrNull) {
    return new DelayLaw(delayOrNull);
  }

  /** P(D ≤ y). */
  double cdf(double y) {
    return cdf.applyAsDouble(y);
  }

  /** Q(u). */
  double quantile(double u) {
    return d == null ? 0 : d.quantile(Math.min(u, LAST));
  }

  /** Q(0): the least delay; F is 0 below it. */
  double bottom() {
    return d == null ? 0 : sorted != null ? sorted[0] : d.quantile(0);
  }

  /** A delay exceeded with probability at most 1e-15: beyond it nothing is weighed. */
  double top() {
    if (d == null) {
      return 0;
    }
    if (sorted != null) {
      return sorted[sorted.length - 1];
    }
    return upperQuantile(this, d.mean(), 1 - 1e-15);
  }

  /**
   * The quantile at a level near 1 by the CDF itself: the mean doubled until the CDF reaches the
   * level, then bisection. Commons Math's generic inverse CDF (lognormal, gamma) can put such a
   * quantile far out (15,818 s for a 2 ms ± 1 ms lognormal), where a sum over the heartbeats in
   * flight would find thousands of them.
   */
  static double upperQuantile(DelayLaw d, double mean, double level) {
    double hi = Math.max(mean, Double.MIN_NORMAL);
    for (int i = 0; i < 2100 && d.cdf(hi) < level; i++) {
      hi *= 2;
    }
    double lo = 0;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (d.cdf(mid) >= level) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * E[g(D)], to an absolute error of about {@code tolerance}; g may kink or jump at the delays
   * {@code kinks} (split there, so that no rule steps over them unseen, however near 1 their u).
   */
  double expect(DoubleUnaryOperator g, double tolerance, double... kinks) {
    if (d == null || d instanceof Deterministic) {
      return g.applyAsDouble(bottom());
    }
    if (sorted != null) {
      double sum = 0;
      for (double v : sorted) {
        sum += g.applyAsDouble(v);
      }
      return sum / sorted.length;
    }
    double[] us = new double[kinks.length];
    for (int k = 0; k < kinks.length; k++) {
      us[k] = cdf(kinks[k]);
    }
    return Quadrature.integrate(u -> g.applyAsDouble(quantile(u)), 0, 1, tolerance, us);
  }

  private static DoubleUnaryOperator cdfOf(Distribution d, double[] sorted) {
    if (d instanceof Deterministic fixed) {
      double v = fixed.value();
      return y -> y >= v ? 1 : 0;
    }
    if (sorted != null) {
      return y -> (double) upperBound(sorted, y) / sorted.length;
    }
    if (d instanceof Exponential e) {
      double mu = e.mean();
      return y -> y <= 0 ? 0 : -Math.expm1(-y / mu);
    }
    if (d instanceof Uniform u) {
      double a = u.min();
      double b = u.max();
      return y -> y <= a ? 0 : y >= b ? 1 : (y - a) / (b - a);
    }
    if (d instanceof Weibull w) {
      double k = w.shape();
      double s = w.scale();
      return y -> y <= 0 ? 0 : -Math.expm1(-Math.pow(y / s, k));
    }
    if (d instanceof Gamma g) {
      GammaDistribution law = new GammaDistribution(null, g.shape(), g.scale());
      return y -> y <= 0 ? 0 : law.cumulativeProbability(y);
    }
    if (d instanceof Erlang e) {
      GammaDistribution law = new GammaDistribution(null, e.k(), e.mean() / e.k());
      return y -> y <= 0 ? 0 : law.cumulativeProbability(y);
    }
    if (d instanceof Lognormal l) {
      LogNormalDistribution law = new LogNormalDistribution(null, l.mu(), l.sigma());
      return y -> y <= 0 ? 0 : law.cumulativeProbability(y);
    }
    throw new IllegalArgumentException("no CDF for the delay " + d);
  }

  private static double[] sortedCopy(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
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
