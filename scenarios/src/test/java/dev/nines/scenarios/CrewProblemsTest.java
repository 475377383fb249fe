package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nines.models.Crew;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crews: {@code crews: {NAME: {size: N}}} and a group's {@code crew: NAME}. Each problem with its
 * message, hint, and exact line and column.
 */
class CrewProblemsTest {

  /** Crew tech (line 4) repairs group a, whose crew field is on line 9 (value at column 11). */
  private static final String CREWED = """
      name: t
      horizon: 1y
      crews:
        tech: {size: 2}
      components:
        a:
          failure: 1000h
          repair: 8h
          crew: tech
      """;

  @Test
  void crewsAndTheGroupsThatNameThemAreRead() throws ScenarioException {
    Scenario s = load(CREWED + "  b: {failure: 100h, repair: 1h}\n");
    assertEquals(List.of(new Crew("tech", 2)), s.system().crews());
    assertEquals("tech", s.system().group("a").crew());
    assertNull(s.system().group("b").crew());
  }

  @Test
  void sizeDefaultsToOneAndUnnamedCrewsAreFine() throws ScenarioException {
    Scenario s = load(CREWED.replace("  tech: {size: 2}", "  tech:\n  night: {}"));
    assertEquals(List.of(new Crew("tech", 1), new Crew("night", 1)), s.system().crews());
  }

  @Test
  void unknownCrewWithDidYouMean() {
    Problem p = single(CREWED.replace("crew: tech", "crew: tehc"));
    assertProblem(p, 9, 11, "components.a.crew", "unknown crew 'tehc'", "did you mean 'tech'?");
  }

  @Test
  void unknownCrewWithoutCrews() {
    Problem p = single(CREWED.replace("crews:\n  tech: {size: 2}\n", ""));
    assertProblem(p, 7, 11, "components.a.crew", "unknown crew 'tech'",
        "declare it, e.g. crews: {tech: {size: 1}}");
  }

  @Test
  void sizeMustBeAPositiveWholeNumber() {
    Problem zero = single(CREWED.replace("size: 2", "size: 0"));
    assertProblem(zero, 4, 16, "crews.tech.size", "size must be at least 1, got 0", null);
    Problem half = single(CREWED.replace("size: 2", "size: 1.5"));
    assertProblem(half, 4, 16, "crews.tech.size", "size must be a whole number, got 1.5", null);
  }

  @Test
  void aCrewIsAMap() {
    Problem p = single(CREWED.replace("tech: {size: 2}", "tech: 2"));
    assertProblem(p, 4, 9, "crews.tech", "a crew must be a map such as {size: 2}, got the number 2",
        "e.g. tech: {size: 2}");
  }

  /** A misspelled failure is one problem, the unknown field, not also a missing failure. */
  @Test
  void aMisspelledFailureIsOneProblem() {
    Problem p = single(CREWED.replace("    failure: 1000h", "    falure: 1000h"));
    assertProblem(p, 7, 5, "components.a.falure", "unknown field 'falure'",
        "did you mean 'failure'?");
  }

  @Test
  void unknownCrewField() {
    Problem p = single(CREWED.replace("size: 2", "sise: 2"));
    assertProblem(p, 4, 10, "crews.tech.sise", "unknown field 'sise'", "did you mean 'size'?");
  }

  @Test
  void aGroupThatNeverFailsNeedsNoCrew() {
    Problem p = single(CREWED + "  web: {crew: tech}\n");
    assertProblem(p, 10, 9, "components.web.crew", "group 'web' never fails, so it needs no crew",
        "give it failure and repair, or remove 'crew'");
  }

  @Test
  void aCrewMayNotHaveAGroupsName() {
    Problem p = single(CREWED.replace("  tech: {size: 2}", "  tech: {size: 2}\n  a: {}"));
    assertProblem(p, 5, 3, "crews.a", "crew 'a' has the name of a group",
        "crews and groups are reported by name; rename one of them");
  }
}
