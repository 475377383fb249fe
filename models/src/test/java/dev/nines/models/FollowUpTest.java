package dev.nines.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replication whose system has not failed by the horizon is followed past it until its first
 * failure: the time to first failure is then unconditioned, and nothing else moves.
 */
class FollowUpTest {

  private static final double H = Durations.HOUR;

  private static SystemModel single(double mttfHours, double mttrHours) {
    return new SystemModel(List.of(new ComponentGroup("box", 1,
        new Exponential(mttfHours * H), new Exponential(mttrHours * H))),
        new Structure.Group("box"));
  }

  @Test
  void theMeanTimeToFirstFailureIsNotConditionedOnTheHorizon() {
    // One exponential unit, MTTF 1000 h, horizon 200 h: only 18 % fail before the horizon, and
    // E[T | T < 200 h] = 96.7 h. Followed past it, E[T] = 1000 h (the exponential's mean).
    SystemModel model = single(1000, 10);
    int replications = 20_000;
    double sum = 0;
    double sumSquares = 0;
    int beforeHorizon = 0;
    for (int r = 0; r < replications; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(2026, r), 0);
      List<ScopeObservation> atHorizon = sim.run(200 * H);
      beforeHorizon += atHorizon.get(0).failed() ? 1 : 0;
      List<ScopeObservation> seen = sim.followUp();
      ScopeObservation system = seen.get(0);
      assertTrue(system.failed(), "censored at " + system.survivedUntil()); // P = e^-20.2
      assertEquals(system.firstFailure(), seen.get(1).firstFailure()); // the group is the system
      double t = system.firstFailure() / H;
      sum += t;
      sumSquares += t * t;
    }
    double mean = sum / replications;
    double se = Math.sqrt((sumSquares / replications - mean * mean) / (replications - 1));
    assertEquals(1000, mean, 3 * se);
    assertTrue(1.96 * se / 1000 < 0.015, "half-width " + 1.96 * se);
    // Before the horizon, the share that failed is 1 - exp(-0.2) = 0.181 (binomial sd 0.0027).
    assertEquals(1 - Math.exp(-0.2), beforeHorizon / (double) replications, 0.01);
  }

  @Test
  void theFollowUpMovesNoFigureButTheFirstFailures() {
    // 2-of-3, one technician, a heartbeat detector on the units: a horizon short against the
    // system's MTTF, so most replications are followed far past it.
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("db", 3, new Exponential(500 * H), new Exponential(20 * H),
            null, "tech")),
        List.of(new Crew("tech", 1)),
        List.of(new Detector("hb", new Heartbeat(60, 180), List.of("db"))),
        new Structure.AtLeastOfGroup(2, "db"));
    int followedPast = 0;
    for (int r = 0; r < 20; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(7, r), 10 * H);
      List<ScopeObservation> atHorizon = sim.run(100 * H);
      var crews = sim.crewObservations();
      var detectors = sim.detectorObservations();
      var causes = sim.downtimeCauses();
      long events = sim.simulation().eventsFired();
      List<ScopeObservation> followed = sim.followUp();
      assertEquals(atHorizon.size(), followed.size());
      for (int i = 0; i < followed.size(); i++) {
        ScopeObservation before = atHorizon.get(i);
        ScopeObservation after = followed.get(i);
        assertEquals(before.upTime(), after.upTime());
        assertEquals(before.downTime(), after.downTime());
        assertEquals(before.failures(), after.failures());
        assertArrayEquals(before.outages(), after.outages());
        assertEquals(before.unitAvailability(), after.unitAvailability());
        if (before.failed()) {
          assertEquals(before.firstFailure(), after.firstFailure());
        }
      }
      assertEquals(crews, sim.crewObservations());
      assertEquals(detectors, sim.detectorObservations());
      assertEquals(causes, sim.downtimeCauses());
      ScopeObservation system = followed.get(0);
      if (!atHorizon.get(0).failed()) {
        followedPast++;
        assertTrue(sim.simulation().eventsFired() > events);
        // Failed past the horizon, or censored at the end of the follow-up, 100 horizons on.
        assertTrue(system.failed() ? system.firstFailure() > 100 * H
            : system.survivedUntil() == 10_100 * H, system.toString());
        // The group fails with (or before) the system: at its first unit failure.
        assertTrue(followed.get(1).firstFailure() <= (system.failed() ? system.firstFailure()
            : system.survivedUntil()));
      } else {
        assertEquals(events, sim.simulation().eventsFired()); // nothing to follow
      }
    }
    assertTrue(followedPast > 10, "followed " + followedPast);
  }

  @Test
  void aFollowUpEndsAHundredHorizonsPastTheHorizon() {
    // A deterministic life of 1000 h and a horizon of 5 h: the follow-up gives up at 505 h.
    SystemModel model = new SystemModel(List.of(new ComponentGroup("box", 1,
        new Deterministic(1000 * H), new Deterministic(H))), new Structure.Group("box"));
    var sim = new AvailabilitySimulation(model, new RandomStreams(1, 0), 0);
    sim.run(5 * H);
    ScopeObservation system = sim.followUp().get(0);
    assertFalse(system.failed());
    assertEquals(505 * H, system.survivedUntil());
    // And 1000 h with a horizon of 10 h is seen: 10 h + 100 × 10 h = 1010 h.
    var longer = new AvailabilitySimulation(model, new RandomStreams(1, 0), 0);
    longer.run(10 * H);
    assertEquals(1000 * H, longer.followUp().get(0).firstFailure());
  }

  @Test
  void aFollowUpOutOfEventsIsCensoredAtItsLastEvent() {
    // Two units in parallel: the system fails only when both are down, which is rare. With a
    // limit of three events, the follow-up stops at the third change of a unit past the horizon.
    SystemModel model = new SystemModel(List.of(new ComponentGroup("pair", 2,
        new Exponential(100 * H), new Exponential(H))), new Structure.AtLeastOfGroup(1, "pair"));
    int censored = 0;
    for (int r = 0; r < 20; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(3, r), 0);
      List<Double> changes = new ArrayList<>();
      sim.units("pair").forEach(u -> u.addListener((t, up) -> changes.add(t)));
      sim.run(10 * H);
      int before = changes.size();
      long events = sim.simulation().eventsFired();
      List<ScopeObservation> seen = sim.followUp(1e12, 3);
      ScopeObservation system = seen.get(0);
      if (!system.failed()) {
        censored++;
        assertEquals(3, sim.simulation().eventsFired() - events);
        assertEquals(changes.get(before + 2), system.survivedUntil());
        // The group (up while both are) failed at the first unit failure, if one came.
        ScopeObservation group = seen.get(1);
        assertTrue(group.failed() || group.survivedUntil() == system.survivedUntil());
      }
    }
    assertTrue(censored > 15, "censored " + censored);
  }

  @Test
  void aSystemThatFailedBeforeTheHorizonIsNotFollowed() {
    SystemModel model = single(1, 1); // fails within the first hours
    var sim = new AvailabilitySimulation(model, new RandomStreams(5, 0), 0);
    List<ScopeObservation> atHorizon = sim.run(1000 * H);
    long events = sim.simulation().eventsFired();
    List<ScopeObservation> followed = sim.followUp();
    assertEquals(events, sim.simulation().eventsFired());
    assertEquals(atHorizon.get(0).firstFailure(), followed.get(0).firstFailure());
    assertTrue(followed.get(0).firstFailure() < 1000 * H);
  }
}
