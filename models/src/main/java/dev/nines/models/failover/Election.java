package dev.nines.models.failover;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One round of a Raft election among the up members of a quorum, computed whole at its start: the
 * members are assumed not to change state within a round (milliseconds), so the round's message
 * exchange is worked out in a loop and the caller schedules a single event for its outcome.
 *
 * <p>Given each up member's election-timer fire time, members are taken in order of fire time (ties
 * by member index). A member whose timer fires strictly before any RequestVote of this term reached
 * it becomes a candidate (and votes for itself); it sends a RequestVote to every other up member,
 * each arriving after its own delay draw. Every other up member votes for the first RequestVote that
 * reaches it; its reply reaches the candidate after another delay draw. A candidate holding the votes
 * of a majority of all n members wins when the last reply it needs arrives. Otherwise the vote is
 * split: each candidate's timer restarts with a fresh timeout from its candidacy, each voter's from
 * the moment it voted, and the next round starts at the earliest of those.
 *
 * <p>Random draws, in this order: for each candidate in order of candidacy, one delay per other up
 * member in member order; then one reply delay per voter in member order; after a split, one timeout
 * per up member in member order. Without a delay distribution messages arrive at once and draw
 * nothing; a split then needs no tie at all, since simultaneous timers are taken in member order and
 * the first candidate's RequestVote reaches the others at that very instant.
 *
 * <p>Public so that the rare-event trajectories ({@code dev.nines.models.rare}) run the engine's
 * own rounds and timers on their own streams: the arithmetic of an election lives here only.
 */
public final class Election {

  /** Consecutive split votes after which an election is declared unable to converge. */
  public static final int MAX_SPLIT_ROUNDS = 10_000;

  private final int n;
  private final int majority;
  private final ContinuousSampler timeout;
  private final ContinuousSampler delay;
  private final int[] order;
  private final boolean[] candidate;
  private final double[] candidacy;
  private final double[] firstRequest;
  private final int[] votedFor;
  private final double[] reply;
  private final double[] replies;
  private int winner = -1;
  private double outcomeTime = Double.NaN;

  /**
   * @param n the number of members
   * @param majority the votes a candidate needs
   * @param timeout draws a fresh election timeout
   * @param delay draws a message delay, or null when messages arrive at once
   */
  public Election(int n, int majority, ContinuousSampler timeout, ContinuousSampler delay) {
    this.n = n;
    this.majority = majority;
    this.timeout = timeout;
    this.delay = delay;
    this.order = new int[n];
    this.candidate = new boolean[n];
    this.candidacy = new double[n];
    this.firstRequest = new double[n];
    this.votedFor = new int[n];
    this.reply = new double[n];
    this.replies = new double[n];
  }

  /** A message delay: a draw, or 0 when messages are instant. */
  public double delay() {
    return delay == null ? 0 : delay.sample();
  }

  /** A fresh election timeout. */
  public double timeout() {
    return timeout.sample();
  }

  /**
   * The up members' timers once the leader, in office since {@code termStart}, failed at
   * {@code now} with a majority still up. Its heartbeats are sent every {@code interval} from its
   * term start (0: continuously, and messages are then instant): the last one went at s, the
   * latest multiple of the interval after the term start that is at most now. Each up member, in
   * member order, heard it at s + D (a delay draw) and its timer fires a fresh timeout T later,
   * never before now: {@code fireAt[i] = max(now, s + D + T)}.
   */
  public void timersAfterLeaderLoss(double now, double termStart, double interval,
      double[] fireAt, boolean[] up) {
    double lastSent = now;
    if (interval > 0) {
      lastSent = termStart + Math.floor((now - termStart) / interval) * interval;
      if (lastSent > now) {
        lastSent -= interval;
      }
    }
    for (int i = 0; i < n; i++) {
      if (up[i]) {
        double heard = lastSent + delay();
        fireAt[i] = Math.max(now, heard + timeout());
      }
    }
  }

  /** Every up member's timer restarts from now with a fresh timeout, in member order. */
  public void restartTimers(double now, double[] fireAt, boolean[] up) {
    for (int i = 0; i < n; i++) {
      if (up[i]) {
        fireAt[i] = now + timeout();
      }
    }
  }

  /** The earliest timer of an up member: when the next round starts. */
  public static double earliest(double[] fireAt, boolean[] up) {
    double first = Double.POSITIVE_INFINITY;
    for (int i = 0; i < fireAt.length; i++) {
      if (up[i]) {
        first = Math.min(first, fireAt[i]);
      }
    }
    return first;
  }

  /**
   * The error of an election that split {@code rounds} times in a row, or null while it may go on
   * ({@value #MAX_SPLIT_ROUNDS} at most).
   */
  public static IllegalStateException unconverged(String quorum, int rounds) {
    if (rounds < MAX_SPLIT_ROUNDS) {
      return null;
    }
    return new IllegalStateException("quorum " + quorum + ": " + rounds
        + " split votes in a row; the election timeout must vary by more than the message delay");
  }

  /**
   * Plays one round. {@code fireAt[i]} is the fire time of up member i's timer (ignored for members
   * that are down). Afterwards {@link #winner()} is the new leader, or -1 after a split vote, in
   * which case {@code fireAt} holds the members' restarted timers. {@link #outcomeTime()} is when the
   * winner has its majority, or, after a split, when the next round starts.
   */
  public void play(double[] fireAt, boolean[] up) {
    int count = sortByFireTime(fireAt, up);
    Arrays.fill(candidate, false);
    Arrays.fill(firstRequest, Double.POSITIVE_INFINITY);
    Arrays.fill(votedFor, -1);
    for (int o = 0; o < count; o++) {
      int j = order[o];
      if (!(fireAt[j] < firstRequest[j])) {
        continue; // a RequestVote reached j first: j votes for its sender
      }
      candidate[j] = true;
      candidacy[j] = fireAt[j];
      for (int k = 0; k < n; k++) {
        if (k != j && up[k]) {
          double arrival = fireAt[j] + delay();
          if (arrival < firstRequest[k]) {
            firstRequest[k] = arrival;
            votedFor[k] = j;
          }
        }
      }
    }
    for (int k = 0; k < n; k++) {
      if (up[k] && !candidate[k]) {
        reply[k] = firstRequest[k] + delay();
      }
    }
    winner = -1;
    for (int c = 0; c < n && winner < 0; c++) {
      if (candidate[c]) {
        decide(c, up);
      }
    }
    if (winner < 0) {
      restartTimers(fireAt, up);
    }
  }

  /** The new leader after the last round, or -1 after a split vote. */
  public int winner() {
    return winner;
  }

  /** When the winner has its majority, or after a split when the next round starts. */
  public double outcomeTime() {
    return outcomeTime;
  }

  /** Up members into {@code order}, by fire time and then index; returns how many are up. */
  private int sortByFireTime(double[] fireAt, boolean[] up) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (up[i]) {
        int p = count++;
        while (p > 0 && fireAt[order[p - 1]] > fireAt[i]) { // stable: equal times keep index order
          order[p] = order[p - 1];
          p--;
        }
        order[p] = i;
      }
    }
    return count;
  }

  /** Candidate c wins if its votes make a majority, when the reply completing it arrives. */
  private void decide(int c, boolean[] up) {
    int got = 0;
    for (int k = 0; k < n; k++) {
      if (up[k] && !candidate[k] && votedFor[k] == c) {
        replies[got++] = reply[k];
      }
    }
    if (got + 1 < majority) {
      return;
    }
    winner = c;
    if (majority == 1) {
      outcomeTime = candidacy[c];
    } else {
      Arrays.sort(replies, 0, got);
      outcomeTime = replies[majority - 2];
    }
  }

  /** After a split: candidates wait a fresh timeout from their candidacy, voters from their vote. */
  private void restartTimers(double[] fireAt, boolean[] up) {
    double next = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (up[i]) {
        fireAt[i] = (candidate[i] ? candidacy[i] : firstRequest[i]) + timeout();
        next = Math.min(next, fireAt[i]);
      }
    }
    outcomeTime = next;
  }
}
