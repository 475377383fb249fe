package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.scenarios.experiment.Solution;
import dev.nines.scenarios.experiment.Solver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A parallel of one part is warned of, and the warning says what the structure means: checked
 * against the exact availability of three independent units that must all be up, a³.
 */
class ScenarioWarningsTest {

  private static final String UNITS = """
      name: t
      horizon: 1y
      components:
        db: {count: 3, failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}}
        web: {failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}}
      """;

  @Test
  void aParallelOfOneGroupIsAllItsUnitsAndSaysSo() throws ScenarioException {
    String text = UNITS + "system: {parallel: [db]}\n";
    List<Problem> warnings = ScenarioWarnings.of(text, "t.yaml");
    assertEquals(List.of(new Problem("t.yaml", 6, 10, "system.parallel",
        "a parallel of one part is that part alone: 'db' is up only while all its 3 units are "
            + "up, not while any one is",
        "for any one unit up, write {atLeast: 1, of: db}; for all of them, write db without the "
            + "parallel")), warnings);
    // What it says: up only while all three are up, a³ with a = 1000 / 1008; not 1 − (1 − a)³.
    double a = 1000.0 / 1008;
    assertEquals(a * a * a, availability(text), 1e-12);
    assertEquals(1 - Math.pow(1 - a, 3), availability(UNITS + "system: {atLeast: 1, of: db}\n"),
        1e-12);
  }

  @Test
  void aNestedParallelOfOnePartIsFoundToo() {
    List<Problem> warnings = ScenarioWarnings.of(UNITS
        + "system: {series: [db, {parallel: [{series: [web]}]}]}\n", "t.yaml");
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("system.series[1].parallel", warnings.get(0).path());
    assertEquals("a parallel of one part is that part alone: nothing backs it up",
        warnings.get(0).message());
  }

  @Test
  void aParallelOfTwoPartsOrAOnePartSeriesIsNotWarnedOf() {
    assertEquals(List.of(), ScenarioWarnings.of(UNITS + "system: {parallel: [db, web]}\n", "t"));
    assertEquals(List.of(), ScenarioWarnings.of(UNITS + "system: {series: [db]}\n", "t"));
    assertEquals(List.of(), ScenarioWarnings.of("name: [", "t")); // not YAML: the loader says why
  }

  private static double availability(String text) throws ScenarioException {
    Solution solution = Solver.solve(ScenarioLoader.parse(text, "t.yaml", Overrides.NONE),
        Map.of(), false);
    return solution.figures().stream()
        .filter(f -> f.scope().equals("system") && f.name().equals("availability"))
        .findFirst().orElseThrow().value();
  }
}
