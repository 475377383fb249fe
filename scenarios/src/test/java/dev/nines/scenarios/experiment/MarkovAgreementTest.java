package dev.nines.scenarios.experiment;

import static dev.nines.scenarios.experiment.Systems.HOUR;
import static dev.nines.scenarios.experiment.Systems.scenario;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.structure.Structure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The disk of DESIGN.md §4 against its stationary distribution, worked out by hand. Rates per hour:
 * ok -> degraded a = 1/2000, degraded -> ok b = 1/24, degraded -> failed c = 1/100, failed -> ok
 * d = 1/12. Balance: π(degraded)(b + c) = π(ok) a and π(failed) d = π(degraded) c, so relative to
 * π(ok) = 1: π(degraded) = a / (b + c), π(failed) = π(degraded) c / d.
 */
class MarkovAgreementTest {

  @Test
  void degradedDisk() {
    double a = 1 / 2000.0;
    double b = 1 / 24.0;
    double c = 1 / 100.0;
    double d = 1 / 12.0;
    double degraded = a / (b + c);
    double failed = degraded * c / d;
    double total = 1 + degraded + failed;
    double availability = (1 + degraded) / total;
    double failuresPerHour = degraded / total * c;

    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    var chain = new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "degraded", a / HOUR),
        new MarkovChain.Transition("degraded", "ok", b / HOUR),
        new MarkovChain.Transition("degraded", "failed", c / HOUR),
        new MarkovChain.Transition("failed", "ok", d / HOUR)));
    var model = new SystemModel(List.of(new ComponentGroup("disk", 1, null, null, chain, null)),
        new Structure.Group("disk"));
    var result = Experiment.run(scenario(2026, 10_000, 40, 0.999, model), 2);
    Agreement.agrees(result, "disk", "availability", availability);
    Agreement.agrees(result, "disk", "unit-availability", availability);
    Agreement.agrees(result, "disk", "mtbf", availability / failuresPerHour * HOUR);
    Agreement.agrees(result, "disk", "mttr", 12 * HOUR); // failed is left only to ok, at d
  }
}
