package dev.nines.models.failover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact timelines of a quorum with deterministic lives, repairs and election timeouts. */
class QuorumNodeTest {

  private static final double H = Durations.HOUR;

  /** A quorum over its members in one simulation, with its up/down timeline written down. */
  static final class Cluster {
    final Simulation sim = new Simulation();
    final List<Unit> units = new ArrayList<>();
    final List<String> timeline = new ArrayList<>();
    long unitFailures;
    QuorumNode node;

    /** Member i lives {@code lives[i]} and is repaired in {@code repairs[i]}, both exact. */
    static Cluster deterministic(double[] lives, double[] repairs) {
      Cluster c = new Cluster();
      for (int i = 0; i < lives.length; i++) {
        c.units.add(new RenewalUnit("db[" + i + "]", c.sim, new Deterministic(lives[i]).sampler(null),
            new Deterministic(repairs[i]).sampler(null), RepairService.IMMEDIATE));
      }
      return c;
    }

    /** n members with independent lives and repairs, each from its own named stream. */
    static Cluster random(int n, Distribution life, Distribution repair, RandomStreams streams) {
      Cluster c = new Cluster();
      for (int i = 0; i < n; i++) {
        String name = "db[" + i + "]";
        c.units.add(new RenewalUnit(name, c.sim, life.sampler(streams.stream(name + "/failure")),
            repair.sampler(streams.stream(name + "/repair")), RepairService.IMMEDIATE));
      }
      return c;
    }

    /** Builds the quorum, starts the units then the quorum, and runs to the horizon. */
    QuorumObservation run(Distribution timeout, Heartbeat heartbeat, RandomStreams streams,
        double warmup, double horizon) {
      node = new QuorumNode(new Structure.Quorum("db-quorum", "db", null, timeout), units,
          heartbeat, sim, streams.stream("db-quorum/election"), warmup);
      node.addListener(new StateListener() {
        @Override
        public void changed(double time, boolean up) {
          timeline.add(time + (up ? " up" : " down"));
        }

        @Override
        public void startsDown(double time) {
          timeline.add(time + " starts down");
        }
      });
      for (Unit unit : units) {
        unit.addListener((t, up) -> unitFailures += up ? 0 : 1);
        unit.start();
      }
      node.start();
      sim.runUntil(horizon);
      return node.finish(horizon);
    }
  }

  /** A unit that starts up or down and changes state at the given absolute times. */
  static final class Scripted extends Unit {
    private final double[] toggles;

    Scripted(String name, Simulation sim, boolean startsUp, double... toggles) {
      super(name, sim, startsUp);
      this.toggles = toggles;
    }

    @Override
    protected void begin() {
      for (double t : toggles) {
        simulation().scheduleAt(t, () -> become(!isUp()));
      }
    }
  }

  private static QuorumObservation runDeterministic(Cluster c, double warmup, double horizon) {
    return c.run(new Deterministic(1), null, new RandomStreams(1, 0), warmup, horizon);
  }

  @Test
  void aNewLeaderOneTimeoutAfterTheLeaderFailsAndNoMajorityWhenTwoOfThreeAreDown() {
    // db[0] down [10,12) h; db[1] down [15,18) h; db[2] down [16,20) h. Timeout 1 s, instant messages.
    Cluster c = Cluster.deterministic(new double[] {10 * H, 15 * H, 16 * H},
        new double[] {2 * H, 3 * H, 4 * H});
    QuorumObservation seen = runDeterministic(c, 0, 21 * H);
    // 10 h: leader db[0] fails; db[1] and db[2] time out together; db[1] (lower index) wins.
    // 15 h: leader db[1] fails; db[0] wins. 16 h: db[2] fails too: 1 of 3 up, no majority,
    // until db[1] is repaired at 18 h with leader db[0] still up: up again at once.
    assertEquals(List.of(10 * H + " down", (10 * H + 1) + " up", 15 * H + " down",
        (15 * H + 1) + " up", 16 * H + " down", 18 * H + " up"), c.timeline);
    assertEquals(0, c.node.leader());
    assertEquals(2, seen.elections());
    assertArrayEquals(new double[] {1, 1}, seen.electionTimes());
    assertEquals(2, seen.downElection());
    assertEquals(2 * H, seen.downNoMajority());
    assertEquals(19 * H, seen.majorityUpTime());
    assertEquals(21 * H, seen.observedTime());
    assertEquals((21 * H - 2 - 2 * H) / (21 * H), seen.availability(), 1e-15);
  }

  @Test
  void aLeaderLostWithoutMajorityWaitsForARepairThenElectsAfresh() {
    // db[1] down [8,12) h, [20,24) h; db[0] down [10,15) h; db[2] never within 24 h.
    Cluster c = Cluster.deterministic(new double[] {10 * H, 8 * H, 100 * H},
        new double[] {5 * H, 4 * H, 1 * H});
    QuorumObservation seen = runDeterministic(c, 0, 24 * H);
    // 8 h: a follower fails, 2 of 3 still up. 10 h: leader db[0] fails: 1 of 3, no majority, no
    // election. 12 h: db[1] back: a majority without a leader: fresh timers, db[1] wins 1 s later.
    // 20 h: leader db[1] fails; db[0] (repaired at 15 h) wins.
    assertEquals(List.of(10 * H + " down", (12 * H + 1) + " up", 20 * H + " down",
        (20 * H + 1) + " up"), c.timeline);
    assertEquals(2, seen.elections());
    assertArrayEquals(new double[] {1, 1}, seen.electionTimes());
    assertEquals(2 * H, seen.downNoMajority());
    assertEquals(2, seen.downElection());
    assertEquals(22 * H, seen.majorityUpTime());
  }

  @Test
  void theWarmupCutsTheObservedWindow() {
    Cluster c = Cluster.deterministic(new double[] {10 * H, 8 * H, 100 * H},
        new double[] {5 * H, 4 * H, 1 * H});
    QuorumObservation seen = runDeterministic(c, 11 * H, 24 * H);
    assertEquals(1 * H, seen.downNoMajority()); // [11, 12) h of the outage [10, 12) h
    assertEquals(2, seen.elections());
    assertEquals(2, seen.downElection());
    assertEquals(12 * H, seen.majorityUpTime());
    assertEquals(13 * H, seen.observedTime());
  }

  @Test
  void followersTimeOutFromTheLastHeartbeatSent() {
    // Heartbeats every 7 s from the term start; timeout 10 s; messages instant.
    Cluster c = Cluster.deterministic(new double[] {10 * H, 15 * H, 16 * H},
        new double[] {2 * H, 3 * H, 4 * H});
    c.run(new Deterministic(10), new Heartbeat(7, 8), new RandomStreams(1, 0), 0, 15.5 * H);
    // 10 h = 36000 s: last heartbeat of the term started at 0 was sent at 35994: timers fire at
    // 36004. db[1]'s term starts at 36004; it fails at 54000: last sent 36004 + 2570 * 7 = 53994.
    assertEquals(List.of("36000.0 down", "36004.0 up", "54000.0 down", "54004.0 up"), c.timeline);
  }

  @Test
  void aClusterWhoseFirstMemberStartsDownElectsAtOnce() {
    Cluster c = new Cluster();
    c.units.add(new Scripted("db[0]", c.sim, false, 100));
    c.units.add(new Scripted("db[1]", c.sim, true));
    c.units.add(new Scripted("db[2]", c.sim, true));
    QuorumObservation seen = runDeterministic(c, 0, 200);
    assertEquals(List.of("0.0 starts down", "1.0 up"), c.timeline);
    assertEquals(1, c.node.leader());
    assertArrayEquals(new double[] {1}, seen.electionTimes());
    assertEquals(1, seen.downElection());
    assertEquals(0, seen.downNoMajority());
  }

  @Test
  void aClusterStartingWithoutMajorityWaitsForOne() {
    Cluster c = new Cluster();
    c.units.add(new Scripted("db[0]", c.sim, false));
    c.units.add(new Scripted("db[1]", c.sim, false, 5));
    c.units.add(new Scripted("db[2]", c.sim, true, 50, 60));
    QuorumObservation seen = runDeterministic(c, 0, 100);
    // No majority in [0, 5); db[1] and db[2] elect db[1] at 6; db[2]'s absence in [50, 60) leaves
    // 1 of 3 up: no majority; back at 60 with the leader up.
    assertEquals(List.of("0.0 starts down", "6.0 up", "50.0 down", "60.0 up"), c.timeline);
    assertArrayEquals(new double[] {1}, seen.electionTimes());
    assertEquals(15, seen.downNoMajority());
    assertEquals(1, seen.downElection());
    assertEquals(85, seen.majorityUpTime());
    assertEquals(0.84, seen.availability(), 1e-15);
  }

  @Test
  void aRoundWonByTheCandidateWhoseRequestsArriveFirst() {
    // Messages take 5 ms. db[0] is down; db[1] fires at 10 s, db[2] at 10.001 s, before db[1]'s
    // request reaches it (10.005 s): a second candidate. db[3] and db[4] vote for db[1], whose
    // replies arrive at 10.010 s: 3 votes of 5, a majority.
    Election round = new Election(5, 3, () -> 1.0, () -> 0.005);
    double[] fireAt = {Double.NaN, 10, 10.001, 10.02, 10.03};
    round.play(fireAt, new boolean[] {false, true, true, true, true});
    assertEquals(1, round.winner());
    assertEquals(10.005 + 0.005, round.outcomeTime(), 1e-12);
  }

  @Test
  void aSplitVoteRestartsEveryTimerFromItsCandidacyOrVote() {
    // Both of the two up followers of three become candidates before the other's request arrives.
    Election round = new Election(3, 2, () -> 1.0, () -> 0.005);
    double[] fireAt = {Double.NaN, 10, 10.001};
    round.play(fireAt, new boolean[] {false, true, true});
    assertEquals(-1, round.winner());
    assertArrayEquals(new double[] {Double.NaN, 11, 11.001}, fireAt, 1e-12);
    assertEquals(11, round.outcomeTime(), 1e-12);
  }

  @Test
  void withInstantMessagesSimultaneousTimersElectTheLowestIndex() {
    Election round = new Election(5, 3, () -> 1.0, null);
    double[] fireAt = {5, 5, 5, 5, Double.NaN};
    round.play(fireAt, new boolean[] {true, true, true, true, false});
    assertEquals(0, round.winner());
    assertEquals(5, round.outcomeTime());
  }

  @Test
  void aRunIsDeterministicAndItsFiguresAgree() {
    QuorumObservation first = busy(7);
    assertEquals(first, busy(7));
    assertFalse(first.equals(busy(8)));
    assertTrue(first.elections() > 100, "expected many elections, got " + first.elections());
    double up = first.observedTime() - first.downElection() - first.downNoMajority();
    assertTrue(up > 0 && up <= first.majorityUpTime());
    assertEquals(first.majorityUpTime() + first.downNoMajority(), first.observedTime(), 1e-6);
    for (double t : first.electionTimes()) {
      assertTrue(t > 0, "election time " + t);
    }
  }

  /** Members failing every few seconds, so failures and repairs land inside elections. */
  private static QuorumObservation busy(long seed) {
    RandomStreams streams = new RandomStreams(seed, 0);
    Cluster c = Cluster.random(5, new Exponential(2), new Exponential(1), streams);
    return c.run(new Uniform(0.15, 0.3), new Heartbeat(0.05, 0.1, 0, new Exponential(0.005)),
        streams, 10, 2000);
  }
}
