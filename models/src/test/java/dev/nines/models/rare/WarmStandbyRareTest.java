package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.rare.RareRuns.Replicate;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Warm and cold spares under the rare-event methods: a spare ages at its standby's dormancy (0 for
 * a cold one, which cannot fail while it waits), the unit holding the active role at pace 1. The
 * main trajectory is the engine's to the last bit; a branch's paced windows average to a chain
 * worked out by hand; importance sampling holds hand-built chains of pairs and trios at 8.5 to 9
 * nines ({@link SpareChains}), splitting the cold trio's, and both the failover chain of pairs
 * behind a heartbeat detector at ten nines; where failures are frequent, both agree with the plain
 * trajectory they ride on.
 */
class WarmStandbyRareTest {

  static final double HOUR = 3600;
  static final double YEAR = 8760 * HOUR;

  private static StandbyMode mode(double dormancy) {
    return SpareChains.mode(dormancy);
  }

  /**
   * A standby's whole rule set with spares aging at another pace, run often (lives of about
   * 100 h): a trio behind a detector with a fixed heartbeat delay, switchovers of hours that fail
   * one time in five (failovers try the next spare, reach REPAIR and the manual restore, and every
   * change of role moves a living unit's failure), Weibull lives on every unit.
   */
  static SystemModel detectedTrio(double dormancy) {
    Structure.Standby trio = new Structure.Standby("db", "a", List.of("b"), mode(dormancy),
        dormancy, "hb", new Uniform(1 * HOUR, 3 * HOUR), 0.2);
    return new SystemModel(List.of(
        new ComponentGroup("a", 1, new Weibull(2, 100 * HOUR), new Lognormal(8 * HOUR, 4 * HOUR)),
        new ComponentGroup("b", 2, new Weibull(1.5, 60 * HOUR), new Exponential(8 * HOUR))),
        List.of(),
        List.of(new Detector("hb", new Heartbeat(600, 1800, 0, new Deterministic(200)))), trio);
  }

  /** A pair without a detector in series with a 2-of-3, Weibull lives on the pair too. */
  static SystemModel bareSeries(double dormancy) {
    Structure.Standby bare = new Structure.Standby("lb", "x", List.of("y"), mode(dormancy),
        dormancy, null, new Deterministic(0.5 * HOUR), 0.1);
    return new SystemModel(List.of(
        new ComponentGroup("x", 1, new Weibull(2, 50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("y", 1, new Weibull(0.8, 50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("web", 3, new Exponential(80 * HOUR), new Exponential(4 * HOUR))),
        new Structure.Series(List.of(bare, new Structure.AtLeastOfGroup(2, "web"))));
  }

  /**
   * Warm (0.5) and cold, on {@link #detectedTrio} and {@link #bareSeries}, the main trajectory's
   * down time and failures are the engine's, to the last bit.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    for (double dormancy : new double[] {0.5, 0}) {
      for (SystemModel model : List.of(detectedTrio(dormancy), bareSeries(dormancy))) {
        assertNull(ImportanceSampling.supports(model));
        StartPlan plan = StartPlan.of(model, Start.NEW);
        ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
        for (int r = 0; r < 3; r++) {
          String what = "dormancy " + dormancy + " " + model.structure() + " " + r;
          WeightedReplication mine = is.replicate(5, r, 20_000 * HOUR, 100 * HOUR);
          ScopeObservation engine = new AvailabilitySimulation(model, new RandomStreams(5, r),
              100 * HOUR, plan).run(20_000 * HOUR).get(0);
          assertEquals(engine.downTime(), mine.plainDownTime(), what);
          assertEquals(engine.failures(), mine.plainFailures(), what);
          assertTrue(engine.failures() > 50, what + ": failures " + engine.failures());
        }
      }
    }
  }

  /**
   * Where failures are not rare, each replication's weighted estimate and its own plain trajectory
   * (the engine's) estimate the same expected down time and failures: on the same warm and cold
   * models, by both methods, their paired differences over 100 replications average to 0 within
   * four standard errors, through detection, switchovers that fail, the manual restore and
   * wear-out lives whose pace changes with their role.
   */
  @Test
  void weightedAndPlainAgreeWhereBothRun() {
    for (double dormancy : new double[] {0.5, 0}) {
      for (SystemModel model : List.of(detectedTrio(dormancy), bareSeries(dormancy))) {
        StartPlan plan = StartPlan.of(model, Start.NEW);
        for (String method : List.of("importance", "splitting")) {
          Replicate run = method.equals("importance")
              ? ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate
              : Splitting.of(model, plan)::replicate;
          RareRuns.assertWeightedMatchesPlain(run, 13, 100, 3000 * HOUR, 100 * HOUR,
              method + ", dormancy " + dormancy + ", " + model.structure() + ": ");
        }
      }
    }
  }

  /**
   * The bookkeeping of paced windows, by hand: a trio (an active unit, two spares at pace d),
   * exponential lives (λ at pace 1), one repairer (μ), instant switchovers. From "one down" (the
   * excursion's first failure: a spare took over) the next failure comes at (1 + d)·λ (the active
   * unit and the spare left), with probability a = (1 + d)λ/((1 + d)λ + μ); from "two down" the
   * last unit fails with probability b = λ/(λ + μ), and "all down" lasts 1/μ and returns to "two
   * down"; a repair from "two down" makes the repaired unit a spare again ("one down"). The
   * expected down time solves d₂ = b(1/μ + d₂) + (1 − b)d₁, d₁ = a·d₂: d₂ = λ/μ² + d₁ and
   * d₁ = (1 + d)(λ/μ)·λ/μ²; the expected failures likewise f₁ = (1 + d)λ²/μ². Cold, warm and hot,
   * biased branches average W·(down time) and W·(failures) to them.
   */
  @Test
  void pacedWindowsAverageToTheChain() {
    double lambda = 1 / (1000 * HOUR);
    double mu = 1 / (10 * HOUR);
    for (double dormancy : new double[] {0, 0.5, 1}) {
      Structure.Standby trio = new Structure.Standby("trio", "a", List.of("b"), mode(dormancy),
          dormancy, null, null, 0);
      SystemModel model = new SystemModel(List.of(
          new ComponentGroup("a", 1, new Exponential(1 / lambda), new Exponential(1 / mu), null,
              "tech"),
          new ComponentGroup("b", 2, new Exponential(1 / lambda), new Exponential(1 / mu), null,
              "tech")),
          List.of(new Crew("tech", 1)), trio);
      Layout layout = Layout.of(model);
      Branch branch = new Branch(layout, Biasing.DEFAULT, 0, Double.MAX_VALUE,
          RandomSource.XO_SHI_RO_256_PP.create(11));
      SystemState snapshot = new SystemState(layout);
      snapshot.startStandbys(branch);
      int n = 20_000;
      double[] down = new double[2];
      double[] failures = new double[2];
      for (int i = 0; i < n; i++) {
        Branch.Outcome o = branch.run(snapshot, 0);
        down[0] += o.downTime();
        down[1] += o.downTime() * o.downTime();
        failures[0] += o.failures();
        failures[1] += o.failures() * o.failures();
      }
      double rho = lambda / mu;
      double d1 = (1 + dormancy) * rho * lambda / (mu * mu);
      double f1 = (1 + dormancy) * rho * rho;
      double downMean = down[0] / n;
      double downError = Math.sqrt((down[1] / n - downMean * downMean) / (n - 1));
      double failMean = failures[0] / n;
      double failError = Math.sqrt((failures[1] / n - failMean * failMean) / (n - 1));
      String what = "dormancy " + dormancy + ": ";
      assertTrue(Math.abs(downMean - d1) < 4 * downError,
          what + "down " + downMean + " vs " + d1 + " ± " + downError);
      assertTrue(Math.abs(failMean - f1) < 4 * failError,
          what + "failures " + failMean + " vs " + f1 + " ± " + failError);
      assertTrue(downError / d1 < 0.03, what + "relative error " + downError / d1);
    }
  }

  private static final double LIFE_A = 2e5 * HOUR;
  private static final double REPAIR_A = 4 * HOUR;
  private static final double LIFE_B = 1e5 * HOUR;
  private static final double REPAIR_B = 8 * HOUR;

  /**
   * A cold pair (a: lives 200,000 h, repairs 4 h; b: lives 100,000 h, repairs 8 h) at nearly
   * nine nines (U ≈ 1.6e-9, all of it both units down at once): importance sampling holds the
   * exact chain ({@link SpareChains#pair}) within an interval of at most 3 %, the failure
   * frequency too.
   */
  @Test
  void importanceSamplingHoldsTheColdPairsChain() {
    assertHolds(SpareChains.pairModel(0, LIFE_A, REPAIR_A, LIFE_B, REPAIR_B),
        SpareChains.pair(0, LIFE_A, REPAIR_A, LIFE_B, REPAIR_B), "importance", 100, 10_000,
        0.03);
  }

  /** The same pair with a warm spare at half pace (U ≈ 2.4e-9). */
  @Test
  void importanceSamplingHoldsTheWarmPairsChain() {
    assertHolds(SpareChains.pairModel(0.5, LIFE_A, REPAIR_A, LIFE_B, REPAIR_B),
        SpareChains.pair(0.5, LIFE_A, REPAIR_A, LIFE_B, REPAIR_B), "importance", 100, 10_000,
        0.03);
  }

  /**
   * Importance sampling on the trio, cold (U ≈ 1e-9) and warm at half pace (U ≈ 3e-9), within
   * 5 % of the chain ({@link SpareChains#trio}), failure frequency too.
   */
  @Test
  void importanceSamplingHoldsTheTriosChain() {
    for (double dormancy : new double[] {0, 0.5}) {
      assertHolds(SpareChains.trioModel(dormancy, 4000 * HOUR, 4 * HOUR),
          SpareChains.trio(dormancy, 4000 * HOUR, 4 * HOUR), "importance", 50, 400, 0.05);
    }
  }

  /**
   * Splitting on the cold trio at nine nines: three levels, each a failure within a repair's time
   * (about 10⁻³), where the first stage's effort must count the cold spare about to take over at
   * pace 1. Within 10 % of the chain, failure frequency too, over about 1,100 excursions (each
   * excursion's estimate, a product of stages of about four hits, is skewed: fewer excursions
   * give intervals that miss low now and then).
   */
  @Test
  void splittingHoldsTheColdTriosChain() {
    assertHolds(SpareChains.trioModel(0, 4000 * HOUR, 4 * HOUR),
        SpareChains.trio(0, 4000 * HOUR, 4 * HOUR), "splitting", 50, 10, 0.1);
  }

  /**
   * Warm (0.5) and cold pairs behind a lossless heartbeat (1 s, timeout 3 s), switchovers of 1 to
   * 3 s failing once in 10,000, lives of 10⁷ h and repairs of 4 h, at ten nines: the failover
   * chain with the spare's dormancy ({@code StandbyFailover}, whose own tests hold it to
   * hand-built chains) gives U within its stated error; importance sampling and splitting, 60
   * replications of 20,000 years each, hold it within intervals of at most 10 % and agree.
   */
  @Test
  void detectedPairsAgreeWithTheFailoverChainAtTenNines() {
    for (double dormancy : new double[] {0.5, 0}) {
      Structure.Standby s = new Structure.Standby("pair", "a", List.of("b"), mode(dormancy),
          dormancy, "hb", new Uniform(1, 3), 1e-4);
      SystemModel model = new SystemModel(List.of(
          new ComponentGroup("a", 1, new Exponential(1e7 * HOUR), new Exponential(4 * HOUR)),
          new ComponentGroup("b", 1, new Exponential(1e7 * HOUR), new Exponential(4 * HOUR))),
          List.of(), List.of(new Detector("hb", new Heartbeat(1, 3))), s);
      var chain = dev.nines.models.analytics.StandbyFailover.of(model, s).unavailability();
      double exact = chain.value();
      assertTrue(exact > 1e-10 && exact < 1e-9, "ten nines: " + exact);
      StartPlan plan = StartPlan.of(model, Start.NEW);
      List<ConfidenceInterval> found = new ArrayList<>();
      for (String method : List.of("importance", "splitting")) {
        Replicate run = method.equals("importance")
            ? ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate
            : Splitting.of(model, plan)::replicate;
        List<WeightedReplication> list = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
          list.add(run.run(17, r, 20_000 * YEAR, 0));
        }
        ConfidenceInterval u = RareFigures.of(list, 0.95).unavailability();
        String what = method + ", dormancy " + dormancy + ": ";
        assertTrue(u.relativeHalfWidth() < 0.1, what + u);
        assertTrue(u.low() - chain.error() <= exact && exact <= u.high() + chain.error(),
            what + u + " vs " + exact + " ± " + chain.error());
        found.add(u);
      }
      double gap = Math.abs(found.get(0).mean() - found.get(1).mean());
      assertTrue(gap <= Math.hypot(found.get(0).halfWidth(), found.get(1).halfWidth()),
          found.get(0) + " vs " + found.get(1));
    }
  }

  private static void assertHolds(SystemModel model, double[] exact, String method,
      int replications, double years, double width) {
    assertTrue(exact[0] < 1e-8, "eight nines or more: " + exact[0]);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    Replicate run = method.equals("importance")
        ? ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate
        : Splitting.of(model, plan)::replicate;
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(run.run(23, r, years * YEAR, 0));
    }
    RareFigures f = RareFigures.of(list, 0.95);
    String what = method + ", " + model.structure() + ": ";
    ConfidenceInterval u = f.unavailability();
    assertTrue(u.contains(exact[0]), what + u + " vs " + exact[0]);
    assertTrue(u.relativeHalfWidth() < width, what + u);
    ConfidenceInterval freq = f.failureFrequency();
    assertTrue(freq.contains(exact[1]), what + freq + " vs " + exact[1]);
    assertTrue(freq.relativeHalfWidth() < width, what + freq);
  }
}
