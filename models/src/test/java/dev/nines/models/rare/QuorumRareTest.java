package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quorum clusters under the rare-event methods: the trajectory is the engine's, rule for rule and
 * draw for draw, and splitting and importance sampling hold a 3-of-5 quorum's unavailability, the
 * sum of its elections (frequent, short) and of its lost majorities (rare), at nine nines.
 */
class QuorumRareTest {

  static final double HOUR = 3600;

  /**
   * A quorum's whole rule set, run often: Weibull lives of 100 h, repairs of hours, elections whose
   * timeouts (0.5 to 1 h) and exponential message delays (0.2 h) are long enough that members fail
   * and are repaired during elections (rounds voided, timers removed and added), that votes split,
   * and that majorities are lost and regained (pauses, fresh elections); heartbeats every 0.3 h.
   * The 5-node cluster shares one technician with a web pair in series; the 3-node one stands
   * alone. The main trajectory's down time and failures are the engine's, to the last bit.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    Heartbeat beat = new Heartbeat(0.3 * HOUR, 1 * HOUR, 0, new Exponential(0.2 * HOUR));
    Structure.Quorum five = new Structure.Quorum("raft", "db", "hb",
        new Uniform(0.5 * HOUR, 1 * HOUR));
    SystemModel shared = new SystemModel(List.of(
        new ComponentGroup("db", 5, new Weibull(2, 100 * HOUR), new Lognormal(6 * HOUR, 3 * HOUR),
            null, "ops"),
        new ComponentGroup("web", 2, new Exponential(300 * HOUR), new Exponential(2 * HOUR),
            null, "ops")),
        List.of(new Crew("ops", 1)), List.of(new Detector("hb", beat)),
        new Structure.Series(List.of(five, new Structure.AtLeastOfGroup(1, "web"))));
    Structure.Quorum three = new Structure.Quorum("trio", "db", "hb",
        new Uniform(0.5 * HOUR, 1 * HOUR));
    SystemModel alone = new SystemModel(List.of(
        new ComponentGroup("db", 3, new Weibull(1.5, 100 * HOUR), new Exponential(10 * HOUR))),
        List.of(), List.of(new Detector("hb", beat)), three);
    for (SystemModel model : List.of(shared, alone)) {
      assertNull(ImportanceSampling.supports(model));
      StartPlan plan = StartPlan.of(model, Start.NEW);
      Splitting split = Splitting.of(model, plan);
      for (int r = 0; r < 3; r++) {
        WeightedReplication mine = split.replicate(5, r, 20_000 * HOUR, 100 * HOUR);
        ScopeObservation engine = new AvailabilitySimulation(model, new RandomStreams(5, r),
            100 * HOUR, plan).run(20_000 * HOUR).get(0);
        assertEquals(engine.downTime(), mine.plainDownTime(), model.structure() + " " + r);
        assertEquals(engine.failures(), mine.plainFailures(), model.structure() + " " + r);
        assertTrue(engine.failures() > 100, "failures " + engine.failures());
      }
    }
  }
}
