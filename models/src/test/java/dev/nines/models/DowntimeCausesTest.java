package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Fault;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The system's down time charged to what started each outage, by group and by cause. */
class DowntimeCausesTest {

  private static final double H = Durations.HOUR;

  @Test
  void eachOutageIsChargedToWhatStartedIt() {
    // a and b never fail; c lives 400 s and is repaired in 20 s: down [400, 420) and [820, 840).
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 1, null, null),
        new ComponentGroup("b", 1, null, null),
        new ComponentGroup("c", 1, new Deterministic(400), new Deterministic(20))),
        new Structure.Series(List.of(new Structure.Group("a"), new Structure.Group("b"),
            new Structure.Group("c"))));
    var sim = new AvailabilitySimulation(model, new RandomStreams(1, 0), 50);
    sim.inject(new Fault(40, "b", 0, 20)); // [40, 60): 10 s after the warm-up, to b
    sim.inject(new Fault(100, "a", 0, 50)); // a starts [100, 220), b held from 120 keeps it down
    sim.inject(new Fault(120, "b", 0, 100));
    sim.inject(new Fault(300, "b", 0, 30)); // [300, 330), to b
    sim.inject(new Fault(810, "a", 0, 20)); // a starts [810, 840), c's failure at 820 keeps it down
    sim.inject(new Fault(990, "a", 0, 100)); // [990, 1000) up to the horizon, to a
    ScopeObservation system = sim.run(1000).get(0);
    DowntimeCauses causes = sim.downtimeCauses();

    assertEquals(220, system.downTime());
    // Charged when each outage ends (or at the horizon), in that order.
    assertEquals(ordered("b", 40.0, "a", 160.0, "c", 20.0), entries(causes.byGroup()));
    assertEquals(ordered(DowntimeCauses.SCRIPTED_FAULT, 200.0, DowntimeCauses.FAILURE, 20.0),
        entries(causes.byCause()));
  }

  @Test
  void aMarkovUnitThatStartsDownIsTheInitialState() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("failed", false);
    var chain = new MarkovChain("failed", states, List.of(
        new MarkovChain.Transition("ok", "failed", 1 / (10 * H)),
        new MarkovChain.Transition("failed", "ok", 1 / (1 * H))));
    var model = new SystemModel(List.of(new ComponentGroup("disk", 1, null, null, chain, null)),
        new Structure.Group("disk"));
    var sim = new AvailabilitySimulation(model, new RandomStreams(5, 0), 0);
    double[] firstUp = {Double.NaN};
    sim.units("disk").get(0).addListener((t, up) -> {
      if (up && Double.isNaN(firstUp[0])) {
        firstUp[0] = t;
      }
    });
    ScopeObservation system = sim.run(1000 * H).get(0);
    DowntimeCauses causes = sim.downtimeCauses();
    assertEquals(firstUp[0], causes.byCause().get(DowntimeCauses.INITIAL_STATE));
    assertEquals(List.of(DowntimeCauses.INITIAL_STATE, DowntimeCauses.FAILURE),
        List.copyOf(causes.byCause().keySet()));
    assertEquals(system.downTime(), sum(causes.byGroup()), 1e-9 * system.downTime());
    assertEquals(system.downTime(), sum(causes.byCause()), 1e-9 * system.downTime());
  }

  /**
   * Groups with a crew, k-of-n, a standby whose lossy detector suspects a healthy active unit (a
   * needless switchover: the standby's own outage), a quorum, and scripted faults.
   */
  private static SystemModel mixed() {
    var hb = new Detector("hb", new Heartbeat(1, 3, 0.2, null));
    return new SystemModel(List.of(
        new ComponentGroup("web", 2, new Exponential(20 * H), new Exponential(2 * H), null,
            "ops"),
        new ComponentGroup("db", 3, new Exponential(10 * H), new Exponential(1 * H)),
        new ComponentGroup("primary", 1, new Exponential(10 * H), new Exponential(1 * H)),
        new ComponentGroup("spare", 1, new Exponential(10 * H), new Exponential(1 * H)),
        new ComponentGroup("node", 3, new Exponential(5 * H), new Exponential(0.5 * H))),
        List.of(new Crew("ops", 1)), List.of(hb),
        new Structure.Series(List.of(
            new Structure.AtLeastOfGroup(1, "web"),
            new Structure.AtLeastOfGroup(2, "db"),
            new Structure.Standby("pair", "primary", List.of("spare"), StandbyMode.HOT, 1, "hb",
                new Deterministic(30), 0.1),
            new Structure.Quorum("raft", "node", null, new Uniform(0.15, 0.3)))));
  }

  @Test
  void theChargesSumToTheSystemsDownTime() {
    for (int r = 0; r < 3; r++) {
      var sim = new AvailabilitySimulation(mixed(), new RandomStreams(2026, r), 2 * H);
      sim.inject(new Fault(10 * H, "web", 0, 3 * H));
      sim.inject(new Fault(20 * H, "node", 1, 1 * H));
      ScopeObservation system = sim.run(48 * H).get(0);
      DowntimeCauses causes = sim.downtimeCauses();
      assertTrue(system.downTime() > 0);
      assertEquals(system.downTime(), sum(causes.byGroup()), 1e-9 * system.downTime());
      assertEquals(system.downTime(), sum(causes.byCause()), 1e-9 * system.downTime());
      // A needless switchover is the standby's own outage.
      assertTrue(causes.byCause().get(DowntimeCauses.FAILOVER) > 0, causes.toString());
      assertTrue(causes.byGroup().get("pair") > 0, causes.toString());
      assertTrue(causes.byCause().get(DowntimeCauses.FAILURE) > 0, causes.toString());
      causes.byGroup().values().forEach(v -> assertTrue(v > 0));
      causes.byCause().values().forEach(v -> assertTrue(v > 0));
    }
  }

  @Test
  void theChargesDependOnlyOnTheSeed() {
    var one = new AvailabilitySimulation(mixed(), new RandomStreams(7, 1), 0);
    var two = new AvailabilitySimulation(mixed(), new RandomStreams(7, 1), 0);
    one.run(24 * H);
    two.run(24 * H);
    assertEquals(entries(one.downtimeCauses().byGroup()), entries(two.downtimeCauses().byGroup()));
    assertEquals(entries(one.downtimeCauses().byCause()), entries(two.downtimeCauses().byCause()));
  }

  private static List<Map.Entry<String, Double>> entries(Map<String, Double> map) {
    return map.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  private static List<Map.Entry<String, Double>> ordered(Object... keysAndValues) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (Double) keysAndValues[i + 1]);
    }
    return entries(map);
  }

  private static double sum(Map<String, Double> map) {
    double sum = 0;
    for (double v : map.values()) {
      sum += v;
    }
    return sum;
  }
}
