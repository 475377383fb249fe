package dev.nines.models.rare;

import dev.nines.models.failover.Election;
import java.util.Arrays;

/**
 * The quorum clusters of a rare-event trajectory, rule by rule as the engine's {@code QuorumNode}
 * runs them (DESIGN.md §3): per quorum its phase (leading, election timers running, a round decided
 * and its winner about to take office, paused without a majority), its leader and term start, the
 * members' election timers, and its one pending event (the next round, or the winner taking
 * office). Heartbeats are no events: the leader's last send time is computed when it fails. The
 * rounds, timers and their draws are the engine's own ({@link Election}), on the stream the
 * {@link Draws} give: {@code <quorum>/election} on the main trajectory, a branch's own otherwise.
 * {@link #copy} snapshots it with the rest of the {@link SystemState}.
 */
final class QuorumStates {

  static final byte LEADING = 0;
  static final byte TIMERS = 1;
  static final byte DECIDED = 2;
  static final byte PAUSED = 3;

  /** The elections of the quorums, each on the stream of whoever draws. */
  interface Draws {
    /** The election of quorum {@code quorum}, its samplers on the drawing stream. */
    Election election(int quorum);
  }

  final QuorumPlan[] plans;
  final byte[] phase;
  final int[] leader;
  final double[] termStart;
  final int[] candidateWinner;
  final int[] splitRounds;
  final boolean[][] memberUp;
  final int[] upCount;
  final double[][] fireAt;
  /** Per quorum: the time of its pending event, NaN when none, and its scheduling order. */
  final double[] eventAt;
  final long[] order;

  QuorumStates(QuorumPlan[] plans) {
    this.plans = plans;
    int k = plans.length;
    phase = new byte[k];
    Arrays.fill(phase, PAUSED);
    leader = new int[k];
    Arrays.fill(leader, -1);
    termStart = new double[k];
    candidateWinner = new int[k];
    Arrays.fill(candidateWinner, -1);
    splitRounds = new int[k];
    memberUp = new boolean[k][];
    fireAt = new double[k][];
    upCount = new int[k];
    for (int q = 0; q < k; q++) {
      memberUp[q] = new boolean[plans[q].members().length];
      fireAt[q] = new double[plans[q].members().length];
    }
    eventAt = new double[k];
    Arrays.fill(eventAt, Double.NaN);
    order = new long[k];
  }

  private QuorumStates(QuorumStates s) {
    plans = s.plans;
    phase = s.phase.clone();
    leader = s.leader.clone();
    termStart = s.termStart.clone();
    candidateWinner = s.candidateWinner.clone();
    splitRounds = s.splitRounds.clone();
    memberUp = new boolean[s.memberUp.length][];
    fireAt = new double[s.fireAt.length][];
    for (int q = 0; q < memberUp.length; q++) {
      memberUp[q] = s.memberUp[q].clone();
      fireAt[q] = s.fireAt[q].clone();
    }
    upCount = s.upCount.clone();
    eventAt = s.eventAt.clone();
    order = s.order.clone();
  }

  QuorumStates copy() {
    return new QuorumStates(this);
  }

  /** Up while a leader is in office and a majority of the members is up. */
  boolean isUp(int q) {
    return phase[q] == LEADING && upCount[q] >= plans[q].majority();
  }

  /** True when every quorum has a leader in office (and so nothing pending). */
  boolean quiet() {
    for (byte p : phase) {
      if (p != LEADING) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every quorum starts at time 0, once its members have: member 0 leads if it is up, otherwise an
   * election starts (or waits for a majority).
   */
  void start(SystemState s, Draws draws) {
    for (int q = 0; q < plans.length; q++) {
      int[] members = plans[q].members();
      for (int i = 0; i < members.length; i++) {
        memberUp[q][i] = s.status[members[i]] == SystemState.UP;
        upCount[q] += memberUp[q][i] ? 1 : 0;
      }
      if (memberUp[q][0]) {
        leader[q] = 0;
        termStart[q] = s.now;
        phase[q] = LEADING;
      } else if (upCount[q] >= plans[q].majority()) {
        freshElection(s, q, draws);
      }
    }
  }

  /** Member {@code i} of quorum q failed now. */
  void memberFailed(SystemState s, int q, int i, Draws draws) {
    if (!memberUp[q][i]) {
      return;
    }
    memberUp[q][i] = false;
    upCount[q]--;
    boolean hasMajority = upCount[q] >= plans[q].majority();
    if (phase[q] == LEADING) {
      if (i == leader[q]) {
        leader[q] = -1;
        if (hasMajority) {
          draws.election(q).timersAfterLeaderLoss(s.now, termStart[q], plans[q].interval(),
              fireAt[q], memberUp[q]);
          beginElection(s, q);
        } else {
          phase[q] = PAUSED;
        }
      }
    } else if (!hasMajority) {
      eventAt[q] = Double.NaN;
      phase[q] = PAUSED;
      candidateWinner[q] = -1;
    } else if (phase[q] == TIMERS) {
      scheduleRound(s, q); // i's timer is gone from the round
    } else if (phase[q] == DECIDED) {
      restartTimers(s, q, draws); // the computed round no longer holds
    }
  }

  /** Member {@code i} of quorum q was repaired now. */
  void memberRepaired(SystemState s, int q, int i, Draws draws) {
    if (memberUp[q][i]) {
      return;
    }
    memberUp[q][i] = true;
    upCount[q]++;
    if (phase[q] == PAUSED) {
      if (upCount[q] >= plans[q].majority()) {
        freshElection(s, q, draws); // a majority again, and no leader
      }
    } else if (phase[q] == TIMERS) {
      fireAt[q][i] = s.now + draws.election(q).timeout();
      scheduleRound(s, q);
    }
    // LEADING: a follower more; DECIDED: the new leader's heartbeats will reach it
  }

  /** The pending event of quorum q fires now: a round is played, or its winner takes office. */
  void fire(SystemState s, int q, Draws draws) {
    eventAt[q] = Double.NaN;
    if (phase[q] == TIMERS) {
      playRound(s, q, draws);
    } else if (phase[q] == DECIDED) {
      takeOffice(s, q, draws);
    } else {
      throw new IllegalStateException("quorum " + plans[q].scope() + ": no event in phase "
          + phase[q]);
    }
  }

  private void playRound(SystemState s, int q, Draws draws) {
    Election election = draws.election(q);
    election.play(fireAt[q], memberUp[q]);
    if (election.winner() >= 0) {
      candidateWinner[q] = election.winner();
      phase[q] = DECIDED;
      schedule(s, q, election.outcomeTime());
      return;
    }
    IllegalStateException unconverged = Election.unconverged(plans[q].scope(), ++splitRounds[q]);
    if (unconverged != null) {
      throw unconverged;
    }
    schedule(s, q, election.outcomeTime());
  }

  private void takeOffice(SystemState s, int q, Draws draws) {
    if (!memberUp[q][candidateWinner[q]]) { // its failure voids the round; as the engine, be safe
      restartTimers(s, q, draws);
      return;
    }
    leader[q] = candidateWinner[q];
    candidateWinner[q] = -1;
    termStart[q] = s.now;
    phase[q] = LEADING;
  }

  private void freshElection(SystemState s, int q, Draws draws) {
    draws.election(q).restartTimers(s.now, fireAt[q], memberUp[q]);
    beginElection(s, q);
  }

  private void beginElection(SystemState s, int q) {
    splitRounds[q] = 0;
    phase[q] = TIMERS;
    scheduleRound(s, q);
  }

  private void restartTimers(SystemState s, int q, Draws draws) {
    draws.election(q).restartTimers(s.now, fireAt[q], memberUp[q]);
    phase[q] = TIMERS;
    scheduleRound(s, q);
  }

  private void scheduleRound(SystemState s, int q) {
    schedule(s, q, Election.earliest(fireAt[q], memberUp[q]));
  }

  private void schedule(SystemState s, int q, double time) {
    eventAt[q] = time;
    order[q] = s.scheduled++;
  }
}
