package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact timelines with deterministic lives and repairs, and common random numbers. */
class UnitTimelineTest {

  private static final double H = Durations.HOUR;

  private static SystemModel deterministic(double lifeHours, double repairHours) {
    return new SystemModel(
        List.of(new ComponentGroup("box", 1, new Deterministic(lifeHours * H),
            new Deterministic(repairHours * H))),
        new Structure.Group("box"));
  }

  @Test
  void aUnitAlternatesExactlyBetweenItsLivesAndRepairs() {
    var sim = new AvailabilitySimulation(deterministic(10, 2), new RandomStreams(1, 0), 0);
    List<String> timeline = new ArrayList<>();
    sim.units("box").get(0).addListener((t, up) -> timeline.add((t / H) + (up ? " up" : " down")));
    sim.run(40 * H);
    assertEquals(List.of("10.0 down", "12.0 up", "22.0 down", "24.0 up", "34.0 down", "36.0 up"),
        timeline);
  }

  @Test
  void figuresOfAnExactTimeline() {
    // Cycles of 10 h up, 2 h down; horizon 36 h = three whole cycles.
    List<ScopeObservation> seen =
        new AvailabilitySimulation(deterministic(10, 2), new RandomStreams(1, 0), 0).run(36 * H);
    ScopeObservation system = seen.get(0);
    assertEquals(30 * H, system.upTime());
    assertEquals(6 * H, system.downTime());
    assertEquals(3, system.failures());
    assertEquals(10 * H, system.firstFailure());
    assertEquals(10.0 / 12, system.availability(), 1e-15);
    assertEquals(List.of(2 * H, 2 * H, 2 * H), boxed(system.outages()));
    assertEquals(10.0 / 12, seen.get(1).unitAvailability(), 1e-15);
  }

  @Test
  void warmupAndHorizonCutTheObservedWindow() {
    // Warm-up 11 h falls inside the first outage [10, 12); horizon 35 h inside the third [34, 36).
    ScopeObservation system =
        new AvailabilitySimulation(deterministic(10, 2), new RandomStreams(1, 0), 11 * H)
            .run(35 * H).get(0);
    assertEquals(20 * H, system.upTime());
    assertEquals(4 * H, system.downTime()); // 1 h + 2 h + 1 h
    assertEquals(2, system.failures()); // at 22 h and 34 h; the one at 10 h precedes the window
    assertEquals(List.of(2 * H), boxed(system.outages())); // [34, 36) is censored
    assertEquals(10 * H, system.firstFailure()); // time to first failure ignores the warm-up
  }

  @Test
  void parallelUnitsWithStaggeredTimelines() {
    // a: up 10 h, down 2 h; b: up 11 h, down 3 h. Both down in [11, 12) and [24, 25).
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 1, new Deterministic(10 * H), new Deterministic(2 * H)),
        new ComponentGroup("b", 1, new Deterministic(11 * H), new Deterministic(3 * H))),
        new Structure.Parallel(List.of(new Structure.Group("a"), new Structure.Group("b"))));
    ScopeObservation system = new AvailabilitySimulation(model, new RandomStreams(1, 0), 0)
        .run(26 * H).get(0);
    // a down [10,12) [22,24); b down [11,14) [25,28): both down [11,12) only; b alone at 25.
    assertEquals(1, system.failures());
    assertEquals(1 * H, system.downTime());
    assertEquals(11 * H, system.firstFailure());
  }

  @Test
  void addingAComponentDoesNotChangeAnotherUnitsFailures() {
    var replicas = new ComponentGroup("replica", 3, new Exponential(100 * H), new Exponential(8 * H));
    var other = new ComponentGroup("cache", 5, new Exponential(50 * H), new Exponential(1 * H));
    var alone = new SystemModel(List.of(replicas), new Structure.AtLeastOfGroup(2, "replica"));
    var withCache = new SystemModel(List.of(other, replicas), new Structure.Series(List.of(
        new Structure.Group("cache"), new Structure.AtLeastOfGroup(2, "replica"))));
    assertEquals(failureTimes(alone), failureTimes(withCache));
  }

  private static List<Double> failureTimes(SystemModel model) {
    var sim = new AvailabilitySimulation(model, new RandomStreams(42, 3), 0);
    List<Double> times = new ArrayList<>();
    sim.units("replica").get(1).addListener((t, up) -> {
      if (!up) {
        times.add(t);
      }
    });
    sim.run(Durations.YEAR);
    assertEquals(true, times.size() > 50, "expected many failures in a year, got " + times.size());
    return times;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
