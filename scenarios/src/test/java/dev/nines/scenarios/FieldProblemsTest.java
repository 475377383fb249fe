package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static dev.nines.scenarios.Scenarios.withFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unknown and missing fields.
 * Each test checks the message, the hint and the exact line and column.
 * {@link Scenarios#withFailure} writes {@code failure} on line 5 (value at column 14) and
 * {@code repair} on line 6 (value at column 13).
 */
class FieldProblemsTest {

  @Test
  void unknownFieldWithDidYouMean() {
    Problem p = single(withFailure("1000h") + "horizn: 2y\n");
    assertProblem(p, 7, 1, "horizn", "unknown field 'horizn'", "did you mean 'horizon'?");
  }

  @Test
  void unknownFieldListsTheValidOnes() {
    Problem p = single(withFailure("{dist: exponential, mean: 1h, mtrr: 8h}"));
    assertProblem(p, 5, 44, "components.a.failure.mtrr", "unknown field 'mtrr'",
        "valid fields here are: dist, mean, rate");
  }

  @Test
  void unknownGroupFieldWithDidYouMean() {
    Problem p = single(withFailure("1000h") + "    cuont: 2\n");
    assertProblem(p, 7, 5, "components.a.cuont", "unknown field 'cuont'", "did you mean 'count'?");
  }

  @Test
  void missingRequiredField() {
    Problem p = single("# a scenario\nhorizon: 1y\ncomponents: {a: {}}\n");
    assertProblem(p, 2, 1, "name", "missing required field 'name'",
        "give the scenario a name, e.g. name: web tier");
  }

  @Test
  void missingHorizonAndComponents() {
    List<Problem> found = problems("name: t\n");
    assertEquals(2, found.size(), found::toString);
    assertProblem(found.get(0), 1, 1, "components", "missing required field 'components'",
        "declare the groups, e.g. components: {server: {failure: {dist: exponential, "
            + "mean: 1000h}, repair: 8h}}");
    assertProblem(found.get(1), 1, 1, "horizon", "missing required field 'horizon'",
        "the simulated time per replication, e.g. horizon: 100y");
  }

  @Test
  void failureWithoutRepair() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  a:\n    failure: 100h\n");
    assertProblem(p, 5, 5, "components.a.repair", "missing required field 'repair'",
        "a group that fails needs both 'failure' and 'repair'; give neither for a group that "
            + "never fails");
  }

  @Test
  void invalidGroupName() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  2nd: {}\n");
    assertProblem(p, 4, 3, "components.2nd", "invalid group name '2nd'",
        "a group name starts with a letter and holds only letters, digits, '_' and '-'");
  }

  @Test
  void aBlankGroupNameIsOneProblem() {
    // An anchor on an empty key makes the key ''; the default structure must not be built on it.
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  &x : {}\n");
    assertProblem(p, 4, 3, "components.", "invalid group name ''",
        "a group name starts with a letter and holds only letters, digits, '_' and '-'");
  }
}
