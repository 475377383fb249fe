package dev.nines.models.distributions;

import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** A fixed duration. It draws nothing from its stream. */
public record Deterministic(double value) implements Distribution {

  public Deterministic {
    Distribution.requirePositive("deterministic value", value);
  }

  @Override
  public double mean() {
    return value;
  }

  /** 0: the value never varies. */
  @Override
  public double variance() {
    return 0;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return value;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return () -> value;
  }

  /** Every length is the value. It draws nothing from its stream. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    return () -> value;
  }

  @Override
  public String describe() {
    return "deterministic(" + Durations.format(value) + ")";
  }
}
