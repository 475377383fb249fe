package dev.nines.scenarios.experiment;

import static dev.nines.scenarios.experiment.Systems.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Simulation against the exact CTMC, which is now the analytic column of these scenarios. 99.9 %
 * intervals, fixed seed; steady-state intervals narrower than ±1 %, transient ones (a proportion of
 * replications up at t) narrower than ±0.01.
 */
class CtmcAgreementTest {

  private static final long SEED = 2026;
  private static final double CONFIDENCE = 0.999;

  private static Scenario scenario(double horizon, int replications, SystemModel model) {
    return new Scenario("ctmc", "", SEED, horizon, 0, replications, CONFIDENCE, model, "test");
  }

  @Test
  void crewLimitedTwoOfFour() {
    var app = new ComponentGroup("app", 4, new Exponential(100 * HOUR), new Exponential(20 * HOUR),
        null, "ops");
    var model = new SystemModel(List.of(app), List.of(new Crew("ops", 1)),
        new Structure.AtLeastOfGroup(2, "app"));
    var result = Experiment.run(scenario(300 * Systems.YEAR, 40, model), 2);
    assertEquals("CTMC steady state", result.metric("system", "availability").formula());
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.agrees(result, "ops", "crew-utilization");
    Agreement.agrees(result, "ops", "crew-queue-length");
    Agreement.agrees(result, "ops", "crew-wait");
  }

  @Test
  void aCrewSharedByTwoGroupsInSeries() {
    var web = new ComponentGroup("web", 3, new Exponential(100 * HOUR), new Exponential(10 * HOUR),
        null, "ops");
    var db = new ComponentGroup("db", 2, new Exponential(200 * HOUR), new Exponential(20 * HOUR),
        null, "ops");
    var model = new SystemModel(List.of(web, db), List.of(new Crew("ops", 1)),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(2, "web"),
            new Structure.AtLeastOfGroup(1, "db"))));
    var result = Experiment.run(scenario(300 * Systems.YEAR, 40, model), 2);
    assertEquals("CTMC steady state", result.metric("system", "availability").formula());
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.agrees(result, "db", "unit-availability");
    Agreement.agrees(result, "ops", "crew-wait");
  }

  @Test
  void markovDisksInParallel() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    var chain = new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "degraded", 1 / (100 * HOUR)),
        new MarkovChain.Transition("degraded", "ok", 1 / (24 * HOUR)),
        new MarkovChain.Transition("degraded", "failed", 1 / (10 * HOUR)),
        new MarkovChain.Transition("failed", "ok", 1 / (12 * HOUR))));
    var model = new SystemModel(List.of(new ComponentGroup("disk", 2, null, null, chain, null)),
        new Structure.AtLeastOfGroup(1, "disk"));
    var result = Experiment.run(scenario(1500 * Systems.YEAR, 40, model), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.agrees(result, "disk", "unit-availability");
  }

  @Test
  void transientAvailabilityAtThreeTimes() {
    var unit = new ComponentGroup("u", 2, new Exponential(10 * HOUR), new Exponential(4 * HOUR),
        null, "tech");
    var model = new SystemModel(List.of(unit), List.of(new Crew("tech", 1)),
        new Structure.Group("u"));
    Map<String, Double> at = new LinkedHashMap<>();
    at.put("1h", 1 * HOUR);
    at.put("5h", 5 * HOUR);
    at.put("20h", 20 * HOUR);
    var result = Experiment.run(scenario(20 * HOUR, 30_000, model), 2, at);
    for (String label : at.keySet()) {
      MetricResult m = result.metric("system", "availability-at-" + label);
      assertTrue(m.analyticInInterval(), m::toString);
      assertTrue((m.high() - m.low()) / 2 < 0.01, () -> "too wide: " + m);
    }
  }
}
