package dev.nines.scenarios.experiment;

import static dev.nines.scenarios.experiment.Systems.HOUR;
import static dev.nines.scenarios.experiment.Systems.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crews against closed forms worked out by hand (99.9 % intervals, narrower than ±1 %). With fewer
 * repairers than units the units are no longer independent; n exponential units and one repairer
 * are the machine-repair model, a birth-death chain on the number k of units down: from k to k+1
 * at (n-k)λ, from k to k-1 at μ, so P(k) = P(0) · n!/(n-k)! · (λ/μ)^k.
 */
class CrewAgreementTest {

  private static final double CONFIDENCE = 0.999;
  private static final long SEED = 2026;

  /** n units, exponential life and repair, repaired by crew {@code tech} of the given size. */
  private static SystemModel crewed(int n, double mttfHours, double mttrHours, int crewSize,
      Structure structure) {
    return new SystemModel(
        List.of(new ComponentGroup("m", n, new Exponential(mttfHours * HOUR),
            new Exponential(mttrHours * HOUR), null, "tech")),
        List.of(new Crew("tech", crewSize)), structure);
  }

  /** P(k units down), k = 0..n, for n units and one repairer. */
  private static double[] machineRepair(int n, double lambda, double mu) {
    double[] p = new double[n + 1];
    double term = 1;
    double sum = 0;
    for (int k = 0; k <= n; k++) {
      p[k] = term;
      sum += term;
      term *= (n - k) * lambda / mu;
    }
    for (int k = 0; k <= n; k++) {
      p[k] /= sum;
    }
    return p;
  }

  @Test
  void machineRepairWithOneRepairer() {
    // 6 machines, λ = 0.05/h (mean life 20 h), μ = 0.5/h (mean repair 2 h), one repairer.
    int n = 6;
    double lambda = 1 / (20 * HOUR);
    double mu = 1 / (2 * HOUR);
    double[] p = machineRepair(n, lambda, mu);
    double down = 0; // L, the mean number of machines down
    for (int k = 1; k <= n; k++) {
      down += k * p[k];
    }
    double queue = down - (1 - p[0]); // Lq: all but the one in repair
    double arrivals = lambda * (n - down); // failures per second
    double f = p[0] * n * lambda; // the group "all up" fails from state 0 only

    var result = Experiment.run(scenario(SEED, 50, 40, CONFIDENCE,
        crewed(n, 20, 2, 1, new Structure.Group("m"))), 2);
    Agreement.agrees(result, "m", "availability", p[0]);
    Agreement.agrees(result, "m", "mtbf", p[0] / f);
    Agreement.agrees(result, "m", "mttr", (1 - p[0]) / f);
    Agreement.agrees(result, "m", "unit-availability", 1 - down / n);
    Agreement.agrees(result, "tech", "crew-utilization", 1 - p[0]);
    Agreement.agrees(result, "tech", "crew-queue-length", queue);
    Agreement.agrees(result, "tech", "crew-wait", queue / arrivals); // Little: Wq = Lq / λ_eff
    // the closed forms do not hold for a shared crew; the exact CTMC gives the analytic column
    assertEquals(p[0], result.metric("m", "availability").analytic(), 1e-9);
    assertEquals("CTMC steady state", result.metric("m", "availability").formula());
    assertEquals(queue / arrivals, result.metric("tech", "crew-wait").analytic(), 1e-6);
  }

  @Test
  void twoOfThreeWithOneTechnician() {
    // Up while at most one replica is down: A = P(0) + P(1); it fails from state 1 at 2λ.
    double lambda = 1 / (100 * HOUR);
    double mu = 1 / (10 * HOUR);
    double[] p = machineRepair(3, lambda, mu);
    double a = p[0] + p[1];
    double f = p[1] * 2 * lambda;
    var result = Experiment.run(scenario(SEED, 300, 40, CONFIDENCE,
        crewed(3, 100, 10, 1, new Structure.AtLeastOfGroup(2, "m"))), 2);
    Agreement.agrees(result, "system", "availability", a);
    Agreement.agrees(result, "system", "mtbf", a / f);
    Agreement.agrees(result, "system", "mttr", (1 - a) / f);
  }

  @Test
  void aCrewAsLargeAsItsUnitsAgreesWithTheIndependentFormulas() {
    var result = Experiment.run(scenario(SEED, 300, 40, CONFIDENCE,
        crewed(2, 100, 10, 2, new Structure.Group("m"))), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.agrees(result, "m", "unit-availability");
    assertEquals(0.0, result.metric("tech", "crew-wait").mean());
  }
}
