package dev.nines.models.distributions;

import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Exponential distribution with the given mean (rate = 1 / mean). */
public record Exponential(double mean) implements Distribution {

  public Exponential {
    Distribution.requirePositive("exponential mean", mean);
  }

  public static Exponential ofRate(double rate) {
    return new Exponential(1.0 / Distribution.requirePositive("exponential rate", rate));
  }

  public double rate() {
    return 1.0 / mean;
  }

  /** mean². */
  @Override
  public double variance() {
    return mean * mean;
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return -mean * Math.log1p(-p);
  }

  /** x / mean. */
  @Override
  public double cumulativeHazard(double x) {
    return x > 0 ? x / mean : 0;
  }

  /** h · mean. */
  @Override
  public double inverseCumulativeHazard(double h) {
    return h * mean;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return ZigguratSampler.Exponential.of(rng, mean);
  }

  /** Gamma(2, mean): the sum of two exponentials. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    return AhrensDieterMarsagliaTsangGammaSampler.of(rng, 2, mean);
  }

  /** Memoryless: the time left is the same exponential. */
  @Override
  public ContinuousSampler residualSampler(UniformRandomProvider rng) {
    return sampler(rng);
  }

  @Override
  public boolean isExponential() {
    return true;
  }

  @Override
  public String describe() {
    return "exponential(mean=" + Durations.format(mean) + ")";
  }
}
