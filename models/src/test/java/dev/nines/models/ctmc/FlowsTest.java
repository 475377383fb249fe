package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Steady-state transition frequencies. */
class FlowsTest {

  private static final double LAMBDA = 1 / (1000 * Chains.HOUR);
  private static final double MU = 1 / (8 * Chains.HOUR);

  @Test
  void failureFrequencyOfOneUnit() {
    // π_up = μ/(λ+μ); failures leave the up state at rate λ: f = λμ/(λ+μ).
    Ctmc chain = Chains.oneUnit(LAMBDA, MU);
    double[] pi = SteadyState.solve(chain);
    double f = Flows.frequencyLeaving(chain, pi, new boolean[] {true, false});
    assertEquals(LAMBDA * MU / (LAMBDA + MU), f, 1e-9 * f);
    // in steady state the chain comes back as often as it leaves
    assertEquals(f, Flows.frequencyLeaving(chain, pi, new boolean[] {false, true}), 1e-9 * f);
  }

  @Test
  void failureFrequencyOfTwoUnitsInParallelWithOneRepairer() {
    // The system fails by 1 -> 2 (rate λ): f = π1 λ, π1 = 2λμ / (μ² + 2λμ + 2λ²);
    // then MTBF = A / f and MTTR = (1 - A) / f = 1/μ, the mean time in state 2.
    Ctmc chain = Ctmc.builder(3).rate(0, 1, 2 * LAMBDA).rate(1, 2, LAMBDA)
        .rate(1, 0, MU).rate(2, 1, MU).build();
    double[] pi = SteadyState.solve(chain);
    boolean[] up = {true, true, false};
    double f = Flows.frequencyLeaving(chain, pi, up);
    double d = MU * MU + 2 * LAMBDA * MU + 2 * LAMBDA * LAMBDA;
    assertEquals(2 * LAMBDA * MU / d * LAMBDA, f, 1e-9 * f);
    assertEquals(1 / MU, pi[2] / f, 1e-9 / MU);
  }
}
