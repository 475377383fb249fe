package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.StandbyFailover;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hot standbys behind heartbeat detectors under the rare-event methods: the trajectory is the
 * engine's, rule for rule, and importance sampling and splitting agree with each other and with the
 * failover chain at ten nines.
 */
class StandbyRareTest {

  static final double HOUR = 3600;
  static final double YEAR = 8760 * HOUR;

  private static SystemModel pair(double life, double repair, Heartbeat heartbeat,
      double switchFailure) {
    Structure.Standby s = new Structure.Standby("pair", "a", List.of("b"), StandbyMode.HOT, 1,
        "hb", new Uniform(1, 3), switchFailure);
    return new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(life), new Exponential(repair)),
        new ComponentGroup("b", 1, new Exponential(life), new Exponential(repair))),
        List.of(), List.of(new Detector("hb", heartbeat)), s);
  }

  /**
   * A standby's whole rule set, run often (lives of 100 h): a hot trio behind a detector with a
   * fixed heartbeat delay, switchovers that take seconds and fail one time in five (so failovers
   * try the next spare, reach REPAIR and the manual restore), wear-out lives; and a pair without a
   * detector in series with a 2-of-3. The main trajectory draws the engine's streams in the
   * engine's order: its down time and failures are the engine's, to the last bit.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    Structure.Standby trio = new Structure.Standby("db", "a", List.of("b"), StandbyMode.HOT, 1,
        "hb", new Uniform(1 * HOUR, 3 * HOUR), 0.2);
    SystemModel detected = new SystemModel(List.of(
        new ComponentGroup("a", 1, new Weibull(2, 100 * HOUR), new Lognormal(8 * HOUR, 4 * HOUR)),
        new ComponentGroup("b", 2, new Exponential(100 * HOUR), new Exponential(8 * HOUR))),
        List.of(), List.of(new Detector("hb", new Heartbeat(600, 1800, 0, new Deterministic(200)))),
        trio);
    Structure.Standby bare = new Structure.Standby("lb", "x", List.of("y"), StandbyMode.HOT, 1,
        null, new Deterministic(0.5 * HOUR), 0.1);
    SystemModel series = new SystemModel(List.of(
        new ComponentGroup("x", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("y", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("web", 3, new Exponential(80 * HOUR), new Exponential(4 * HOUR))),
        new Structure.Series(List.of(bare, new Structure.AtLeastOfGroup(2, "web"))));
    for (SystemModel model : List.of(detected, series)) {
      assertNull(ImportanceSampling.supports(model));
      StartPlan plan = StartPlan.of(model, Start.NEW);
      ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
      for (int r = 0; r < 3; r++) {
        WeightedReplication mine = is.replicate(5, r, 20_000 * HOUR, 100 * HOUR);
        ScopeObservation engine = new AvailabilitySimulation(model, new RandomStreams(5, r),
            100 * HOUR, plan).run(20_000 * HOUR).get(0);
        assertEquals(engine.downTime(), mine.plainDownTime(), model.structure() + " " + r);
        assertEquals(engine.failures(), mine.plainFailures(), model.structure() + " " + r);
        assertTrue(engine.failures() > 50, "failures " + engine.failures());
      }
    }
  }

  /**
   * A hot pair behind a lossless heartbeat (1 s, timeout 3 s), switchovers of 1 to 3 s failing
   * once in 10,000, lives of 10⁷ h and repairs of 4 h: U ≈ 1.7e-10, ten nines. The failover
   * chain (its own tests hold it to a hand-built semi-Markov chain) gives U within its stated
   * error; importance sampling and splitting, 60 replications of 20,000 years each, hold it within
   * intervals of at most 10 % and agree with each other.
   */
  @Test
  void importanceSamplingAndSplittingAgreeAtTenNines() {
    SystemModel model = pair(1e7 * HOUR, 4 * HOUR, new Heartbeat(1, 3), 1e-4);
    Structure.Standby s = (Structure.Standby) model.structure();
    var chain = StandbyFailover.of(model, s).unavailability();
    double exact = chain.value();
    assertTrue(exact > 1e-10 && exact < 1e-9, "ten nines: " + exact);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    RareFigures is = RareFigures.of(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)
        ::replicate, 60), 0.95);
    RareFigures split = RareFigures.of(runs(Splitting.of(model, plan)::replicate, 60), 0.95);
    for (RareFigures f : List.of(is, split)) {
      assertTrue(f.unavailability().relativeHalfWidth() < 0.1, f.unavailability().toString());
      assertTrue(f.unavailability().low() - chain.error() <= exact
          && exact <= f.unavailability().high() + chain.error(),
          f.unavailability() + " vs " + exact + " ± " + chain.error());
    }
    double gap = Math.abs(is.unavailability().mean() - split.unavailability().mean());
    assertTrue(gap <= Math.hypot(is.unavailability().halfWidth(),
        split.unavailability().halfWidth()), is.unavailability() + " vs " + split.unavailability());
  }

  /**
   * What the rare-event trajectory cannot run as the engine does is refused, with the reason; cold
   * and warm spares it runs at their pace ({@link WarmStandbyRareTest}).
   */
  @Test
  void refusesWhatItCannotRunExactly() {
    assertNotNull(ImportanceSampling.supports(pair(1e5 * HOUR, 4 * HOUR,
        new Heartbeat(1, 3, 0.01, null), 0)));
    assertNotNull(ImportanceSampling.supports(pair(1e5 * HOUR, 4 * HOUR,
        new Heartbeat(1, 3, 0, new Exponential(0.01)), 0)));
    Structure.Standby cold = new Structure.Standby("pair", "a", List.of("b"), StandbyMode.COLD, 0,
        null, null, 0);
    assertNull(ImportanceSampling.supports(new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(1), new Exponential(1)),
        new ComponentGroup("b", 1, new Exponential(1), new Exponential(1))), cold)));
  }


  private static List<WeightedReplication> runs(Replicate method, int replications) {
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(method.run(17, r, 20_000 * YEAR, 0));
    }
    return list;
  }
}
