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

  /** True when the distribution is exponential, so the unit's life is memoryless. */
  default boolean isExponential() {
    return false;
  }

  /** A short description for tables, such as {@code exponential(mean=1000h)}. */
  String describe();

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
