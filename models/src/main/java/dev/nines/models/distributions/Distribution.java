package dev.nines.models.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A non-negative probability distribution of a duration in seconds: time to failure, time to repair,
 * service time. Each knows its analytic mean and quantiles, and makes a sampler bound to one named
 * random stream (DESIGN.md §2). The records validate their parameters, so a bad value cannot exist.
 */
public sealed interface Distribution
    permits Exponential, Weibull, Lognormal, Gamma, Erlang, Uniform, Deterministic, Empirical {

  /** The analytic mean, in seconds. */
  double mean();

  /** The analytic variance, in seconds squared, by the distribution's closed form. */
  double variance();

  /**
   * The second moment E[X²] = Var[X] + E[X]², in seconds squared: what the Pollaczek–Khinchine
   * formula needs of a service time.
   */
  default double secondMoment() {
    double mean = mean();
    return variance() + mean * mean;
  }

  /** The p-quantile (inverse CDF) for p in [0, 1), in seconds. */
  double quantile(double p);

  /** A sampler drawing from this distribution with the given stream. */
  ContinuousSampler sampler(UniformRandomProvider rng);

  /**
   * A sampler of the length-biased law, density x·f(x) / mean: the length of the life (or repair)
   * that covers a time point far from the start of an alternating renewal process, which is longer
   * than a typical one (the inspection paradox). Each distribution draws it exactly.
   */
  ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng);

  /**
   * A sampler of the equilibrium residual law, density S(x) / mean (S the survival function), mean
   * E[X²] / (2 E[X]): the time left of the life (or repair) in progress at a time point far from
   * the start, which is how a unit started in its stationary state begins. Drawn as U·L, with L
   * length-biased ({@link #lengthBiasedSampler}) and U uniform on [0, 1), both from the stream.
   */
  default ContinuousSampler residualSampler(UniformRandomProvider rng) {
    ContinuousSampler biased = lengthBiasedSampler(rng);
    return () -> {
      double length = biased.sample();
      return rng.nextDouble() * length;
    };
  }

  /**
   * The cumulative hazard H(x) = −ln S(x), S(x) = P(X > x) the survival function: 0 for x ≤ 0,
   * growing to +∞ at the end of the support (+∞ from there on). Computed from the survival side
   * where that is the small one (never as −ln(1 − F) with F near 1), so a life's far tail keeps its
   * digits: what importance sampling needs to weigh a life's path exactly.
   */
  double cumulativeHazard(double x);

  /**
   * The inverse of {@link #cumulativeHazard}: the smallest x ≥ 0 with H(x) ≥ h, for h ≥ 0 (+∞ and
   * the end of the support for h = +∞). With E a unit exponential, H⁻¹(H(a) + E) − a is the life
   * left of a unit of age a.
   */
  double inverseCumulativeHazard(double h);

  /** The survival function S(x) = P(X > x) = exp(−H(x)), to full relative precision in the tail. */
  default double survival(double x) {
    return Math.exp(-cumulativeHazard(x));
  }

  /**
   * True when the law puts a positive probability on single values (deterministic, empirical): it
   * has no density, and two such lives can end at the same instant.
   */
  default boolean hasAtoms() {
    return false;
  }

  /** True when the distribution is exponential, so the unit's life is memoryless. */
  default boolean isExponential() {
    return false;
  }

  /** A short description for tables, such as {@code exponential(mean=1000h)}. */
  String describe();

  /**
   * H⁻¹(h) by bisection on an increasing, continuous cumulative hazard, from the guess {@code x0}
   * (> 0): for laws without a closed-form inverse whose quantile loses its digits in the tails.
   * Relative precision about 1e-15 of x.
   */
  static double invertHazard(java.util.function.DoubleUnaryOperator hazard, double h, double x0) {
    if (!(h >= 0)) {
      throw new IllegalArgumentException("a cumulative hazard must be non-negative, got " + h);
    }
    if (h == 0) {
      return 0;
    }
    if (h == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double lo = x0;
    double hi = x0;
    while (hazard.applyAsDouble(lo) >= h && lo > Double.MIN_NORMAL) {
      hi = lo;
      lo /= 2;
    }
    while (hazard.applyAsDouble(hi) < h) {
      lo = hi;
      hi *= 2;
      if (hi == Double.POSITIVE_INFINITY) {
        return hi;
      }
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (hazard.applyAsDouble(mid) >= h) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  static double requirePositive(String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
    }
    return value;
  }

  static double requireNonNegative(String what, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be non-negative and finite, got " + value);
    }
    return value;
  }

  static void checkProbability(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("quantile needs 0 <= p < 1, got " + p);
    }
  }
}
