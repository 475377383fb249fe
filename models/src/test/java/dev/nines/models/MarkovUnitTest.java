package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.MarkovUnit;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Markov units: only up/down crossings reach the listeners, and a unit may start down. */
class MarkovUnitTest {

  private static final double H = Durations.HOUR;

  /** ok (up) -> degraded (up) -> failed (down) -> ok, with a way back from degraded to ok. */
  private static MarkovChain disk(String initial) {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    return new MarkovChain(initial, states, List.of(
        new MarkovChain.Transition("ok", "degraded", 1 / (20 * H)),
        new MarkovChain.Transition("degraded", "ok", 1 / (2 * H)),
        new MarkovChain.Transition("degraded", "failed", 1 / (4 * H)),
        new MarkovChain.Transition("failed", "ok", 1 / (1 * H))));
  }

  private static SystemModel alone(MarkovChain chain) {
    return new SystemModel(List.of(new ComponentGroup("disk", 1, null, null, chain, null)),
        new Structure.Group("disk"));
  }

  @Test
  void listenersHearOnlyCrossingsBetweenUpAndDown() {
    var sim = new AvailabilitySimulation(alone(disk("ok")), new RandomStreams(3, 0), 0);
    MarkovUnit unit = (MarkovUnit) sim.units("disk").get(0);
    List<Boolean> changes = new ArrayList<>();
    List<String> statesAtChange = new ArrayList<>();
    unit.addListener((t, up) -> {
      changes.add(up);
      statesAtChange.add(unit.state());
    });
    ScopeObservation seen = sim.run(10_000 * H).get(0);
    assertTrue(changes.size() > 100, () -> "too few changes: " + changes.size());
    for (int i = 0; i < changes.size(); i++) {
      assertEquals(i % 2 == 1, changes.get(i), "changes alternate, starting with a failure");
      // Down only in failed; up again only by failed -> ok.
      assertEquals(changes.get(i) ? "ok" : "failed", statesAtChange.get(i));
    }
    assertTrue(unit.moves() > changes.size(), "ok <-> degraded moves are silent");
    assertEquals((changes.size() + 1) / 2, seen.failures());
  }

  @Test
  void aUnitThatStartsDownHasNotFailed() {
    // The disk starts failed, in series with a web unit that never fails.
    var model = new SystemModel(List.of(
        new ComponentGroup("disk", 1, null, null, disk("failed"), null),
        new ComponentGroup("web", 1, null, null)),
        new Structure.Series(List.of(new Structure.Group("disk"), new Structure.Group("web"))));
    var sim = new AvailabilitySimulation(model, new RandomStreams(9, 1), 0);
    List<double[]> changes = new ArrayList<>();
    List<Boolean> systemUp = new ArrayList<>();
    sim.units("disk").get(0).addListener((t, up) -> {
      changes.add(new double[] {t, up ? 1 : 0});
      systemUp.add(sim.systemUp());
    });
    assertFalse(sim.units("disk").get(0).isUp());
    double horizon = 500 * H;
    List<ScopeObservation> seen = sim.run(horizon);
    ScopeObservation system = seen.get(0);

    // A listener that does not override startsDown hears it as a change to down at time 0.
    assertEquals(0, changes.get(0)[0]);
    assertEquals(0, changes.get(0)[1]);
    assertFalse(systemUp.get(0), "the system starts down with the disk");
    assertTrue(systemUp.get(1), "and comes up with it");

    double down = 0;
    int failures = 0;
    double firstFailure = Double.NaN;
    List<Double> outages = new ArrayList<>();
    for (int i = 0; i < changes.size(); i += 2) {
      double from = changes.get(i)[0];
      double to = i + 1 < changes.size() ? changes.get(i + 1)[0] : horizon;
      down += to - from;
      if (i > 0) {
        failures++;
        firstFailure = Double.isNaN(firstFailure) ? from : firstFailure;
        if (i + 1 < changes.size()) {
          outages.add(to - from);
        }
      }
    }
    assertTrue(failures > 3, "expected a few failures, got " + failures);
    assertEquals(down, system.downTime(), 1e-6);
    assertEquals(horizon - down, system.upTime(), 1e-6);
    assertEquals(failures, system.failures(), "starting down is not a failure");
    assertEquals(firstFailure, system.firstFailure());
    assertEquals(outages.size(), system.outages().length, "the initial outage is not an outage");
    assertEquals(outages.get(0), system.outages()[0], 1e-9);
    assertEquals(1 - down / horizon, seen.get(1).unitAvailability(), 1e-12);
  }

  @Test
  void aChainWithoutAWayBackUpIsRefused() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("broken", false);
    states.put("worse", false);
    var e = assertThrows(IllegalArgumentException.class, () -> new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "broken", 1),
        new MarkovChain.Transition("broken", "worse", 1),
        new MarkovChain.Transition("worse", "broken", 1))));
    assertEquals("no path leads from state broken back to an up state", e.getMessage());
  }
}
