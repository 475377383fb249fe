package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An example that exists to teach a formula agrees with it, run as written (its seed, replications
 * and confidence): every figure with an analytic value holds it in its interval.
 */
class TeachingExamplesTest {

  /**
   * The machine-repair shop: six machines, λ = 0.05/h, one repairer at μ = 0.5/h. The birth-death
   * chain on k machines down gives P(0) = 1 / Σ_k 6!/(6−k)!·(λ/μ)^k, worked out here, beside the
   * CTMC nines solves.
   */
  @Test
  void theMachineRepairExampleAgreesAtItsOwnConfidenceLevel() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("examples/machine-repair.yaml"), Overrides.NONE);
    ExperimentResult r = Experiment.run(s, 2);
    double rho = 0.05 / 0.5;
    double sum = 0;
    double term = 1;
    for (int k = 0; k <= 6; k++) {
      sum += term;
      term *= (6 - k) * rho;
    }
    assertEquals(1 / sum, r.metric("machine", "availability").analytic(), 1e-12);
    assertEquals(1 - 1 / sum, r.metric("repairer", "crew-utilization").analytic(), 1e-12);
    int compared = 0;
    for (MetricResult m : r.metrics()) {
      if (m.analyticInInterval() != null) {
        compared++;
        assertTrue(m.analyticInInterval(), m::toString);
      }
    }
    assertTrue(compared >= 15, "compared " + compared);
  }
}
