package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * The time to first failure a replication reports: from all units new, never conditioned on
 * failing before the horizon, whichever way the observed run's units started.
 */
class FirstFailureTest {

  private static final double H = Systems.HOUR;

  /** The mean and standard error of the system's first failures, in hours; all must be seen. */
  private static double[] meanFirstFailure(Scenario scenario) {
    StartPlan plan = scenario.startPlan();
    double sum = 0;
    double squares = 0;
    int n = scenario.replications();
    for (int r = 0; r < n; r++) {
      ScopeObservation system =
          Experiment.replicate(scenario, plan, r, new double[0], null).scopes().get(0);
      assertTrue(system.failed(), () -> "censored at " + system.survivedUntil());
      double t = system.firstFailure() / H;
      sum += t;
      squares += t * t;
    }
    double mean = sum / n;
    return new double[] {mean, Math.sqrt((squares / n - mean * mean) / (n - 1))};
  }

  private static Scenario weibull(Start start, int replications) {
    // Weibull shape 2, scale 500 h: mean 500 Γ(1.5) = 443 h; horizon 30 h, far shorter.
    SystemModel model = new SystemModel(List.of(new ComponentGroup("box", 1,
        new Weibull(2, 500 * H), new Exponential(10 * H))), new Structure.Group("box"));
    return new Scenario("t", "", 21, 30 * H, 0, replications, 0.95, model, "test")
        .withStart(start);
  }

  @Test
  void aStationaryRunTimesTheFirstFailureFromNew() {
    // Started stationary, the observed run's unit is mid-life: its first failure would come after
    // the equilibrium residual, mean E[X²]/(2E[X]) = 500 Γ(2) / (2 Γ(1.5)) = 282 h. The first
    // failure reported comes from a trajectory of new units: the Weibull's mean, 443 h.
    double mttf = 500 * Gamma.gamma(1.5);
    double[] stationary = meanFirstFailure(weibull(Start.STATIONARY, 4000));
    assertEquals(mttf, stationary[0], 3 * stationary[1]);
    assertTrue(1.96 * stationary[1] / mttf < 0.025, "half-width " + 1.96 * stationary[1]);
    // Started new, the same trajectory is followed past the horizon: the same mean.
    double[] fresh = meanFirstFailure(weibull(Start.NEW, 4000));
    assertEquals(mttf, fresh[0], 3 * fresh[1]);
  }

  @Test
  void theTrajectoryFromNewHasStreamsOfItsOwnAndIsRepeatable() {
    Scenario stationary = weibull(Start.STATIONARY, 50);
    Scenario fresh = weibull(Start.NEW, 50);
    int differ = 0;
    for (int r = 0; r < 50; r++) {
      Replication one = Experiment.replicate(stationary, r);
      Replication again = Experiment.replicate(stationary, r);
      assertEquals(one.scopes().get(0).firstFailure(), again.scopes().get(0).firstFailure());
      assertEquals(one.scopes().get(0).upTime(), again.scopes().get(0).upTime());
      assertEquals(one.events(), again.events());
      // Not the new run's own streams: its first failures differ.
      if (one.scopes().get(0).firstFailure()
          != Experiment.replicate(fresh, r).scopes().get(0).firstFailure()) {
        differ++;
      }
    }
    assertEquals(50, differ);
  }
}
