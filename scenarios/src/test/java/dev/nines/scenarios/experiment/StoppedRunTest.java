package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.StopSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run stopped by a limit keeps replications 0, 1, ... that fit, and says it is incomplete. */
class StoppedRunTest {

  private static final Scenario PAIR = Systems.scenario(11, 20, 40, 0.95,
      new Structure.AtLeastOfGroup(1, "db"), Systems.exponential("db", 2, 500, 10));

  @Test
  void anEventBudgetKeepsTheReplicationsThatFitInIt() {
    List<Replication> each = new ArrayList<>();
    for (int i = 0; i < PAIR.replications(); i++) {
      each.add(Experiment.replicate(PAIR, i));
    }
    // A budget that runs out during replication 12: replications 0..11 fit, 12 does not.
    long budget = 0;
    for (int i = 0; i < 12; i++) {
      budget += each.get(i).events();
    }
    budget += each.get(12).events() / 2;

    ExperimentResult stopped = Experiment.run(PAIR, 1, Map.of(), false,
        new StopSignal(budget, 0));
    assertEquals(12, stopped.scenario().replications());
    assertEquals("the event budget of " + budget + " (--max-events) ran out after 12 of 40"
        + " replications", stopped.incomplete());
    // Its figures are exactly those of the first twelve replications.
    ExperimentResult first12 = Experiment.summarize(PAIR.withReplications(12), each.subList(0, 12));
    assertEquals(first12.metrics(), stopped.metrics());
    assertEquals(12, stopped.metric("system", "availability").n());
  }

  @Test
  void aRunThatFinishesIsComplete() {
    ExperimentResult whole = Experiment.run(PAIR, 2, Map.of(), false,
        new StopSignal(Long.MAX_VALUE, 0));
    assertNull(whole.incomplete());
    assertEquals(Experiment.run(PAIR, 1).metrics(), whole.metrics());
  }

  @Test
  void fewerThanTwoFinishedReplicationsIsNothingToReport() {
    long first = Experiment.replicate(PAIR, 0).events();
    Experiment.StoppedEarly e = assertThrows(Experiment.StoppedEarly.class,
        () -> Experiment.run(PAIR, 1, Map.of(), false, new StopSignal(first + 1, 0)));
    assertTrue(e.getMessage().endsWith("after 1 of 40 replications"), e.getMessage());
  }
}
