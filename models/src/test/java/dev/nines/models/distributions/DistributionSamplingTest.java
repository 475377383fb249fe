package dev.nines.models.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/**
 * Every distribution's sampler against its own analytic mean and quantiles: the mean lies in a
 * narrow 99.9 % interval of 400,000 draws, and the share of draws below the p-quantile is p within
 * its binomial 99.9 % band.
 */
class DistributionSamplingTest {

  private static final int DRAWS = 400_000;
  private static final double Z999 = 3.2905;

  private static final List<Distribution> ALL = List.of(
      new Exponential(10),
      Exponential.ofRate(0.5),
      new Weibull(0.7, 5),
      new Weibull(2.5, 5),
      new Lognormal(8, 4),
      new Gamma(0.5, 3),
      new Gamma(4, 3),
      new Erlang(3, 6),
      new Uniform(2, 5),
      new Empirical(new double[] {1, 2, 2, 7}));

  @Test
  void samplesAgreeWithTheAnalyticMean() {
    for (Distribution d : ALL) {
      ContinuousSampler sampler = d.sampler(new RandomStreams(5, 0).stream(d.describe()));
      Tally tally = new Tally();
      for (int i = 0; i < DRAWS; i++) {
        tally.add(sampler.sample());
      }
      ConfidenceInterval ci = tally.confidenceInterval(0.999);
      assertTrue(ci.contains(d.mean()), () -> d.describe() + ": mean " + d.mean() + " not in " + ci);
      assertTrue(ci.relativeHalfWidth() < 0.01, () -> d.describe() + ": interval too wide " + ci);
    }
  }

  @Test
  void samplesAgreeWithTheQuantiles() {
    for (Distribution d : ALL) {
      if (d instanceof Empirical) {
        continue; // a step function: covered below
      }
      ContinuousSampler sampler = d.sampler(new RandomStreams(6, 0).stream(d.describe()));
      double[] ps = {0.1, 0.5, 0.9, 0.99};
      double[] q = new double[ps.length];
      for (int j = 0; j < ps.length; j++) {
        q[j] = d.quantile(ps[j]);
      }
      int[] below = new int[ps.length];
      for (int i = 0; i < DRAWS; i++) {
        double x = sampler.sample();
        for (int j = 0; j < ps.length; j++) {
          if (x <= q[j]) {
            below[j]++;
          }
        }
      }
      for (int j = 0; j < ps.length; j++) {
        double share = (double) below[j] / DRAWS;
        double band = Z999 * Math.sqrt(ps[j] * (1 - ps[j]) / DRAWS);
        int k = j;
        assertEquals(ps[j], share, band, () -> d.describe() + ": share below q(" + ps[k] + ")");
      }
    }
  }

  @Test
  void closedFormMeansAndQuantiles() {
    assertEquals(10, new Exponential(10).quantile(1 - Math.exp(-1)), 1e-12);
    assertEquals(5 * Math.sqrt(Math.log(2)), new Weibull(2, 5).quantile(0.5), 1e-12);
    assertEquals(6, new Erlang(3, 6).mean());
    assertEquals(3.5, new Uniform(2, 5).mean());
    assertEquals(3, new Empirical(new double[] {1, 2, 2, 7}).mean());
    assertEquals(2, new Empirical(new double[] {1, 2, 2, 7}).quantile(0.5));
    assertEquals(4, new Deterministic(4).sampler(null).sample());
    // lognormal given by its own mean and sd: the median is mean / sqrt(1 + cv²)
    assertEquals(8 / Math.sqrt(1.25), new Lognormal(8, 4).quantile(0.5), 1e-9);
  }

  @Test
  void badParametersCannotBeRepresented() {
    assertThrows(IllegalArgumentException.class, () -> new Exponential(0));
    assertThrows(IllegalArgumentException.class, () -> new Exponential(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Weibull(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Lognormal(1, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Erlang(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Uniform(5, 5));
    assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> new Exponential(1).quantile(1));
  }
}
