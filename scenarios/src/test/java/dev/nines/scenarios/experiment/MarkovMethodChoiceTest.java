package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --method auto} on Markov-chain groups: where the joint CTMC gives the failure frequency,
 * from it; where it cannot (a wear-out unit beside), from the structure function with each Markov
 * group as its renewal twin. Either way fewer than one failure per replication takes importance
 * sampling, which now runs Markov groups.
 */
class MarkovMethodChoiceTest {

  @Test
  void autoTakesImportanceSamplingFromTheChain() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("examples/wearing-disks-rare.yaml"), Overrides.NONE);
    MethodChoice choice = RunMethods.plan(Method.AUTO, s, Map.of(), false).choice();
    assertEquals(Method.IMPORTANCE, choice.method(), choice.line());
    // f = 3.474e-7 a year by the disks' chain, over 1000 years.
    assertEquals(3.474e-4, choice.expectedFailures(), 1e-6, choice.line());
  }

  /**
   * A wearing disk beside a wear-out controller (mean life 10,000 h, repairs 10 h), in parallel:
   * f = f_disk·u_ctl + f_ctl·p_disk with p_disk = 7.2720e-6 and f_disk = π(degraded)·(1/100 h)
   * from the disk's chain, the controller's u = 10 / 10,010 and f = 1 / 10,010 h.
   */
  @Test
  void autoJudgesAMarkovGroupBesideAWearOutUnitByItsTwin() throws ScenarioException, MethodUnavailable {
    Scenario s = ScenarioLoader.parse("""
        name: disk and controller
        horizon: 1000y
        components:
          disk:
            markov:
              initial: ok
              states: {ok: up, degraded: up, failed: down}
              transitions:
                - {from: ok, to: degraded, rate: 1/100000h}
                - {from: degraded, to: ok, rate: 1/10h}
                - {from: degraded, to: failed, rate: 1/100h}
                - {from: failed, to: ok, rate: 1/8h}
          ctl:
            failure: {dist: weibull, shape: 2, scale: 11283.79h}
            repair: {dist: exponential, mean: 10h}
        system: {parallel: [disk, ctl]}
        """, "test.yaml", Overrides.NONE);
    MethodChoice choice = RunMethods.plan(Method.AUTO, s, Map.of(), false).choice();
    assertEquals(Method.IMPORTANCE, choice.method(), choice.line());
    assertTrue(choice.why().contains("by the structure function"), choice.why());
    double piDegraded = (1 / 1e5) / (1 / 100.0 + 1 / 10.0);
    double total = 1 + piDegraded + piDegraded * 8 / 100;
    double pDisk = piDegraded * 8 / 100 / total;
    double fDisk = piDegraded / total / 100; // per hour
    double mttf = 11283.79 * 0.886226925452758; // scale·Γ(3/2)
    double uCtl = 10 / (mttf + 10);
    double fCtl = 1 / (mttf + 10);
    double expected = (fDisk * uCtl + fCtl * pDisk) * 1000 * 8760;
    assertEquals(expected, choice.expectedFailures(), 1e-4 * expected, choice.line());
  }

  /**
   * Two units in parallel, each climbing five degraded states (left after 100 h, each step up
   * after 4 h unless fixed within 1 h, repaired in 10 h): six moves from fresh to down, a long
   * climb of likely steps, so auto takes splitting, whose levels follow the climb, and says why.
   * The two-step wearing disks stay with importance sampling (above).
   */
  @Test
  void autoTakesSplittingForALongClimb() throws ScenarioException, MethodUnavailable {
    StringBuilder transitions = new StringBuilder("""
                - {from: ok, to: d1, rate: 1/100h}
        """);
    for (int i = 1; i <= 5; i++) {
      String up = i < 5 ? "d" + (i + 1) : "failed";
      transitions.append("        - {from: d").append(i).append(", to: ").append(up)
          .append(", rate: 1/4h}\n");
      transitions.append("        - {from: d").append(i).append(", to: ok, rate: 1/1h}\n");
    }
    transitions.append("        - {from: failed, to: ok, rate: 1/10h}\n");
    Scenario s = ScenarioLoader.parse("""
        name: ladder
        horizon: 25y
        components:
          rung:
            count: 2
            markov:
              initial: ok
              states: {ok: up, d1: up, d2: up, d3: up, d4: up, d5: up, failed: down}
              transitions:
        """ + transitions.toString().indent(8) + """
        system: {atLeast: 1, of: rung}
        """, "test.yaml", Overrides.NONE);
    MethodChoice choice = RunMethods.plan(Method.AUTO, s, Map.of(), false).choice();
    assertEquals(Method.SPLITTING, choice.method(), choice.line());
    assertTrue(choice.why().contains("group rung climbs 6 moves to down"), choice.why());
  }
}
