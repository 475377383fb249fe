package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

class StartRemarkTest {

  private static Scenario unit(String horizon, String start) throws ScenarioException {
    return ScenarioLoader.parse("""
        name: one unit
        horizon: HORIZON
        start: START
        components:
          server:
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
        """.replace("HORIZON", horizon).replace("START", start), "unit.yaml", Overrides.NONE);
  }

  /**
   * From new, one exponential unit's unavailability over [0, T] averages
   * U·(1 − (1 − e^{−(λ+μ)T}) / ((λ+μ)T)): short of U by about 1/((λ+μ)T) ≈ MTTR/T of itself, 20 %
   * at T = 50 h with MTTR 10 h, which the remark says.
   */
  @Test
  void aShortHorizonFromNewIsRemarked() throws ScenarioException {
    String remark = StartRemark.of(unit("50h", "new"));
    double rate = 1 / 1000.0 + 1 / 10.0;
    double exact = 100 * (1 - Math.exp(-rate * 50)) / (rate * 50); // 19.67 %
    java.util.regex.Matcher said = java.util.regex.Pattern.compile("about ([0-9.]+) %")
        .matcher(remark);
    assertTrue(said.find(), remark);
    assertEquals(exact, Double.parseDouble(said.group(1)), 0.5, remark);
    assertTrue(remark.contains("start: stationary"), remark);
  }

  @Test
  void nothingToSayOtherwise() throws ScenarioException {
    assertNull(StartRemark.of(unit("100y", "new")));
    assertNull(StartRemark.of(unit("50h", "stationary")));
  }
}
