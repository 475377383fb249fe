package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.start.Start;
import org.junit.jupiter.api.Test;

/** The scenario's {@code start}: read, checked, and whether its stationary start is exact. */
class StartTest {

  private static final String PAIR = """
      name: t
      horizon: 1y
      start: stationary
      crews: {tech: {size: 1}}
      components:
        db: {count: 2, failure: {dist: exponential, mean: 1000h}, repair: 8h, crew: tech}
      system: {atLeast: 1, of: db}
      """;

  @Test
  void unitsStartNewByDefault() throws ScenarioException {
    Scenario s = load("name: t\nhorizon: 1y\ncomponents: {a: {failure: 1000h, repair: 8h}}\n");
    assertEquals(Start.NEW, s.start());
    assertTrue(s.startIsExact());
    assertNull(s.startApproximation());
  }

  @Test
  void aStationaryStartIsReadAndKeptThroughChanges() throws ScenarioException {
    Scenario s = load(PAIR.replace("repair: 8h", "repair: {dist: exponential, mean: 8h}"));
    assertEquals(Start.STATIONARY, s.start());
    assertEquals(Start.STATIONARY, s.withReplications(5).start());
    assertEquals(Start.NEW, s.withStart(Start.NEW).start());
    assertTrue(s.startIsExact()); // exponential units sharing a crew: the exact joint law
  }

  @Test
  void nonExponentialUnitsSharingACrewStartApproximately() throws ScenarioException {
    Scenario s = load(PAIR); // repair: 8h is deterministic
    assertFalse(s.startIsExact());
    assertTrue(s.startApproximation().contains("crew 'tech'"), s.startApproximation());
    // With a repairer for each unit, each starts exactly from its own stationary state.
    assertTrue(load(PAIR.replace("size: 1", "size: 2")).startIsExact());
  }

  @Test
  void anUnknownStartHasADidYouMean() {
    Problem p = single("name: t\nhorizon: 1y\nstart: stationery\n"
        + "components: {a: {failure: 1000h, repair: 8h}}\n");
    assertProblem(p, 3, 8, "start", "unknown start 'stationery'", "did you mean 'stationary'?");
    Problem far = single("name: t\nhorizon: 1y\nstart: steady\n"
        + "components: {a: {failure: 1000h, repair: 8h}}\n");
    assertEquals("start is one of: new, stationary", far.hint());
  }

  @Test
  void aStandbyHasNoStationaryStart() {
    Problem p = single("""
        name: t
        horizon: 1y
        start: stationary
        components:
          a: {failure: 1000h, repair: 8h}
          b: {failure: 1000h, repair: 8h}
        system: {standby: {name: pair, active: a, spares: b, mode: warm, dormancy: 0.5}}
        """);
    assertEquals(3, p.line());
    assertEquals(8, p.column());
    assertEquals("start", p.path());
    assertTrue(p.message().startsWith("start: stationary is not available here: no stationary "
        + "start for standby"), p.message());
    assertTrue(p.hint().startsWith("use warmup instead"), p.hint());
  }
}
