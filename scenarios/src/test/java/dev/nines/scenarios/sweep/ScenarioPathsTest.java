package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.ScenarioPaths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths into a scenario file: set, read, and every way they can be wrong, said plainly. */
class ScenarioPathsTest {

  private static final String YAML = """
      name: paths
      horizon: 1y
      crews:
        ops: {size: 1}
      components:
        app: {count: 3, failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}, crew: ops}
      detectors:
        hb: {heartbeat: {interval: 1s, timeout: 3s}, monitors: app}
      traffic: {arrivals: {poisson: 90/m}, service: 100ms, servers: app}
      system: {atLeast: 2, of: app}
      faults:
        - {at: 1d, fail: "app[0]", for: 1h}
      """;

  private static Scenario load(Map<String, String> set) throws ScenarioException {
    return ScenarioLoader.parse(YAML, "paths.yaml", Overrides.NONE, set);
  }

  @Test
  void setsCountsDurationsNamesAndListItems() throws ScenarioException {
    Scenario s = load(Map.of("components.app.count", "5", "crews.ops.size", "2",
        "components.app.repair.mean", "4h", "faults[0].at", "2d", "warmup", "1d"));
    assertEquals(5, s.system().group("app").count());
    assertEquals(2, s.system().crew("ops").size());
    assertEquals(4 * 3600, s.system().group("app").repair().mean(), 1e-9);
    assertEquals(2 * 86400, s.faults().get(0).at());
    assertEquals(86400, s.warmup());
    assertEquals(3, ScenarioPaths.number(YAML, "components.app.count"));
    assertEquals(3, ScenarioPaths.number(YAML, "detectors.hb.heartbeat.timeout"));
    assertEquals(1.5, ScenarioPaths.number(YAML, "traffic.arrivals.poisson"));
  }

  @Test
  void aWrongPathSaysWhereItStopsWithADidYouMean() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> load(Map.of("components.ap.count", "2")));
    assertEquals("components.ap.count: no 'ap' in 'components' (did you mean 'app'?)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(Map.of("crews.x.size", "2")));
    assertEquals("crews.x.size: no 'x' in 'crews' (it has: ops)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> load(Map.of("components.app.count.x", "2")));
    assertTrue(e.getMessage().contains("is the number 3, not a map"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(Map.of("faults[3].at", "1d")));
    assertTrue(e.getMessage().contains("has 1 items, so no item [3]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> load(Map.of("a..b", "1")));
    assertTrue(e.getMessage().contains("is not a field name"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ScenarioPaths.number(YAML, "crews.ops.name"));
    assertTrue(e.getMessage().contains("not in the scenario file"), e.getMessage());
  }

  @Test
  void aBadValueIsAProblemAtTheFieldItReplaced() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> load(Map.of("components.app.count", "many")));
    assertEquals(6, e.problems().get(0).line(), e.getMessage());
    assertTrue(e.getMessage().contains("components.app.count"), e.getMessage());
    ScenarioException unknown = assertThrows(ScenarioException.class,
        () -> load(Map.of("components.app.reapir", "1h")));
    assertTrue(unknown.getMessage().contains("did you mean 'repair'"), unknown.getMessage());
  }
}
