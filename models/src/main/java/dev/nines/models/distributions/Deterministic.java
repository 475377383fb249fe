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

  /** 0 before the value, +∞ from it on. */
  @Override
  public double cumulativeHazard(double x) {
    return x < value ? 0 : Double.POSITIVE_INFINITY;
  }

  /** The value for any h > 0; 0 for h = 0. */
  @Override
  public double inverseCumulativeHazard(double h) {
    if (!(h >= 0)) {
      throw new IllegalArgumentException("a cumulative hazard must be non-negative, got " + h);
    }
    return h == 0 ? 0 : value;
  }

  @Override
  public boolean hasAtoms() {
    return true;
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
