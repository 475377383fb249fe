package dev.nines.models.distributions;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.special.Erf;
import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Lognormal distribution given by its own mean and standard deviation (not those of the underlying
 * normal): sigma^2 = ln(1 + sd^2/mean^2), mu = ln(mean) - sigma^2/2.
 */
public record Lognormal(double mean, double sd) implements Distribution {

  public Lognormal {
    Distribution.requirePositive("lognormal mean", mean);
    Distribution.requirePositive("lognormal sd", sd);
  }

  /** Standard deviation of the underlying normal. */
  public double sigma() {
    return Math.sqrt(Math.log1p((sd * sd) / (mean * mean)));
  }

  /** Mean of the underlying normal. */
  public double mu() {
    double sigma = sigma();
    return Math.log(mean) - sigma * sigma / 2;
  }

  /**
   * sd², the parameter itself; in the underlying normal's parameters (e^{σ²} − 1)·e^{2μ + σ²}, the
   * same number.
   */
  @Override
  public double variance() {
    return sd * sd;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return p == 0 ? 0 : new LogNormalDistribution(null, mu(), sigma()).inverseCumulativeProbability(p);
  }

  /**
   * −ln Φ(−z), z = (ln x − μ)/σ, with Φ(−z) = erfc(z/√2)/2: below the median as −ln(1 − F) by
   * log1p (F small there), above it from the survival itself, so neither side loses its digits.
   */
  @Override
  public double cumulativeHazard(double x) {
    if (!(x > 0)) {
      return 0;
    }
    double z = (Math.log(x) - mu()) / sigma();
    if (z < 0) {
      return -Math.log1p(-0.5 * Erf.erfc(-z / Math.sqrt(2)));
    }
    return -Math.log(0.5 * Erf.erfc(z / Math.sqrt(2)));
  }

  /** By bisection from the median: the normal quantile loses its digits in the tails. */
  @Override
  public double inverseCumulativeHazard(double h) {
    return Distribution.invertHazard(this::cumulativeHazard, h, Math.exp(mu()));
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu(), sigma());
  }

  /** Lognormal(mu + sigma², sigma), in the underlying normal's parameters. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    double sigma = sigma();
    return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu() + sigma * sigma,
        sigma);
  }

  @Override
  public String describe() {
    return "lognormal(mean=" + Durations.format(mean) + ", sd=" + Durations.format(sd) + ")";
  }
}
