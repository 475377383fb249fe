package dev.nines.models.rare;

/**
 * The state of a trajectory at one instant, which is all its future depends on: each unit up (with
 * its age, and the failure drawn for it if any), in repair (with the time the repair ends) or
 * waiting for its crew; each crew's busy repairers and its FIFO line; the number of units of each
 * group up and whether the system is up. Pending events fire by (time, then the order in which they
 * were scheduled), as in the engine ({@code DESIGN.md} §2). {@link #copy} snapshots it, so a branch
 * can start from it without touching the trajectory it left.
 */
final class SystemState {

  static final byte UP = 0;
  static final byte REPAIR = 1;
  static final byte WAIT = 2;
  /** A Markov unit in a down state: no crew, its chain moves it ({@link MarkovStates}). */
  static final byte DOWN = 3;

  /**
   * Draws the length of a repair that starts, the standbys' switchovers and restores, and the
   * quorums' election timeouts and message delays.
   */
  interface Repairs extends StandbyStates.Draws, QuorumStates.Draws {
    double draw(int unit);

    /**
     * The delay to a Markov unit's next move from {@code state}: the engine's next move in the
     * main trajectory, the next other move in a branch; NaN for none. A copy that is only read
     * (for its distance to the closest cut) draws none.
     */
    default double nextMove(int unit, int state) {
      return Double.NaN;
    }
  }

  final Layout layout;
  double now;
  final byte[] status;
  /** Up: the time at which its age was 0 (before time 0 for a unit started mid-life). */
  final double[] lifeStart;
  /** Up: the time of the failure drawn for it; NaN when none is drawn (a forced window). */
  final double[] failAt;
  /** In repair: the time its repair ends. */
  final double[] repairEnd;
  /** The scheduling order of each unit's pending event: ties fire first-scheduled-first. */
  final long[] order;
  long scheduled;
  final int[] upCount;
  int down;
  boolean systemUp;
  /** Per crew: busy repairers, and its line as a ring buffer of units. */
  final int[] busy;
  final int[][] line;
  final int[] lineHead;
  final int[] lineLength;
  /** The standbys of the structure, null when it has none. */
  final StandbyStates standbys;
  /** The quorums of the structure, null when it has none. */
  final QuorumStates quorums;
  /** The units' aging paces, null when every standby is hot (every pace is 1). */
  final AgeClocks clocks;
  /** The Markov units' chain states and moves, null when there are none. */
  final MarkovStates markov;

  SystemState(Layout layout) {
    this.layout = layout;
    int n = layout.units();
    status = new byte[n];
    lifeStart = new double[n];
    failAt = new double[n];
    java.util.Arrays.fill(failAt, Double.NaN);
    repairEnd = new double[n];
    order = new long[n];
    upCount = layout.groupCount.clone();
    busy = new int[layout.crewSize.length];
    line = new int[busy.length][];
    for (int c = 0; c < busy.length; c++) {
      line[c] = new int[Math.max(1, layout.crewServes[c])];
    }
    lineHead = new int[busy.length];
    lineLength = new int[busy.length];
    standbys = layout.standbys.length == 0 ? null : new StandbyStates(layout.standbys, n);
    quorums = layout.quorums.length == 0 ? null : new QuorumStates(layout.quorums);
    clocks = AgeClocks.of(layout);
    markov = MarkovStates.of(layout);
    systemUp = layout.up.isUp(this);
  }

  private SystemState(SystemState s) {
    layout = s.layout;
    now = s.now;
    status = s.status.clone();
    lifeStart = s.lifeStart.clone();
    failAt = s.failAt.clone();
    repairEnd = s.repairEnd.clone();
    order = s.order.clone();
    scheduled = s.scheduled;
    upCount = s.upCount.clone();
    down = s.down;
    systemUp = s.systemUp;
    busy = s.busy.clone();
    line = new int[s.line.length][];
    for (int c = 0; c < line.length; c++) {
      line[c] = s.line[c].clone();
    }
    lineHead = s.lineHead.clone();
    lineLength = s.lineLength.clone();
    standbys = s.standbys == null ? null : s.standbys.copy();
    quorums = s.quorums == null ? null : s.quorums.copy();
    clocks = s.clocks == null ? null : s.clocks.copy();
    markov = s.markov == null ? null : s.markov.copy();
  }

  /** An independent copy. */
  SystemState copy() {
    return new SystemState(this);
  }

  /** The age of an up unit now, in active seconds (the time it has aged at its pace). */
  double age(int unit) {
    return clocks == null ? now - lifeStart[unit] : clocks.age(unit, now);
  }

  /** The pace at which a unit ages while up: 1, or a warm or cold spare's dormancy. */
  double pace(int unit) {
    return clocks == null ? 1 : clocks.pace[unit];
  }

  /**
   * An up unit starts a life of {@code life} active seconds now, of which it has lived
   * {@code age}: its failure is due once the rest is spent at its pace (none at pace 0).
   */
  void startLife(int unit, double life, double age) {
    if (clocks == null) {
      scheduleFailure(unit, now + life);
      return;
    }
    double due = clocks.startLife(unit, now, life, age);
    if (Double.isNaN(due)) {
      failAt[unit] = Double.NaN;
    } else {
      scheduleFailure(unit, due);
    }
  }

  /**
   * Sets a unit's pace from now on ({@link AgeClocks}): an up unit keeps its age and, in the main
   * trajectory, its life left, its failure moved (none at pace 0); a down unit's next life runs at
   * it. Only for structures with warm or cold spares.
   */
  void setPace(int unit, double pace) {
    if (clocks.repace(unit, now, pace)) {
      double due = clocks.due(unit, now);
      if (Double.isNaN(due)) {
        failAt[unit] = Double.NaN;
      } else {
        scheduleFailure(unit, due);
      }
    }
  }

  /** Schedules an up unit's failure at {@code time}. */
  void scheduleFailure(int unit, double time) {
    failAt[unit] = time;
    order[unit] = scheduled++;
  }

  /**
   * The event that fires next: the earliest drawn failure, repair end, standby or quorum event,
   * ties in scheduling order; a unit's number, n + k for standby k's event, n + K + q for quorum
   * q's (K standbys), −1 when none is pending.
   */
  int next() {
    return next(true);
  }

  /**
   * The next event other than a failure: a repair end (the unit's number), a standby's event
   * (n + k) or a quorum's (n + K + q), ties in scheduling order; −1 when none is pending.
   */
  int nextScheduled() {
    return next(false);
  }

  private int next(boolean failures) {
    int best = -1;
    double bestTime = Double.POSITIVE_INFINITY;
    long bestOrder = Long.MAX_VALUE;
    int n = status.length;
    for (int u = 0; u < n; u++) {
      double t = markov != null && markov.isMarkov(u) ? markov.moveAt[u]
          : status[u] == REPAIR ? repairEnd[u]
          : failures && status[u] == UP ? failAt[u] : Double.NaN;
      if (!Double.isNaN(t)
          && (best < 0 || t < bestTime || t == bestTime && order[u] < bestOrder)) {
        best = u;
        bestTime = t;
        bestOrder = order[u];
      }
    }
    if (standbys != null) {
      for (int k = 0; k < standbys.eventAt.length; k++) {
        double t = standbys.eventAt[k];
        if (!Double.isNaN(t)
            && (best < 0 || t < bestTime || t == bestTime && standbys.order[k] < bestOrder)) {
          best = n + k;
          bestTime = t;
          bestOrder = standbys.order[k];
        }
      }
    }
    if (quorums != null) {
      int first = n + layout.standbys.length;
      for (int q = 0; q < quorums.eventAt.length; q++) {
        double t = quorums.eventAt[q];
        if (!Double.isNaN(t)
            && (best < 0 || t < bestTime || t == bestTime && quorums.order[q] < bestOrder)) {
          best = first + q;
          bestTime = t;
          bestOrder = quorums.order[q];
        }
      }
    }
    return best;
  }

  /** The time of a pending event ({@link #next}'s numbering). */
  double eventTime(int event) {
    int n = status.length;
    int k = layout.standbys.length;
    if (event >= n + k) {
      return quorums.eventAt[event - n - k];
    }
    if (event >= n) {
      return standbys.eventAt[event - n];
    }
    if (markov != null && markov.isMarkov(event)) {
      return markov.moveAt[event];
    }
    return status[event] == UP ? failAt[event] : repairEnd[event];
  }

  /**
   * True when every unit is up, every Markov unit fresh (not degraded), every standby up with
   * nothing pending and every quorum led: an excursion's end.
   */
  boolean quiet() {
    return down == 0 && (standbys == null || standbys.quiet())
        && (quorums == null || quorums.quiet()) && (markov == null || markov.fresh());
  }

  /**
   * Fires a pending event that is not a failure ({@link #nextScheduled}'s numbering): a unit's
   * repair ends, a Markov unit's pending move (to the target its caller drew), a standby's event,
   * or a quorum's.
   */
  void fire(int event, Repairs draws) {
    int n = status.length;
    int k = layout.standbys.length;
    if (markov != null && event < n && markov.isMarkov(event)) {
      markov.move(this, event, draws);
    } else if (event < n) {
      repaired(event, draws);
    } else if (event < n + k) {
      standbys.fire(this, event - n, draws);
      systemUp = layout.up.isUp(this);
    } else {
      quorums.fire(this, event - n - k, draws);
      systemUp = layout.up.isUp(this);
    }
  }

  /** Starts the standbys, then the quorums, once every unit has started (time 0). */
  void startStandbys(Repairs draws) {
    if (standbys != null) {
      standbys.start(this);
    }
    if (quorums != null) {
      quorums.start(this, draws);
    }
    systemUp = layout.up.isUp(this);
  }

  /**
   * An up unit fails now: it goes down, the system's state follows, and it asks for repair: a free
   * repairer of its crew (or none needed) starts at once, else it joins the crew's line. A Markov
   * unit makes its failing move instead, to the target its caller drew (it may stay up, degraded).
   */
  void fail(int unit, Repairs repairs) {
    if (markov != null && markov.isMarkov(unit)) {
      markov.move(this, unit, repairs);
      return;
    }
    status[unit] = WAIT;
    failAt[unit] = Double.NaN;
    if (clocks != null) {
      clocks.failed(unit);
    }
    upCount[layout.groupOf[unit]]--;
    down++;
    int crew = layout.crewOf[unit];
    if (crew < 0) {
      startRepair(unit, repairs);
    } else if (busy[crew] < layout.crewSize[crew]) {
      busy[crew]++;
      startRepair(unit, repairs);
    } else {
      int[] l = line[crew];
      l[(lineHead[crew] + lineLength[crew]++) % l.length] = unit;
    }
    if (layout.standbyOf[unit] >= 0) {
      standbys.unitFailed(this, layout.standbyOf[unit], unit, repairs);
    }
    quorumMember(unit, false, repairs);
    systemUp = layout.up.isUp(this);
  }

  /**
   * A unit in repair is repaired now: it is up, new (age 0, no failure drawn yet), the system's
   * state follows, and its repairer takes the head of the line, if any.
   */
  void repaired(int unit, Repairs repairs) {
    status[unit] = UP;
    lifeStart[unit] = now;
    failAt[unit] = Double.NaN;
    if (clocks != null) {
      clocks.repaired(unit, now);
    }
    upCount[layout.groupOf[unit]]++;
    down--;
    int crew = layout.crewOf[unit];
    if (crew >= 0) {
      if (lineLength[crew] == 0) {
        busy[crew]--;
      } else {
        int next = line[crew][lineHead[crew]];
        lineHead[crew] = (lineHead[crew] + 1) % line[crew].length;
        lineLength[crew]--;
        startRepair(next, repairs);
      }
    }
    if (layout.standbyOf[unit] >= 0) {
      standbys.unitRepaired(this, layout.standbyOf[unit], unit, repairs);
    }
    quorumMember(unit, true, repairs);
    systemUp = layout.up.isUp(this);
  }

  /** Tells the unit's quorum, if any, that its member changed. */
  private void quorumMember(int unit, boolean up, Repairs draws) {
    int q = layout.quorumOf[unit];
    if (q >= 0) {
      int member = unit - layout.quorums[q].members()[0];
      if (up) {
        quorums.memberRepaired(this, q, member, draws);
      } else {
        quorums.memberFailed(this, q, member, draws);
      }
    }
  }

  /** A unit that waits (down at the start) joins its crew's line without a repairer. */
  void startWaiting(int unit) {
    int crew = layout.crewOf[unit];
    int[] l = line[crew];
    l[(lineHead[crew] + lineLength[crew]++) % l.length] = unit;
  }

  /** A repairer starts on a down unit now. */
  void startRepair(int unit, Repairs repairs) {
    startRepairLasting(unit, repairs.draw(unit));
  }

  /** A repairer starts on a down unit now, for a repair of the given length. */
  void startRepairLasting(int unit, double length) {
    status[unit] = REPAIR;
    repairEnd[unit] = now + length;
    order[unit] = scheduled++;
  }

  /** Marks a unit down before the start (a stationary start): counts and system state. */
  void startDown(int unit) {
    status[unit] = WAIT;
    upCount[layout.groupOf[unit]]--;
    down++;
    systemUp = layout.up.isUp(this);
  }
}
