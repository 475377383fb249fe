package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --method}: auto chooses plain simulation (the rare-event engines are not built in yet) and
 * says how many system failures a replication is expected to see; the rare-event methods refuse
 * with the reason rather than give a stand-in result.
 */
class RunMethodsTest {

  /** One exponential unit, MTTF 100 h, MTTR 1 h, a year per replication. */
  private static final Scenario ONE = Systems.scenario(5, 1, 4, 0.95,
      new Structure.Group("unit"), Systems.exponential("unit", 1, 100, 1));

  /**
   * A renewal process of up times (mean 100 h) and repairs (mean 1 h) fails 1 / 101 h times an
   * hour: 8760 / 101 ≈ 86.7 times a year.
   */
  @Test
  void autoChoosesPlainSimulationAndSaysHowManyFailuresAreExpected() throws Exception {
    RunMethods.Plan plan = RunMethods.plan(Method.AUTO, ONE, Map.of(), false);
    assertEquals(Method.CRUDE, plan.choice().method());
    assertEquals(8760.0 / 101, plan.choice().expectedFailures(), 1e-9 * 8760 / 101);
    assertEquals("method crude (about 87 system failures per replication expected)",
        plan.choice().line());
    assertTrue(plan.runner() instanceof CrudeRunner);
    assertEquals(8760.0 / 101, RunMethods.expectedFailures(ONE), 1e-9 * 8760 / 101);
  }

  @Test
  void aMethodNamedIsUsedAndSaidToBeAsked() throws Exception {
    RunMethods.Plan plan = RunMethods.plan(Method.CRUDE, ONE, Map.of(), false);
    assertEquals("method crude (as asked; about 87 system failures per replication expected)",
        plan.choice().line());
  }

  /** Splitting is not built yet; importance sampling refuses what it cannot bias, and says why. */
  @Test
  void aMethodThatCannotRunTheScenarioSaysWhyOnOneLine() throws Exception {
    Scenario traffic = ScenarioLoader.parse("""
        name: served
        horizon: 1h
        components: {app: {count: 1}}
        system: app
        traffic:
          arrivals: {poisson: 5/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
        """, "served.yaml", Overrides.NONE);
    for (Method m : new Method[] {Method.IMPORTANCE, Method.SPLITTING}) {
      MethodUnavailable e = assertThrows(MethodUnavailable.class,
          () -> RunMethods.plan(m, traffic, Map.of(), false));
      assertEquals(m, e.method());
      assertTrue(e.getMessage().startsWith("--method " + m.text()
          + ": not available for this scenario: "), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
    assertTrue(assertThrows(MethodUnavailable.class,
        () -> RunMethods.plan(Method.IMPORTANCE, traffic, Map.of(), false)).getMessage()
        .endsWith("it has traffic, whose request-level figures need plain simulation"));
  }

  /** A scripted fault breaks the failure-frequency formula: the expectation is unknown. */
  @Test
  void withoutAFormulaTheExpectationIsUnknownAndPlainSimulationRuns() throws Exception {
    Scenario faulted = ScenarioLoader.parse("""
        name: faulted
        horizon: 1y
        components:
          unit: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 1h}}
        system: unit
        faults:
          - {at: 1d, fail: "unit[0]", for: 1h}
        """, "faulted.yaml", Overrides.NONE);
    RunMethods.Plan plan = RunMethods.plan(Method.AUTO, faulted, Map.of(), false);
    assertEquals(Method.CRUDE, plan.choice().method());
    assertTrue(Double.isNaN(plan.choice().expectedFailures()));
    assertTrue(plan.choice().line().startsWith(
        "method crude (expected system failures per replication unknown"), plan.choice().line());
  }
}
