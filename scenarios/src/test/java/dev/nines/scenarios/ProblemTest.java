package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems print: {@code file:line:column: path: message (hint)}. */
class ProblemTest {

  @Test
  void printsLocationPathMessageAndHint() {
    Problem p = new Problem("a.yaml", 3, 5, "components.app.mtrr", "unknown field 'mtrr'",
        "did you mean 'mttr'?");
    assertEquals("a.yaml:3:5: components.app.mtrr: unknown field 'mtrr' (did you mean 'mttr'?)",
        p.toString());
  }

  @Test
  void omitsAMissingHint() {
    assertEquals("a.yaml:1:1: crews: 'crews' is not supported yet",
        new Problem("a.yaml", 1, 1, "crews", "'crews' is not supported yet", null).toString());
  }

  @Test
  void omitsTheLocationOnLineZero() {
    assertEquals("a.yaml: replications: too few (from --replications)",
        new Problem("a.yaml", 0, 0, "replications", "too few (from --replications)", null).toString());
  }

  @Test
  void omitsAnEmptyPath() {
    assertEquals("a.yaml: no such file", new Problem("a.yaml", 0, 0, "", "no such file", null).toString());
  }

  @Test
  void theExceptionMessageListsEveryProblemOnItsOwnLine() {
    ScenarioException e = new ScenarioException(List.of(
        new Problem("a.yaml", 1, 1, "name", "one", null),
        new Problem("a.yaml", 2, 1, "seed", "two", "fix it")));
    assertEquals("a.yaml:1:1: name: one\na.yaml:2:1: seed: two (fix it)", e.getMessage());
    assertEquals(2, e.problems().size());
    assertEquals(0, e.getStackTrace().length);
  }

  @Test
  void theExceptionNeedsAProblem() {
    assertThrows(IllegalArgumentException.class, () -> new ScenarioException(List.of()));
  }
}
