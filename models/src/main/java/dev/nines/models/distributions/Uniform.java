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

  /** (max − min)²/12. */
  @Override
  public double variance() {
    double width = max - min;
    return width * width / 12;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return min + p * (max - min);
  }

  /** −ln((max − x)/(max − min)) inside, 0 below min, +∞ from max on. */
  @Override
  public double cumulativeHazard(double x) {
    if (x <= min) {
      return 0;
    }
    if (x >= max) {
      return Double.POSITIVE_INFINITY;
    }
    return -Math.log1p(-(x - min) / (max - min));
  }

  /** min + (max − min)(1 − e^{−h}); max for h = +∞. */
  @Override
  public double inverseCumulativeHazard(double h) {
    if (!(h >= 0)) {
      throw new IllegalArgumentException("a cumulative hazard must be non-negative, got " + h);
    }
    return h == 0 ? 0 : min + (max - min) * -Math.expm1(-h);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return ContinuousUniformSampler.of(rng, min, max);
  }

  /**
   * Density x / (mean·(max − min)) on [min, max], drawn by inverting its distribution function
   * (x² − min²) / (max² − min²).
   */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    double low = min * min;
    double span = max * max - low;
    return () -> Math.min(max, Math.max(min, Math.sqrt(low + rng.nextDouble() * span)));
  }

  @Override
  public String describe() {
    return "uniform(min=" + Durations.format(min) + ", max=" + Durations.format(max) + ")";
  }
}
