package dev.nines.models.distributions;

import org.apache.commons.math3.distribution.GammaDistribution;
import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Gamma distribution given by its shape and mean (scale = mean / shape). */
public record Gamma(double shape, double mean) implements Distribution {

  public Gamma {
    Distribution.requirePositive("gamma shape", shape);
    Distribution.requirePositive("gamma mean", mean);
  }

  public double scale() {
    return mean / shape;
  }

  /** shape·scale² = mean²/shape. */
  @Override
  public double variance() {
    return mean * mean / shape;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return p == 0 ? 0 : new GammaDistribution(null, shape, scale()).inverseCumulativeProbability(p);
  }

  /**
   * −ln Q(shape, x/scale), Q the regularized upper incomplete gamma function: as −ln(1 − P) by
   * log1p where P is the small one, so neither tail loses its digits.
   */
  @Override
  public double cumulativeHazard(double x) {
    if (!(x > 0)) {
      return 0;
    }
    double p = org.apache.commons.math3.special.Gamma.regularizedGammaP(shape, x / scale());
    if (p < 0.5) {
      return -Math.log1p(-p);
    }
    return -Math.log(org.apache.commons.math3.special.Gamma.regularizedGammaQ(shape, x / scale()));
  }

  /** By bisection from the mean. */
  @Override
  public double inverseCumulativeHazard(double h) {
    return Distribution.invertHazard(this::cumulativeHazard, h, mean);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale());
  }

  /** Gamma(shape + 1) with the same scale. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape + 1, scale());
  }

  @Override
  public String describe() {
    return "gamma(shape=" + Durations.number(shape) + ", mean=" + Durations.format(mean) + ")";
  }
}
