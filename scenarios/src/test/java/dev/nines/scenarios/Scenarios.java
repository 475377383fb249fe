package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Test helpers: load YAML text, or collect the problems it has. */
final class Scenarios {

  static final String FILE = "test.yaml";

  private Scenarios() {}

  static Scenario load(String yaml) throws ScenarioException {
    return ScenarioLoader.parse(yaml, FILE, Overrides.NONE);
  }

  static Scenario load(String yaml, Overrides overrides) throws ScenarioException {
    return ScenarioLoader.parse(yaml, FILE, overrides);
  }

  static List<Problem> problems(String yaml) {
    return problems(yaml, Overrides.NONE);
  }

  static List<Problem> problems(String yaml, Overrides overrides) {
    return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, FILE, overrides))
        .problems();
  }

  /** The one problem of the text; fails when there are none or several. */
  static Problem single(String yaml) {
    return single(yaml, Overrides.NONE);
  }

  static Problem single(String yaml, Overrides overrides) {
    List<Problem> found = problems(yaml, overrides);
    assertEquals(1, found.size(), () -> "expected one problem, got:\n" + found);
    return found.get(0);
  }

  /** Asserts every part of a problem; {@code hint} may be null. */
  static void assertProblem(Problem p, int line, int column, String path, String message, String hint) {
    assertEquals(FILE, p.file(), p::toString);
    assertEquals(line, p.line(), () -> "line of " + p);
    assertEquals(column, p.column(), () -> "column of " + p);
    assertEquals(path, p.path(), () -> "path of " + p);
    assertEquals(message, p.message(), () -> "message of " + p);
    assertEquals(hint, p.hint(), () -> "hint of " + p);
  }

  /** A valid scenario whose group {@code a} has the given failure distribution. */
  static String withFailure(String failure) {
    return "name: t\nhorizon: 1y\ncomponents:\n  a:\n    failure: " + failure + "\n    repair: 8h\n";
  }

  /** A valid scenario whose group {@code a} has the given repair distribution. */
  static String withRepair(String repair) {
    return "name: t\nhorizon: 1y\ncomponents:\n  a:\n    failure: 1000h\n    repair: " + repair + "\n";
  }
}
