package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crew rows: where they go, what they hold, and that they do not depend on the thread count. */
class CrewMetricsTest {

  private static final double H = Systems.HOUR;

  private static ExperimentResult run(int threads) {
    var model = new SystemModel(List.of(
        new ComponentGroup("a", 2, new Exponential(50 * H), new Exponential(5 * H), null, "tech"),
        new ComponentGroup("b", 1, new Exponential(80 * H), new Exponential(5 * H), null, "tech")),
        List.of(new Crew("tech", 1), new Crew("spare", 2)),
        new Structure.Series(List.of(new Structure.Group("a"), new Structure.Group("b"))));
    return Experiment.run(Systems.scenario(9, 2, 8, 0.95, model), threads);
  }

  @Test
  void crewRowsFollowTheGroupsInDeclarationOrder() {
    List<MetricResult> metrics = run(2).metrics();
    List<String> tail = metrics.subList(metrics.size() - 6, metrics.size()).stream()
        .map(m -> m.scope() + "/" + m.name() + "/" + m.unit()).toList();
    assertEquals(List.of("tech/crew-utilization/1", "tech/crew-queue-length/1", "tech/crew-wait/s",
        "spare/crew-utilization/1", "spare/crew-queue-length/1", "spare/crew-wait/s"), tail);
    assertEquals("b", metrics.get(metrics.size() - 7).scope());
    MetricResult wait = run(2).metric("spare", "crew-wait");
    assertTrue(Double.isNaN(wait.mean()), "a crew that repairs nothing has no waits");
    assertEquals("no repair started", wait.note());
    assertNull(wait.analytic());
    assertEquals("no formula: serves no group", wait.formula());
  }

  @Test
  void theThreadCountChangesNothing() {
    assertEquals(run(1).metrics(), run(4).metrics());
  }
}
