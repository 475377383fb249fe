package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repair crews on exact timelines: FIFO waiting, ties in event order, and the crew's figures. */
class CrewTimelineTest {

  private static final double H = Durations.HOUR;

  /** Group a: count units that live 10 h and take 2 h to repair, repaired by crew tech. */
  private static SystemModel threeUnits(int crewSize) {
    return new SystemModel(
        List.of(new ComponentGroup("a", 3, new Deterministic(10 * H), new Deterministic(2 * H),
            null, "tech")),
        List.of(new Crew("tech", crewSize)), new Structure.Group("a"));
  }

  private static List<String> timeline(AvailabilitySimulation sim, String group) {
    List<String> timeline = new ArrayList<>();
    for (var unit : sim.units(group)) {
      unit.addListener((t, up) -> timeline.add(unit.name() + (up ? " up " : " down ") + t / H));
    }
    return timeline;
  }

  @Test
  void oneRepairerTakesFailedUnitsInFailureOrder() {
    var sim = new AvailabilitySimulation(threeUnits(1), new RandomStreams(1, 0), 0);
    List<String> timeline = timeline(sim, "a");
    List<ScopeObservation> seen = sim.run(30 * H);
    // All fail at 10 h, in the order their lives were scheduled; each waits for the one before.
    // At 24 h a[1] fails as a[0]'s repair ends: the failure was scheduled first, so a[1] queues and
    // the freed repairer takes it at once. The same at 26 h for a[2].
    assertEquals(List.of(
        "a[0] down 10.0", "a[1] down 10.0", "a[2] down 10.0",
        "a[0] up 12.0", "a[1] up 14.0", "a[2] up 16.0",
        "a[0] down 22.0", "a[1] down 24.0", "a[0] up 24.0",
        "a[2] down 26.0", "a[1] up 26.0", "a[2] up 28.0"), timeline);
    ScopeObservation group = seen.get(1);
    assertEquals(2, group.failures());
    assertEquals(12 * H, group.downTime()); // [10, 16) and [22, 28): waiting counts as down
    assertEquals(List.of(6 * H, 6 * H), boxed(group.outages()));

    CrewObservation crew = sim.crewObservations().get(0);
    assertEquals("tech", crew.crew());
    assertEquals(12.0 / 30, crew.utilization(), 1e-12); // busy [10, 16) and [22, 28)
    assertEquals(6.0 / 30, crew.queueLength(), 1e-12); // 2 waiting in [10, 12), 1 in [12, 14)
    assertEquals(6, crew.repairsStarted());
    assertEquals(1 * H, crew.meanWait(), 1e-9); // waits 0, 2, 4, 0, 0, 0 hours
  }

  @Test
  void twoRepairersServeTwoAtOnce() {
    var sim = new AvailabilitySimulation(threeUnits(2), new RandomStreams(1, 0), 0);
    List<String> timeline = timeline(sim, "a");
    sim.run(15 * H);
    assertEquals(List.of("a[0] down 10.0", "a[1] down 10.0", "a[2] down 10.0",
        "a[0] up 12.0", "a[1] up 12.0", "a[2] up 14.0"), timeline);
    CrewObservation crew = sim.crewObservations().get(0);
    assertEquals((2 * 2 + 2) / (15.0 * 2), crew.utilization(), 1e-12);
    assertEquals(2.0 / 15, crew.queueLength(), 1e-12);
    assertEquals(2 * H / 3, crew.meanWait(), 1e-9);
  }

  @Test
  void crewFiguresStartAtTheEndOfTheWarmup() {
    // a lives 10 h, repair 3 h; b lives 11 h, repair 2 h; one repairer.
    // a down [10, 13); b fails at 11, waits to 13, repaired by 15. Warm-up 12 h, horizon 20 h.
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 1, new Deterministic(10 * H), new Deterministic(3 * H), null, "tech"),
        new ComponentGroup("b", 1, new Deterministic(11 * H), new Deterministic(2 * H), null, "tech")),
        List.of(new Crew("tech", 1)),
        new Structure.Series(List.of(new Structure.Group("a"), new Structure.Group("b"))));
    var sim = new AvailabilitySimulation(model, new RandomStreams(1, 0), 12 * H);
    ScopeObservation b = sim.run(20 * H).get(2);
    assertEquals(3 * H, b.downTime()); // [12, 15) of b's [11, 15)
    CrewObservation crew = sim.crewObservations().get(0);
    assertEquals(3.0 / 8, crew.utilization(), 1e-12); // busy [12, 15) of [12, 20)
    assertEquals(1.0 / 8, crew.queueLength(), 1e-12); // b waits in [12, 13)
    assertEquals(1, crew.repairsStarted()); // a's repair started at 10 h, before the window
    assertEquals(2 * H, crew.meanWait(), 1e-9);
  }

  @Test
  void aCrewAsLargeAsItsUnitsIsImmediateRepair() {
    var failure = new Exponential(100 * H);
    var repair = new Exponential(30 * H);
    var alone = new SystemModel(List.of(new ComponentGroup("a", 3, failure, repair)),
        new Structure.Group("a"));
    var crewed = new SystemModel(List.of(new ComponentGroup("a", 3, failure, repair, null, "t")),
        List.of(new Crew("t", 3)), new Structure.Group("a"));
    var first = new AvailabilitySimulation(alone, new RandomStreams(5, 2), 0);
    var second = new AvailabilitySimulation(crewed, new RandomStreams(5, 2), 0);
    List<String> one = timeline(first, "a");
    List<String> two = timeline(second, "a");
    first.run(Durations.YEAR);
    second.run(Durations.YEAR);
    assertEquals(one, two);
    assertEquals(0, second.crewObservations().get(0).queueLength());
    assertEquals(0, second.crewObservations().get(0).meanWait());
  }

  @Test
  void anIdleCrewHasNoWaits() {
    var model = new SystemModel(List.of(new ComponentGroup("a", 1, new Deterministic(10 * H),
        new Deterministic(1 * H))), List.of(new Crew("idle", 2)), new Structure.Group("a"));
    var sim = new AvailabilitySimulation(model, new RandomStreams(1, 0), 0);
    sim.run(30 * H);
    CrewObservation crew = sim.crewObservations().get(0);
    assertEquals(0, crew.utilization());
    assertEquals(0, crew.repairsStarted());
    assertEquals(Double.NaN, crew.meanWait());
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
