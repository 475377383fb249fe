package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static dev.nines.scenarios.Scenarios.withFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Problems in the YAML text itself and in reading the file.
 * Each test checks the message, the hint and the exact line and column.
 * {@link Scenarios#withFailure} writes {@code failure} on line 5 (value at column 14) and
 * {@code repair} on line 6 (value at column 13).
 */
class YamlProblemsTest {

  @Test
  void yamlSyntaxError() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents: {a: {count: 2}\n");
    assertProblem(p, 4, 1, "", "YAML syntax error: expected ',' or '}', but got <stream end>",
        "while parsing a flow mapping that starts at line 3, column 13");
  }

  @Test
  void badIndentationIsASyntaxError() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  a:\n    count: 2\n   repair: 1h\n");
    assertProblem(p, 6, 4, "",
        "line 6 is indented by 3 spaces, which lines it up with no map above it",
        "check the indentation of line 6: indent it by 2 spaces as at line 4 to make it another "
            + "entry of the map there, or by 4 as at line 5 to go on with the block there; indent "
            + "with spaces only");
  }

  @Test
  void aLineDeeperThanAFieldWithItsValueIsBadIndentation() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  a:\n    count: 2\n      repair: 1h\n");
    assertProblem(p, 6, 13, "", "line 6 is indented deeper than line 5, as if inside 'count', "
        + "which already has its value there", "check the indentation of line 6: indent it by 4 "
        + "spaces as line 5 is, to make it another field of the same map");
    Problem top = single("name: t\n horizon: 1y\n");
    assertProblem(top, 2, 9, "", "line 2 is indented deeper than line 1, as if inside 'name', "
        + "which already has its value there", "check the indentation of line 2: indent it by 0 "
        + "spaces as line 1 is, to make it another field of the same map");
  }

  @Test
  void aColonInAValueIsNotCalledIndentation() {
    Problem p = single("name: a: b\nhorizon: 1y\n");
    assertEquals("YAML syntax error: mapping values are not allowed here", p.message());
  }

  @Test
  void emptyFile() {
    assertProblem(single("# nothing here\n"), 0, 0, "", "the file is empty",
        "a scenario needs at least 'name', 'horizon' and 'components'");
  }

  @Test
  void topLevelList() {
    assertProblem(single("- name: t\n"), 1, 1, "", "a scenario file must be a map of fields such "
        + "as 'name:', 'horizon:' and 'components:', got a list", null);
  }

  @Test
  void duplicateKey() {
    Problem p = single(withFailure("1000h") + "name: u\n");
    assertProblem(p, 7, 1, "name", "duplicate key 'name'", "it is already set at line 1; keep only one");
  }

  @Test
  void aliasesAreNotSupported() {
    Problem p = single("name: &n t\nhorizon: 1y\ndescription: *n\ncomponents: {a: {}}\n");
    assertProblem(p, 3, 14, "description", "YAML aliases ('*n') are not supported",
        "write the value out in full");
  }

  @Test
  void oneDocumentPerFile() {
    Problem p = single(withFailure("1000h") + "---\nname: u\n");
    assertProblem(p, 8, 1, "", "a scenario file holds one YAML document, but another one starts here",
        "remove the second '---' and what follows it, or put it in its own file");
  }

  @Test
  void missingFile() {
    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(java.nio.file.Path.of("no/such/file.yaml"), Overrides.NONE));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals(0, p.line());
    assertEquals("no/such/file.yaml: no such file", p.toString());
  }
}
