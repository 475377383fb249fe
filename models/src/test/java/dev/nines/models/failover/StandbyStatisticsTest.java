package dev.nines.models.failover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.StandbyAnalytics;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairCrew;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated standby against its birth-death chain, over replications with seed 2026. */
class StandbyStatisticsTest {

  private static final double H = Durations.HOUR;
  private static final long SEED = 2026;
  private static final double LEVEL = 0.999;
  private static final int REPLICATIONS = 40;
  private static final double WARMUP = 100 * H;
  private static final double HORIZON = 150_000 * H;

  /** Active group a, spare group b; lives mean 10 h, repairs mean 5 h; crew "tech" if size > 0. */
  private static SystemModel pair(Structure.Standby s, int crewSize) {
    String crew = crewSize > 0 ? "tech" : null;
    List<Crew> crews = crewSize > 0 ? List.of(new Crew("tech", crewSize)) : List.of();
    return new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(10 * H), new Exponential(5 * H), null, crew),
        new ComponentGroup("b", 1, new Exponential(10 * H), new Exponential(5 * H), null, crew)),
        crews, s);
  }

  private static Structure.Standby ideal(StandbyMode mode, double dormancy) {
    return new Structure.Standby("pair", "a", List.of("b"), mode, dormancy, null, null, 0);
  }

  @Test
  void anIdealColdPairWithOneRepairerMatchesItsChain() {
    Structure.Standby s = ideal(StandbyMode.COLD, 0);
    assertMatchesChain(pair(s, 1), s);
  }

  @Test
  void anIdealWarmPairWithIndependentRepairsMatchesItsChain() {
    Structure.Standby s = ideal(StandbyMode.WARM, 0.5);
    assertMatchesChain(pair(s, 0), s);
  }

  private static void assertMatchesChain(SystemModel model, Structure.Standby s) {
    double expected = 1 - StandbyAnalytics.of(model, s).availability().value();
    Tally unavailability = new Tally();
    for (int r = 0; r < REPLICATIONS; r++) {
      Run run = new Run(model, s, new RandomStreams(SEED, r));
      ScopeObservation seen = run.finish();
      unavailability.add(1 - seen.availability());
      assertTrue(run.standby.switchovers() > 0, "an ideal standby still switches");
      assertEquals(0, run.standby.downSwitching() + run.standby.downUndetected());
    }
    ConfidenceInterval ci = unavailability.confidenceInterval(LEVEL);
    assertTrue(ci.contains(expected), ci + " should contain " + expected);
    assertTrue(ci.halfWidth() / expected < 0.02, "too wide: " + ci);
  }

  @Test
  void anIdealStandbyIsUpExactlyWhileSomePoolUnitIsUp() {
    var s = new Structure.Standby("pool", "a", List.of("b"), StandbyMode.COLD, 0, null, null, 0);
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(10 * H), new Exponential(5 * H), null, "tech"),
        new ComponentGroup("b", 2, new Exponential(10 * H), new Exponential(5 * H), null, "tech")),
        List.of(new Crew("tech", 1)), s);
    Run run = new Run(model, s, new RandomStreams(SEED, 0), 20_000 * H);
    Gate anyUp = new Gate(1, run.pool.size());
    ScopeRecorder anyUpRecorder = new ScopeRecorder("any", WARMUP);
    anyUp.addListener(anyUpRecorder);
    run.pool.forEach(unit -> unit.addListener(anyUp));
    ScopeObservation standby = run.finish();
    ScopeObservation reference = anyUpRecorder.finish(run.horizon, Double.NaN);
    assertTrue(standby.failures() > 100, "expected many outages, got " + standby.failures());
    assertEquals(reference.failures(), standby.failures());
    assertEquals(reference.downTime(), standby.downTime(), 1e-6);
    assertArrayEquals(reference.outages(), standby.outages());
  }

  @Test
  void switchFailureIsTheShareOfFailedSwitchovers() {
    var s = new Structure.Standby("pair", "a", List.of("b"), StandbyMode.HOT, 1, null,
        new Deterministic(1), 0.2);
    SystemModel model = pair(s, 0);
    Tally share = new Tally();
    for (int r = 0; r < 20; r++) {
      Run run = new Run(model, s, new RandomStreams(SEED, r), 20_000 * H);
      run.finish();
      StandbyObservation seen = run.standby;
      assertTrue(seen.switchovers() > 500, "expected many switchovers, got " + seen.switchovers());
      share.add((double) seen.failedSwitchovers() / seen.switchovers());
    }
    ConfidenceInterval ci = share.confidenceInterval(LEVEL);
    assertTrue(ci.contains(0.2), ci + " should contain 0.2");
  }

  /** One replication of a standby over units built from the model, as the simulation builds them. */
  private static final class Run {
    final Simulation sim = new Simulation();
    final List<Unit> pool = new ArrayList<>();
    final StandbyNode node;
    final ScopeRecorder recorder;
    final double horizon;
    StandbyObservation standby;

    Run(SystemModel model, Structure.Standby s, RandomStreams streams) {
      this(model, s, streams, HORIZON);
    }

    Run(SystemModel model, Structure.Standby s, RandomStreams streams, double horizon) {
      this.horizon = horizon;
      Map<String, RepairCrew> crews = new HashMap<>();
      for (Crew c : model.crews()) {
        crews.put(c.name(), new RepairCrew(c.name(), c.size(), sim, WARMUP));
      }
      for (String name : s.groups()) {
        ComponentGroup g = model.group(name);
        RepairService repairs = g.crew() == null ? RepairService.IMMEDIATE : crews.get(g.crew());
        for (int i = 0; i < g.count(); i++) {
          String unit = g.unitName(i);
          pool.add(new RenewalUnit(unit, sim,
              g.failure().sampler(streams.stream(unit + "/failure")),
              g.repair().sampler(streams.stream(unit + "/repair")), repairs));
        }
      }
      node = new StandbyNode(s, pool, null, sim, streams.stream(s.name() + "/switch"), WARMUP);
      recorder = new ScopeRecorder(s.name(), WARMUP);
      node.addListener(recorder);
    }

    ScopeObservation finish() {
      pool.forEach(Unit::start);
      node.start();
      sim.runUntil(horizon);
      standby = node.finish(horizon);
      ScopeObservation seen = recorder.finish(horizon, Double.NaN);
      assertEquals(seen.downTime(), standby.downTime(), 1e-9 * horizon);
      return seen;
    }
  }
}
