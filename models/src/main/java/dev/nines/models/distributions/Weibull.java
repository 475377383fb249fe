package dev.nines.models.distributions;

import org.apache.commons.math3.special.Gamma;
import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Weibull distribution: survival exp(-(t/scale)^shape). Shape below 1 is infant mortality, above 1 wear-out. */
public record Weibull(double shape, double scale) implements Distribution {

  public Weibull {
    Distribution.requirePositive("weibull shape", shape);
    Distribution.requirePositive("weibull scale", scale);
  }

  @Override
  public double mean() {
    return scale * Math.exp(Gamma.logGamma(1 + 1 / shape));
  }

  /** scale²·(Γ(1 + 2/shape) − Γ(1 + 1/shape)²). */
  @Override
  public double variance() {
    double first = Math.exp(Gamma.logGamma(1 + 1 / shape));
    return scale * scale * (Math.exp(Gamma.logGamma(1 + 2 / shape)) - first * first);
  }

  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    return scale * Math.pow(-Math.log1p(-p), 1 / shape);
  }

  /** (x / scale)^shape. */
  @Override
  public double cumulativeHazard(double x) {
    return x > 0 ? Math.pow(x / scale, shape) : 0;
  }

  /** scale · h^(1/shape). */
  @Override
  public double inverseCumulativeHazard(double h) {
    return scale * Math.pow(h, 1 / shape);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    // If E is a unit exponential, scale * E^(1/shape) is Weibull(shape, scale).
    ContinuousSampler unitExponential = ZigguratSampler.Exponential.of(rng);
    double inverseShape = 1 / shape;
    return () -> scale * Math.pow(unitExponential.sample(), inverseShape);
  }

  /** scale · G^(1/shape) with G ~ Gamma(1 + 1/shape, 1), as E^(1/shape) gives the Weibull. */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    double inverseShape = 1 / shape;
    ContinuousSampler gamma = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1 + inverseShape, 1);
    return () -> scale * Math.pow(gamma.sample(), inverseShape);
  }

  @Override
  public String describe() {
    return "weibull(shape=" + Durations.number(shape) + ", scale=" + Durations.format(scale) + ")";
  }
}
