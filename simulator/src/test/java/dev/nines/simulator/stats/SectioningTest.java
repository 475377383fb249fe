package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SectioningTest {

  /** The 97.5 % quantiles of Student's t with 2 and 3 degrees of freedom (tables). */
  private static final double T2 = 4.302653;
  private static final double T3 = 3.182446;

  @Test
  void halfWidthByHandAroundTheMeanOfTheSections() {
    // Sections 1, 2, 3, 4 about 2.5: squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, S² = 5/3,
    // half-width t(3) · √(5/3) / √4.
    ConfidenceInterval ci = Sectioning.interval(2.5, new double[] {1, 2, 3, 4}, 0.95,
        Scale.LINEAR);
    double half = T3 * Math.sqrt(5.0 / 3) / 2;
    assertEquals(2.054260, half, 1e-6);
    assertEquals(2.5, ci.mean());
    assertEquals(2.5 - half, ci.low(), 1e-6);
    assertEquals(2.5 + half, ci.high(), 1e-6);
    assertEquals(4, ci.n());
    assertNull(ci.note());
  }

  @Test
  void deviationsAreTakenAboutThePooledEstimate() {
    // The same sections about a pooled estimate of 3: 4 + 1 + 0 + 1 = 6, S² = 2, so the interval
    // is centered on 3 and wider than about their own mean 2.5.
    ConfidenceInterval ci = Sectioning.interval(3, new double[] {1, 2, 3, 4}, 0.95,
        Scale.LINEAR);
    double half = T3 * Math.sqrt(2) / 2;
    assertEquals(3 - half, ci.low(), 1e-6);
    assertEquals(3 + half, ci.high(), 1e-6);
  }

  @Test
  void sectionsWithoutDataAreLeftOutAndSaidSo() {
    ConfidenceInterval ci = Sectioning.interval(2.5, new double[] {1, Double.NaN, 2, 3, 4},
        0.95, Scale.LINEAR);
    assertEquals(4, ci.n());
    assertEquals(2.5 + T3 * Math.sqrt(5.0 / 3) / 2, ci.high(), 1e-6);
    assertEquals("1 of 5 replications without data", ci.note());
  }

  @Test
  void oneSectionHasNoInterval() {
    ConfidenceInterval ci = Sectioning.interval(7, new double[] {7}, 0.95, Scale.LOG);
    assertEquals(7, ci.mean());
    assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
    assertEquals("1 replication with data: too few for an interval", ci.note());
  }

  @Test
  void onTheLogScaleTheIntervalIsSymmetricInTheLogarithm() {
    // Sections 1, e, e² about e: log deviations −1, 0, 1, S² = 2 / 2 = 1, half-width t(2) / √3 in
    // the logarithm: [e · exp(−h), e · exp(h)], above 0 and wider upwards.
    double e = Math.E;
    ConfidenceInterval ci = Sectioning.interval(e, new double[] {1, e, e * e}, 0.95, Scale.LOG);
    double half = T2 / Math.sqrt(3);
    assertEquals(e * Math.exp(-half), ci.low(), 1e-6 * ci.low());
    assertEquals(e * Math.exp(half), ci.high(), 1e-6 * ci.high());
    assertTrue(ci.high() - e > e - ci.low());
    // A section of 0 has no logarithm: the interval falls back to the linear scale.
    ConfidenceInterval linear = Sectioning.interval(2.5, new double[] {0, 2, 3, 4}, 0.95,
        Scale.LOG);
    assertEquals(2.5 + T3 * Math.sqrt((6.25 + 0.25 + 0.25 + 2.25) / 3) / 2, linear.high(), 1e-6);
  }

  @Test
  void aTailFromFewSectionsLeavesFewerDegreesOfFreedom() {
    double[] sections = {1, 2, 3, 4};
    long[] sizes = {1000, 1000, 1000, 1000};
    // Tails alike in every section: Kish's effective size is 4, so min(3, 2 · 4) = 3 degrees.
    ConfidenceInterval even = Sectioning.quantile(2.5, sections, sizes, new long[] {10, 10, 10, 10},
        0.99, 0.95, Scale.LINEAR);
    assertEquals(2.5 + T3 * Math.sqrt(5.0 / 3) / 2, even.high(), 1e-6);
    assertNull(even.note());
    // The whole tail in one section: effective size (10)² / 10² = 1, so min(3, 2) = 2 degrees.
    ConfidenceInterval one = Sectioning.quantile(2.5, sections, sizes, new long[] {10, 0, 0, 0},
        0.99, 0.95, Scale.LINEAR);
    assertEquals(2.5 + T2 * Math.sqrt(5.0 / 3) / 2, one.high(), 1e-6);
    assertEquals("the tail beyond it rests on effectively 1.0 of 4 replications: longer ones would"
        + " make it trustworthy", one.note());
  }

  @Test
  void aQuantileSaysWhichSectionsAreTooSmallForIt() {
    assertEquals(20, Sectioning.fewestSamples(0.5));
    assertEquals(1_000, Sectioning.fewestSamples(0.99));
    assertEquals(10_000, Sectioning.fewestSamples(0.999));
    double[] sections = {1, 2, 3, 4};
    long[] tails = {10, 10, 10, 10};
    ConfidenceInterval enough = Sectioning.quantile(2.5, sections, new long[] {1000, 1200,
        1100, 1000}, tails, 0.99, 0.95, Scale.LINEAR);
    assertNull(enough.note());
    ConfidenceInterval small = Sectioning.quantile(2.5, sections, new long[] {999, 1200, 5, 1000},
        tails, 0.99, 0.95, Scale.LINEAR);
    assertEquals("2 of 4 replications with fewer than 1000 samples, too few for their own quantile",
        small.note());
  }

  /**
   * Coverage against a closed form: the 0.9-quantile of an exponential of rate 1 is ln 10. 400
   * independent experiments of 10 sections of 400 draws each; the 95 % interval must hold ln 10 in
   * 90 to 99 % of them (a binomial(400, 0.95) count lies in that band with probability > 0.9999).
   */
  @Test
  void coversTheExponentialQuantile() {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2026L);
    ContinuousSampler exponential = AhrensDieterExponentialSampler.of(random, 1);
    double truth = Math.log(10);
    int trials = 400;
    int sections = 10;
    int size = 400;
    int covered = 0;
    for (int trial = 0; trial < trials; trial++) {
      double[] all = new double[sections * size];
      double[] estimates = new double[sections];
      for (int s = 0; s < sections; s++) {
        double[] section = new double[size];
        for (int i = 0; i < size; i++) {
          section[i] = exponential.sample();
        }
        System.arraycopy(section, 0, all, s * size, size);
        estimates[s] = Percentiles.of(section, 0.9);
      }
      if (Sectioning.interval(Percentiles.of(all, 0.9), estimates, 0.95, Scale.LOG)
          .contains(truth)) {
        covered++;
      }
    }
    double coverage = (double) covered / trials;
    assertTrue(coverage >= 0.90 && coverage <= 0.99, () -> "coverage " + coverage);
  }
}
