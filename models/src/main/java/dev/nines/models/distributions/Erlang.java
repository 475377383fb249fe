package dev.nines.models.distributions;

import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Erlang distribution: the sum of k exponential phases, with the given overall mean. */
public record Erlang(int k, double mean) implements Distribution {

  public Erlang {
    if (k < 1) {
      throw new IllegalArgumentException("erlang k must be a positive integer, got " + k);
    }
    Distribution.requirePositive("erlang mean", mean);
  }

  private Gamma asGamma() {
    return new Gamma(k, mean);
  }

  /** k phases of mean mean/k, each of variance (mean/k)²: mean²/k. */
  @Override
  public double variance() {
    return mean * mean / k;
  }

  @Override
  public double quantile(double p) {
    return asGamma().quantile(p);
  }

  @Override
  public double cumulativeHazard(double x) {
    return asGamma().cumulativeHazard(x);
  }

  @Override
  public double inverseCumulativeHazard(double h) {
    return asGamma().inverseCumulativeHazard(h);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return asGamma().sampler(rng);
  }

  /** Erlang(k + 1) with the same phase rate: one phase more. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    return asGamma().lengthBiasedSampler(rng);
  }

  @Override
  public boolean isExponential() {
    return k == 1;
  }

  @Override
  public String describe() {
    return "erlang(k=" + k + ", mean=" + Durations.format(mean) + ")";
  }
}
