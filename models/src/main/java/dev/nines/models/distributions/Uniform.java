package dev.nines.models.distributions;

import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;

/** Uniform distribution on [min, max]. */
public record Uniform(double min, double max) implements Distribution {

  public Uniform {
    Distribution.requireNonNegative("uniform min", min);
    Distribution.requirePositive("uniform max", max);
    if (!(max > min)) {
      throw new IllegalArgumentException("uniform max must exceed min, got min=" + min + ", max=" + max);
    }
  }

  @Override
  public double mean() {
    return (min + max) / 2;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return min + p * (max - min);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return ContinuousUniformSampler.of(rng, min, max);
  }

  @Override
  public String describe() {
    return "uniform(min=" + Durations.format(min) + ", max=" + Durations.format(max) + ")";
  }
}
