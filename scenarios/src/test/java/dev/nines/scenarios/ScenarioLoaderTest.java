package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valid scenarios: top-level fields, defaults, groups, structure and overrides. */
class ScenarioLoaderTest {

  private static final double HOUR = 3600;
  private static final double YEAR = 365 * 24 * HOUR;

  private static final String MINIMAL = """
      name: minimal
      horizon: 10y
      components:
        server:
          failure: {dist: exponential, mean: 1000h}
          repair: {dist: exponential, mean: 8h}
      """;

  @Test
  void fillsDefaults() throws ScenarioException {
    Scenario s = load(MINIMAL);
    assertEquals("minimal", s.name());
    assertEquals("", s.description());
    assertEquals(1, s.seed());
    assertEquals(10 * YEAR, s.horizon());
    assertEquals(0, s.warmup());
    assertEquals(30, s.replications());
    assertEquals(0.95, s.confidence());
    assertEquals("test.yaml", s.source());
    ComponentGroup server = s.system().group("server");
    assertEquals(1, server.count());
    assertEquals(new Structure.Group("server"), s.system().structure());
  }

  @Test
  void readsEveryTopLevelField() throws ScenarioException {
    Scenario s = load("""
        name: "2-of-3 replicas, one technician"
        description: |
          Three replicas,
          up while two are up.
        seed: -7
        horizon: 100y
        warmup: 30d
        replications: 50
        confidence: 0.99
        components:
          replica:
            count: 3
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: lognormal, mean: 8h, sd: 4h}
        system: {atLeast: 2, of: replica}
        """);
    assertEquals("2-of-3 replicas, one technician", s.name());
    assertEquals("Three replicas,\nup while two are up.", s.description());
    assertEquals(-7, s.seed());
    assertEquals(100 * YEAR, s.horizon());
    assertEquals(30 * 24 * HOUR, s.warmup());
    assertEquals(50, s.replications());
    assertEquals(0.99, s.confidence());
    assertEquals(3, s.system().group("replica").count());
    assertEquals(new Structure.AtLeastOfGroup(2, "replica"), s.system().structure());
  }

  @Test
  void aNumberIsAcceptedAsTheName() throws ScenarioException {
    assertEquals("2024", load(MINIMAL.replace("name: minimal", "name: 2024")).name());
  }

  @Test
  void wholeNumbersMayBeWrittenAsFloats() throws ScenarioException {
    Scenario s = load(MINIMAL + "replications: 1e2\nseed: 3.0\n");
    assertEquals(100, s.replications());
    assertEquals(3, s.seed());
  }

  @Test
  void zeroWarmupNeedsNoUnit() throws ScenarioException {
    assertEquals(0, load(MINIMAL + "warmup: 0\n").warmup());
  }

  @Test
  void aGroupWithoutFailureOrRepairNeverFails() throws ScenarioException {
    Scenario s = load("""
        name: t
        horizon: 1y
        components:
          lb: {count: 2}
          spare:
          db:
            failure: 1000h
            repair: 8h
        """);
    assertFalse(s.system().group("lb").fails());
    assertEquals(2, s.system().group("lb").count());
    assertFalse(s.system().group("spare").fails());
    assertEquals(1, s.system().group("spare").count());
    assertTrue(s.system().group("db").fails());
  }

  @Test
  void defaultSystemIsTheSeriesOfAllGroupsInFileOrder() throws ScenarioException {
    Scenario s = load("""
        name: t
        horizon: 1y
        components:
          web: {count: 2, failure: 100h, repair: 1h}
          app: {failure: 100h, repair: 1h}
          db: {failure: 100h, repair: 1h}
        """);
    assertEquals(new Structure.Series(List.of(new Structure.Group("web"),
        new Structure.Group("app"), new Structure.Group("db"))), s.system().structure());
    assertEquals(List.of("web", "app", "db"),
        s.system().groups().stream().map(ComponentGroup::name).toList());
  }

  @Test
  void readsNestedStructure() throws ScenarioException {
    Scenario s = load("""
        name: t
        horizon: 1y
        components:
          lb: {count: 2, failure: 100h, repair: 1h}
          app: {count: 4, failure: 100h, repair: 1h}
          db: {failure: 100h, repair: 1h}
          cache: {failure: 100h, repair: 1h}
        system:
          series:
            - parallel: [lb, {atLeast: 1, of: lb}]
            - {atLeast: 3, of: app}
            - atLeast: 2
              of:
                - db
                - cache
                - {series: [db, {parallel: [cache]}]}
        """);
    Structure expected = new Structure.Series(List.of(
        new Structure.Parallel(List.of(new Structure.Group("lb"),
            new Structure.AtLeastOfGroup(1, "lb"))),
        new Structure.AtLeastOfGroup(3, "app"),
        new Structure.AtLeast(2, List.of(new Structure.Group("db"), new Structure.Group("cache"),
            new Structure.Series(List.of(new Structure.Group("db"),
                new Structure.Parallel(List.of(new Structure.Group("cache")))))))));
    assertEquals(expected, s.system().structure());
  }

  @Test
  void groupNamesMayHoldDigitsUnderscoresAndDashes() throws ScenarioException {
    Scenario s = load("""
        name: t
        horizon: 1y
        components:
          app_v2-east: {failure: 100h, repair: 1h}
        system: app_v2-east
        """);
    assertEquals(new Structure.Group("app_v2-east"), s.system().structure());
  }

  @Test
  void overridesReplaceTheFileValues() throws ScenarioException {
    Scenario s = load(MINIMAL + "seed: 5\nreplications: 10\n", new Overrides(99L, 7, 3600.0));
    assertEquals(99, s.seed());
    assertEquals(7, s.replications());
    assertEquals(3600, s.horizon());
  }

  @Test
  void noOverridesKeepTheFileValues() throws ScenarioException {
    Scenario s = load(MINIMAL + "seed: 5\n", Overrides.NONE);
    assertEquals(5, s.seed());
    assertEquals(10 * YEAR, s.horizon());
    assertNull(Overrides.NONE.seed());
  }

  @Test
  void aHorizonOverrideStandsInForAMissingHorizon() throws ScenarioException {
    Scenario s = load(MINIMAL.replace("horizon: 10y\n", ""), new Overrides(null, null, 7200.0));
    assertEquals(7200, s.horizon());
  }

  @Test
  void acceptsAByteOrderMark() throws ScenarioException {
    assertEquals("minimal", load("\uFEFF" + MINIMAL).name());
  }
}
