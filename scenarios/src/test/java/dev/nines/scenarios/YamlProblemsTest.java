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
        "YAML syntax error: expected <block end>, but found '<block mapping start>'",
        "while parsing a block mapping that starts at line 4, column 3");
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
