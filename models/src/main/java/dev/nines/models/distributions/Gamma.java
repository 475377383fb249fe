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
