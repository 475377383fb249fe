package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Gamma;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Importance sampling beside the other ways to the same number: the structure function for
 * independent wear-out units, the engine's own trajectory, and plain simulation where it can run.
 */
class AgreementTest {

  static final double HOUR = ImportanceSamplingTest.HOUR;
  static final double YEAR = ImportanceSamplingTest.YEAR;

  /** Groups, crews and laws of every kind, with a deterministic repair and a shared crew. */
  static final SystemModel MIXED = new SystemModel(
      List.of(new ComponentGroup("node", 5, new Weibull(2, 100 * HOUR),
              new Lognormal(4 * HOUR, 2 * HOUR)),
          new ComponentGroup("db", 2, new Gamma(3, 50 * HOUR), new Uniform(HOUR, 5 * HOUR), null,
              "ops"),
          new ComponentGroup("web", 4, new Exponential(30 * HOUR), new Deterministic(2 * HOUR),
              null, "ops")),
      List.of(new Crew("ops", 2)),
      new Structure.Series(List.of(new Structure.AtLeastOfGroup(3, "node"),
          new Structure.Parallel(List.of(new Structure.Group("db"),
              new Structure.AtLeastOfGroup(3, "web"))))));

  /**
   * The wear-out cluster: 3-of-5, Weibull lives of shape 2 and mean 100,000 h, lognormal
   * repairs of mean 4 h and sd 2 h, each unit repaired at once. Units are independent, each down
   * with U₁ = 4/100,004 (renewal theory, any laws), so U = Σ_{j≥3} C(5, j)·U₁^j·(1 − U₁)^{5−j} =
   * 6.4e-13. Started stationary (each unit's age drawn with its life), twenty replications of 1,000
   * years hold it within a relative half-width under 10 %.
   */
  @Test
  void wearOutClusterByTheStructureFunction() {
    double scale = 1e5 * HOUR / Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1.5));
    SystemModel model = new SystemModel(List.of(new ComponentGroup("node", 5,
        new Weibull(2, scale), new Lognormal(4 * HOUR, 2 * HOUR))),
        new Structure.AtLeastOfGroup(3, "node"));
    double u = 4.0 / 100_004;
    double exact = 10 * Math.pow(u, 3) * Math.pow(1 - u, 2) + 5 * Math.pow(u, 4) * (1 - u)
        + Math.pow(u, 5);
    assertEquals(6.4e-13, exact, 0.01e-13);
    ImportanceSampling is = ImportanceSampling.of(model, StartPlan.of(model, Start.STATIONARY),
        Biasing.DEFAULT, 1);
    RareFigures f = RareFigures.of(ImportanceSamplingTest.run(is, 3, 20, 1000 * YEAR, 0), 0.95);
    assertTrue(f.unavailability().contains(exact), f.unavailability() + " vs " + exact);
    assertTrue(f.unavailability().relativeHalfWidth() < 0.1, f.unavailability().toString());
  }

  /**
   * Groups unlike one another sharing one technician, whose line keeps them in failure order: a
   * 1-of-2 database pair (MTTF 50,000 h, MTTR 8 h) in series with a 2-of-3 web tier (MTTF
   * 20,000 h, MTTR 1 h), U = 6.7e-8. The exact value is the shared-crew CTMC nines builds (its own
   * tests hold it to hand-built chains); forcing picks among units whose hazards differ 2.5-fold,
   * and the interval holds it within 10 %, with the failure frequency.
   */
  @Test
  void unlikeGroupsSharingACrewByTheirChain() {
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("db", 2, new Exponential(5e4 * HOUR), new Exponential(8 * HOUR), null,
            "ops"),
        new ComponentGroup("web", 3, new Exponential(2e4 * HOUR), new Exponential(HOUR), null,
            "ops")),
        List.of(new Crew("ops", 1)),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(1, "db"),
            new Structure.AtLeastOfGroup(2, "web"))));
    var chain = dev.nines.models.analytics.SystemChain.of(model).system();
    double exact = chain.unavailability().value();
    double rate = chain.failureFrequency().value();
    RareFigures f = RareFigures.of(ImportanceSamplingTest.run(ImportanceSampling.of(model), 3, 30,
        1000 * YEAR, 0), 0.95);
    assertTrue(f.unavailability().contains(exact), f.unavailability() + " vs " + exact);
    assertTrue(f.unavailability().relativeHalfWidth() < 0.1, f.unavailability().toString());
    assertTrue(f.failureFrequency().contains(rate), f.failureFrequency() + " vs " + rate);
  }

  /**
   * The main trajectory is the engine's: the same streams drawn in the same order give the same
   * system down time and failures, to the last bit, started new or stationary.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    for (Start start : Start.values()) {
      StartPlan plan = StartPlan.of(MIXED, start);
      ImportanceSampling is = ImportanceSampling.of(MIXED, plan, Biasing.DEFAULT, 1);
      for (int r = 0; r < 3; r++) {
        WeightedReplication mine = is.replicate(5, r, 10_000 * HOUR, 100 * HOUR);
        ScopeObservation engine = new AvailabilitySimulation(MIXED, new RandomStreams(5, r),
            100 * HOUR, plan).run(10_000 * HOUR).get(0);
        assertEquals(engine.downTime(), mine.plainDownTime(), start + " " + r);
        assertEquals(engine.failures(), mine.plainFailures(), start + " " + r);
        assertTrue(engine.failures() > 20);
      }
    }
  }

  /**
   * Where failures are not rare, the weighted estimate of each replication and its own plain
   * trajectory estimate the same expected down time and failures: their paired differences over
   * 200 replications average to 0 within four standard errors, through shared crews, wear-out,
   * bounded and deterministic laws.
   */
  @Test
  void weightedAndPlainAgreeWhereBothRun() {
    RareRuns.assertWeightedMatchesPlain(ImportanceSampling.of(MIXED)::replicate, 13, 200,
        2000 * HOUR, 100 * HOUR, "");
  }

  /**
   * A 2-of-3 cluster rare enough to call for importance sampling, common enough for plain
   * simulation (MTTF 2,000 h, MTTR 10 h, one technician: U = 1.5e-4 by its chain, some 500
   * failures in 40 replications of 100 years): the engine's plain interval and the weighted one,
   * from the same seeds, both hold it, the weighted one several times narrower.
   */
  @Test
  void plainAndWeightedAgreeWithTheChain() {
    SystemModel model = ImportanceSamplingTest.cluster(2, 3, 2000, 10);
    double exact = ImportanceSamplingTest.unavailability(2, 3, 2000, 10);
    int n = 40;
    double horizon = 100 * YEAR;
    double[] plainDown = new double[n];
    double[] observed = new double[n];
    List<WeightedReplication> weighted = new ArrayList<>();
    ImportanceSampling is = ImportanceSampling.of(model);
    for (int r = 0; r < n; r++) {
      plainDown[r] = new AvailabilitySimulation(model, new RandomStreams(1, r), 0)
          .run(horizon).get(0).downTime();
      observed[r] = horizon;
      weighted.add(is.replicate(1, r, horizon, 0));
    }
    ConfidenceInterval plain = Estimates.share(plainDown, observed, 0.95);
    ConfidenceInterval importance = RareFigures.of(weighted, 0.95).unavailability();
    assertTrue(plain.contains(exact), plain + " vs " + exact);
    assertTrue(importance.contains(exact), importance + " vs " + exact);
    assertTrue(importance.relativeHalfWidth() < plain.relativeHalfWidth() / 3,
        importance + " against " + plain);
  }
}
