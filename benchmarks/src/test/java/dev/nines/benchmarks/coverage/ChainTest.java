package dev.nines.benchmarks.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The study's linear algebra against closed forms, so its exact values can be trusted. */
class ChainTest {

  private static final double LAMBDA = 1 / 1000.0;
  private static final double MU = 1 / 10.0;

  /** Up (0) and down (1). */
  private static Chain twoState() {
    return new Chain(new double[][] {{0, LAMBDA}, {MU, 0}});
  }

  @Test
  void twoStateStationaryIsMttfOverCycle() {
    double[] pi = twoState().stationary();
    assertEquals(1000.0 / 1010, pi[0], 1e-15);
    assertEquals(10.0 / 1010, pi[1], 1e-15);
  }

  @Test
  void twoStateTransientMatchesClosedForm() {
    // A(t) = A + (1 − A) e^{−(λ+μ)t} from up. Each squaring can double the rounding error, so at
    // 5000 h (11 squarings) the error is some 2^11 ulps: 1e-12 bounds it.
    for (double t : new double[] {0, 0.5, 3, 10, 100, 5000}) {
      double a = 1000.0 / 1010;
      double expected = a + (1 - a) * Math.exp(-(LAMBDA + MU) * t);
      double[] p = twoState().distributionAt(new double[] {1, 0}, t);
      assertEquals(expected, p[0], 1e-12, "A(" + t + ")");
      assertEquals(1 - expected, p[1], 1e-12, "U(" + t + ")");
    }
  }

  @Test
  void expmOfDiagonalIsElementwiseExp() {
    double[][] e = Chain.expm(new double[][] {{-40, 0}, {0, 2.5}});
    assertEquals(Math.exp(-40), e[0][0], 1e-25);
    assertEquals(Math.exp(2.5), e[1][1], 1e-12);
    assertEquals(0, e[0][1], 0);
  }

  @Test
  void birthDeathStationaryIsTheProductForm() {
    double[] pi = CrewCases.chain().stationary();
    double r = CrewCases.MTTR / CrewCases.MTTF; // λ/μ
    double[] weights = {1, 3 * r, 6 * r * r, 6 * r * r * r};
    double total = weights[0] + weights[1] + weights[2] + weights[3];
    for (int k = 0; k < 4; k++) {
      assertEquals(weights[k] / total, pi[k], 1e-15, "π" + k);
    }
  }

  @Test
  void meanTimeToTwoDownMatchesFirstStepAnalysis() {
    double lambda = 1 / CrewCases.MTTF;
    double mu = 1 / CrewCases.MTTR;
    // m1 = (1 + μ/(3λ)) / (2λ), m0 = 1/(3λ) + m1.
    double m1 = (1 + mu / (3 * lambda)) / (2 * lambda);
    double m0 = 1 / (3 * lambda) + m1;
    double[] m = CrewCases.chain().meanTimeTo(new boolean[] {false, false, true, true});
    assertArrayEquals(new double[] {m0, m1, 0, 0}, m, 1e-9 * m0);
  }

  @Test
  void singlePhaseIsExponential() {
    PhaseType exponential = new PhaseType(new double[] {1}, new double[][] {{-MU}});
    for (double p : new double[] {0.5, 0.95, 0.99, 0.999}) {
      assertEquals(-Math.log1p(-p) / MU, exponential.quantile(p), 1e-9);
    }
  }

  @Test
  void outageMeansAreDowntimePerFailure() {
    // Two independent routes to the mean outage, of the system and of the replica group: the
    // phase-type mean ∫(1 − F), a plain midpoint sum, against U / f from the stationary
    // distribution.
    double lambda = 1 / CrewCases.MTTF;
    double[] pi = CrewCases.chain().stationary();
    double system = (pi[2] + pi[3]) / (pi[1] * 2 * lambda);
    assertEquals(system, mean(CrewCases.outage()), 1e-6 * system);
    double group = (1 - pi[0]) / (pi[0] * 3 * lambda);
    assertEquals(group, mean(CrewCases.busyPeriod()), 1e-6 * group);
  }

  private static double mean(PhaseType distribution) {
    double step = CrewCases.MTTR / 200;
    double integral = 0;
    for (int i = 0; i < 200 * 80; i++) {
      integral += (1 - distribution.cdf((i + 0.5) * step)) * step;
    }
    return integral;
  }
}
