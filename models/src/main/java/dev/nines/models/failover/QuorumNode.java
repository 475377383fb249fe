package dev.nines.models.failover;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.structure.StateSource;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.Listeners;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Raft-style cluster over the n units of one group (DESIGN.md §3, {@link Structure.Quorum}).
 *
 * <p><b>State.</b> The cluster is up while a leader exists, the leader is up and at least a
 * majority m = {@code majority(n)} of the members are up. Down time is attributed to <i>no
 * majority</i> while fewer than m members are up, and otherwise to <i>election</i> (no leader yet).
 * Member 0 leads at time 0 if it is up; otherwise an election starts at 0 (or waits for a majority).
 *
 * <p><b>Heartbeats</b> are not events. The leader sends one every I = {@code heartbeat.interval()}
 * from its election on, and each follower restarts its election timer on every arrival. Only when
 * the leader fails at t_f is the last send time s (the latest multiple of I after the term start,
 * at most t_f) computed; each up follower's timer then fires at s + D + T, with D a delay draw and T
 * a fresh election timeout (never before t_f: spurious timeouts of a healthy leader are not
 * modelled, nor are lost heartbeats). With no heartbeat, I = 0 and every delay is 0: followers notice
 * at the failure instant. A failed leader loses its leadership; repaired, it is a follower.
 *
 * <p><b>Elections</b> go in rounds ({@link Election}): the earliest timer makes a candidate that
 * asks every up member for its vote; members whose timers fire before a RequestVote reaches them
 * become candidates too; the others vote for the first request to arrive; a candidate with the
 * votes of m of all n members wins when the reply completing its majority arrives. After a split
 * vote every timer restarts with a fresh timeout and the next round starts at the earliest. Ties of
 * fire times are broken by member order. While fewer than m members are up no election can succeed:
 * it pauses without events, and starts afresh (fresh timeouts from that moment) when a repair
 * restores a majority. A member failing during an election removes its timer from the next round; a
 * failure after a round's outcome is computed but before it takes effect voids the round and
 * restarts every timer from now; a member repaired during an election joins with a fresh timer.
 *
 * <p><b>Followers</b> failing or being repaired never disturb a healthy leader; when the majority
 * is lost the cluster is down, and it is up again as soon as a repair restores the majority while
 * the leader is still up.
 *
 * <p><b>Figures</b> (after the warm-up): an election lasts from the moment it could start (leader
 * lost with a majority up, or majority regained without a leader) to the new leader; it counts
 * when it is won after the warm-up. Every random draw comes from the one stream given, in a fixed
 * order, so a run is deterministic.
 */
public final class QuorumNode implements StateSource {

  private enum Phase { LEADING, TIMERS, DECIDED, PAUSED }

  private final String name;
  private final List<Unit> members;
  private final int n;
  private final int majority;
  private final double interval;
  private final Simulation simulation;
  private final double warmup;
  private final Election election;
  private final boolean[] memberUp;
  private final double[] fireAt;
  private final Event roundStart = this::playRound;
  private final Event elected = this::takeOffice;
  private final Listeners listeners = new Listeners();
  private boolean started;
  private int upCount;
  private Phase phase = Phase.PAUSED;
  private int leader = -1;
  private double termStart;
  private int candidateWinner = -1;
  private long pending = -1;
  private double electionStart = Double.NaN;
  private int splitRounds;
  private boolean up;
  private double since;
  private double downElection;
  private double downNoMajority;
  private double majorityUpTime;
  private int elections;
  private double[] electionTimes = new double[8];

  /**
   * A quorum over {@code members}; it listens to them at once and acts from {@link #start()} on.
   *
   * @param heartbeat the leader's heartbeat interval and the message delay, or null for
   *     continuous heartbeats and instant messages (its timeout and loss are not used)
   * @param random the single stream of every draw: election timeouts and message delays
   * @param warmup the time before which no figure is counted
   */
  public QuorumNode(Structure.Quorum spec, List<Unit> members, Heartbeat heartbeat,
      Simulation simulation, UniformRandomProvider random, double warmup) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("quorum " + spec.name() + " has no members");
    }
    this.name = spec.name();
    this.members = List.copyOf(members);
    this.n = members.size();
    this.majority = Structure.Quorum.majority(n);
    this.interval = heartbeat == null ? 0 : heartbeat.interval();
    this.simulation = simulation;
    this.warmup = warmup;
    this.election = new Election(n, majority, spec.electionTimeout().sampler(random),
        heartbeat == null || heartbeat.delay() == null ? null : heartbeat.delay().sampler(random));
    this.memberUp = new boolean[n];
    this.fireAt = new double[n];
    this.since = warmup;
    for (int i = 0; i < n; i++) {
      int member = i;
      this.members.get(i).addListener(new StateListener() {
        @Override
        public void changed(double time, boolean nowUp) {
          memberChanged(member, nowUp);
        }

        @Override
        public void startsDown(double time) {
          // before start(): start() reads the members' states
        }
      });
    }
  }

  /** The scope name of this quorum. */
  public String name() {
    return name;
  }

  @Override
  public boolean isUp() {
    return up;
  }

  /** The index of the current leader among the members, or -1 while there is none. */
  public int leader() {
    return leader;
  }

  /** The number of members up now. */
  public int membersUp() {
    return upCount;
  }

  @Override
  public void addListener(StateListener listener) {
    listeners.add(listener);
  }

  /**
   * Starts the cluster, once, at time 0 after its members started: member 0 leads if it is up,
   * otherwise an election starts (or waits for a majority). A cluster that starts down tells its
   * listeners {@link StateListener#startsDown}.
   */
  public void start() {
    if (started) {
      throw new IllegalStateException("quorum " + name + " is already started");
    }
    started = true;
    double now = simulation.now();
    for (int i = 0; i < n; i++) {
      memberUp[i] = members.get(i).isUp();
      upCount += memberUp[i] ? 1 : 0;
    }
    if (memberUp[0]) {
      leader = 0;
      termStart = now;
      phase = Phase.LEADING;
    } else if (upCount >= majority) {
      freshElection(now);
    }
    up = phase == Phase.LEADING && upCount >= majority;
    if (!up) {
      listeners.startsDown(now);
    }
  }

  /** Closes the observation at the horizon. */
  public QuorumObservation finish(double horizon) {
    accumulate(horizon);
    return new QuorumObservation(elections, Arrays.copyOf(electionTimes, elections),
        downElection, downNoMajority, majorityUpTime, horizon - warmup);
  }

  private void memberChanged(int i, boolean nowUp) {
    if (!started || memberUp[i] == nowUp) {
      return;
    }
    double now = simulation.now();
    accumulate(now);
    memberUp[i] = nowUp;
    upCount += nowUp ? 1 : -1;
    boolean hasMajority = upCount >= majority;
    if (nowUp) {
      repaired(i, now);
    } else {
      failed(i, now, hasMajority);
    }
    publish(now);
  }

  private void failed(int i, double now, boolean hasMajority) {
    if (phase == Phase.LEADING) {
      if (i == leader) {
        leader = -1;
        if (hasMajority) {
          leaderLost(now);
        } else {
          phase = Phase.PAUSED;
        }
      }
    } else if (!hasMajority) {
      pause();
    } else if (phase == Phase.TIMERS) {
      scheduleRound(); // i's timer is gone from the round
    } else if (phase == Phase.DECIDED) {
      cancelPending();
      restartTimers(now); // the computed round no longer holds
    }
  }

  private void repaired(int i, double now) {
    if (phase == Phase.PAUSED) {
      if (upCount >= majority) {
        freshElection(now); // a majority again, and no leader
      }
    } else if (phase == Phase.TIMERS) {
      fireAt[i] = now + election.timeout();
      scheduleRound();
    }
    // LEADING: a follower more; DECIDED: the new leader's heartbeats will reach it
  }

  /** The leader failed with a majority still up: followers time out after its last heartbeat. */
  private void leaderLost(double now) {
    election.timersAfterLeaderLoss(now, termStart, interval, fireAt, memberUp);
    beginElection(now);
  }

  /** An election from now with fresh timers (start without member 0, or majority regained). */
  private void freshElection(double now) {
    election.restartTimers(now, fireAt, memberUp);
    beginElection(now);
  }

  private void beginElection(double now) {
    electionStart = now;
    splitRounds = 0;
    phase = Phase.TIMERS;
    scheduleRound();
  }

  /** Every up member's timer restarts from now; the election goes on. */
  private void restartTimers(double now) {
    election.restartTimers(now, fireAt, memberUp);
    phase = Phase.TIMERS;
    scheduleRound();
  }

  /** (Re)schedules the next round at the earliest timer of an up member. */
  private void scheduleRound() {
    cancelPending();
    pending = simulation.scheduleAt(Election.earliest(fireAt, memberUp), roundStart);
  }

  private void pause() {
    cancelPending();
    phase = Phase.PAUSED;
    candidateWinner = -1;
  }

  private void cancelPending() {
    if (pending >= 0) {
      simulation.cancel(pending);
      pending = -1;
    }
  }

  private void playRound() {
    pending = -1;
    election.play(fireAt, memberUp);
    if (election.winner() >= 0) {
      candidateWinner = election.winner();
      phase = Phase.DECIDED;
      pending = simulation.scheduleAt(election.outcomeTime(), elected);
      return;
    }
    IllegalStateException unconverged = Election.unconverged(name, ++splitRounds);
    if (unconverged != null) {
      throw unconverged;
    }
    pending = simulation.scheduleAt(election.outcomeTime(), roundStart);
  }

  private void takeOffice() {
    pending = -1;
    double now = simulation.now();
    accumulate(now);
    if (!memberUp[candidateWinner]) { // cannot happen (its failure voids the round); be safe
      restartTimers(now);
      return;
    }
    leader = candidateWinner;
    candidateWinner = -1;
    termStart = now;
    phase = Phase.LEADING;
    if (now >= warmup) {
      if (elections == electionTimes.length) {
        electionTimes = Arrays.copyOf(electionTimes, elections * 2);
      }
      electionTimes[elections++] = now - electionStart;
    }
    publish(now);
  }

  /** Tells the listeners when the cluster's state changed. */
  private void publish(double now) {
    boolean nowUp = phase == Phase.LEADING && upCount >= majority;
    if (nowUp != up) {
      up = nowUp;
      listeners.changed(now, nowUp);
    }
  }

  /** Adds the time since the last change, within the observed window, to its category. */
  private void accumulate(double time) {
    if (time > since) {
      double span = time - since;
      if (upCount < majority) {
        downNoMajority += span;
      } else {
        majorityUpTime += span;
        if (phase != Phase.LEADING) {
          downElection += span;
        }
      }
      since = time;
    }
  }
}
