package dev.nines.models.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each distribution's variance and second moment against its textbook formula, worked out here in
 * the parameters a textbook uses (rates, phases, the underlying normal), not the record's own.
 */
class DistributionMomentsTest {

  private static final double EPS = 1e-12;

  @Test
  void exponentialVarianceIsOneOverRateSquared() {
    double rate = 0.25;
    Exponential d = Exponential.ofRate(rate);
    assertEquals(1 / (rate * rate), d.variance(), EPS);
    assertEquals(2 / (rate * rate), d.secondMoment(), EPS); // E[X²] = 2/λ²
  }

  @Test
  void weibullVarianceFromTheGammaFunction() {
    // Shape 2 (Rayleigh), scale 1: Γ(2) = 1, Γ(3/2) = √π/2, Var = 1 − π/4.
    assertEquals(1 - Math.PI / 4, new Weibull(2, 1).variance(), EPS);
    // Shape 1/2, scale 3: Γ(5) = 24, Γ(3) = 2, Var = 9·(24 − 4) = 180; E[X²] = 9·24.
    assertEquals(180, new Weibull(0.5, 3).variance(), 1e-9);
    assertEquals(216, new Weibull(0.5, 3).secondMoment(), 1e-9);
    // Shape 1 is the exponential of mean scale.
    assertEquals(49, new Weibull(1, 7).variance(), 1e-10);
  }

  @Test
  void lognormalVarianceInTheUnderlyingNormal() {
    // Mean 3, sd 4: σ² = ln(1 + 16/9) = ln(25/9), μ = ln 3 − σ²/2.
    double sigma2 = Math.log(25.0 / 9);
    double mu = Math.log(3) - sigma2 / 2;
    double textbook = Math.expm1(sigma2) * Math.exp(2 * mu + sigma2);
    assertEquals(16, textbook, 1e-12);
    Lognormal d = new Lognormal(3, 4);
    assertEquals(textbook, d.variance(), 1e-12);
    assertEquals(Math.exp(2 * mu + 2 * sigma2), d.secondMoment(), 1e-12); // E[X²] = e^{2μ+2σ²}
  }

  @Test
  void gammaVarianceIsShapeTimesScaleSquared() {
    // Shape 2.5, mean 5: scale θ = 2, Var = kθ² = 10, E[X²] = k(k + 1)θ² = 35.
    Gamma d = new Gamma(2.5, 5);
    assertEquals(10, d.variance(), EPS);
    assertEquals(35, d.secondMoment(), EPS);
  }

  @Test
  void erlangVarianceIsPhasesOverRateSquared() {
    // k = 3 phases of rate λ = k/mean = 0.5: Var = k/λ² = 12, E[X²] = k(k + 1)/λ² = 48.
    Erlang d = new Erlang(3, 6);
    assertEquals(12, d.variance(), EPS);
    assertEquals(48, d.secondMoment(), EPS);
    assertEquals(new Exponential(6).variance(), new Erlang(1, 6).variance(), EPS);
  }

  @Test
  void uniformVarianceIsWidthSquaredOverTwelve() {
    // [2, 8]: Var = 36/12 = 3; E[X²] = (b³ − a³)/(3(b − a)) = (512 − 8)/18 = 28.
    Uniform d = new Uniform(2, 8);
    assertEquals(3, d.variance(), EPS);
    assertEquals(28, d.secondMoment(), EPS);
  }

  @Test
  void deterministicHasNoVariance() {
    Deterministic d = new Deterministic(0.01);
    assertEquals(0, d.variance());
    assertEquals(1e-4, d.secondMoment(), 1e-18);
  }

  @Test
  void empiricalVarianceIsThePopulationVarianceOfItsValues() {
    // {1, 2, 3, 6}: mean 3, Σ(x − 3)² = 4 + 1 + 0 + 9 = 14, Var = 14/4; E[X²] = (1 + 4 + 9 + 36)/4.
    Empirical d = new Empirical(new double[] {1, 2, 3, 6});
    assertEquals(3.5, d.variance(), EPS);
    assertEquals(12.5, d.secondMoment(), EPS);
    assertEquals(0, new Empirical(new double[] {4, 4, 4}).variance(), EPS);
  }
}
