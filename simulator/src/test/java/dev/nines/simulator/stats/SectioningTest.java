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

  /** The 97.5 % quantile of Student's t with 3 degrees of freedom (tables). */
  private static final double T3 = 3.182446;

  @Test
  void halfWidthByHandAroundTheMeanOfTheSections() {
    // Sections 1, 2, 3, 4 about 2.5: squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, S² = 5/3,
    // half-width t(3) · √(5/3) / √4.
    ConfidenceInterval ci = Sectioning.interval(2.5, new double[] {1, 2, 3, 4}, 0.95);
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
    ConfidenceInterval ci = Sectioning.interval(3, new double[] {1, 2, 3, 4}, 0.95);
    double half = T3 * Math.sqrt(2) / 2;
    assertEquals(3 - half, ci.low(), 1e-6);
    assertEquals(3 + half, ci.high(), 1e-6);
  }

  @Test
  void sectionsWithoutDataAreLeftOutAndSaidSo() {
    ConfidenceInterval ci = Sectioning.interval(2.5, new double[] {1, Double.NaN, 2, 3, 4}, 0.95);
    assertEquals(4, ci.n());
    assertEquals(2.5 + T3 * Math.sqrt(5.0 / 3) / 2, ci.high(), 1e-6);
    assertEquals("1 of 5 replications without data", ci.note());
  }

  @Test
  void oneSectionHasNoInterval() {
    ConfidenceInterval ci = Sectioning.interval(7, new double[] {7}, 0.95);
    assertEquals(7, ci.mean());
    assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
    assertEquals("1 replication with data: too few for an interval", ci.note());
  }

  @Test
  void aQuantileSaysWhichSectionsAreTooSmallForIt() {
    assertEquals(20, Sectioning.fewestSamples(0.5));
    assertEquals(1_000, Sectioning.fewestSamples(0.99));
    assertEquals(10_000, Sectioning.fewestSamples(0.999));
    double[] sections = {1, 2, 3, 4};
    ConfidenceInterval enough = Sectioning.quantile(2.5, sections, new long[] {1000, 1200, 999_999,
        1000}, 0.99, 0.95);
    assertNull(enough.note());
    ConfidenceInterval small = Sectioning.quantile(2.5, sections, new long[] {999, 1200, 5, 1000},
        0.99, 0.95);
    assertEquals(enough.high(), small.high());
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
      if (Sectioning.interval(Percentiles.of(all, 0.9), estimates, 0.95).contains(truth)) {
        covered++;
      }
    }
    double coverage = (double) covered / trials;
    assertTrue(coverage >= 0.90 && coverage <= 0.99, () -> "coverage " + coverage);
  }
}
