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

  /** Draws the length of a repair that starts, and the standbys' switchovers and restores. */
  interface Repairs extends StandbyStates.Draws {
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
    markov = MarkovStates.of(layout);
    systemUp = layout.up.isUp(upCount, standbys);
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
    markov = s.markov == null ? null : s.markov.copy();
  }

  /** An independent copy. */
  SystemState copy() {
    return new SystemState(this);
  }

  /** The age of an up unit now. */
  double age(int unit) {
    return now - lifeStart[unit];
  }

  /** Schedules an up unit's failure at {@code time}. */
  void scheduleFailure(int unit, double time) {
    failAt[unit] = time;
    order[unit] = scheduled++;
  }

  /**
   * The event that fires next: the earliest drawn failure, repair end or standby event, ties in
   * scheduling order; a unit's number, n + k for standby k's event, −1 when none is pending.
   */
  int next() {
    return next(true);
  }

  /**
   * The next event other than a failure: a repair end (the unit's number) or a standby's event
   * (n + k), ties in scheduling order; −1 when none is pending.
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
    return best;
  }

  /** The time of a pending event ({@link #next}'s numbering). */
  double eventTime(int event) {
    int n = status.length;
    if (event >= n) {
      return standbys.eventAt[event - n];
    }
    if (markov != null && markov.isMarkov(event)) {
      return markov.moveAt[event];
    }
    return status[event] == UP ? failAt[event] : repairEnd[event];
  }

  /**
   * True when every unit is up, every Markov unit fresh (not degraded) and every standby up with
   * nothing pending: an excursion's end.
   */
  boolean quiet() {
    return down == 0 && (standbys == null || standbys.quiet())
        && (markov == null || markov.fresh());
  }

  /**
   * Fires a pending event that is not a failure ({@link #nextScheduled}'s numbering): a unit's
   * repair ends, a Markov unit's pending move (to the target its caller drew), or a standby's
   * event.
   */
  void fire(int event, Repairs draws) {
    int n = status.length;
    if (markov != null && event < n && markov.isMarkov(event)) {
      markov.move(this, event, draws);
    } else if (event < n) {
      repaired(event, draws);
    } else {
      standbys.fire(this, event - n, draws);
      systemUp = layout.up.isUp(upCount, standbys);
    }
  }

  /** Starts the standbys once every unit has started (time 0). */
  void startStandbys() {
    if (standbys != null) {
      standbys.start(this);
      systemUp = layout.up.isUp(upCount, standbys);
    }
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
    systemUp = layout.up.isUp(upCount, standbys);
  }

  /**
   * A unit in repair is repaired now: it is up, new (age 0, no failure drawn yet), the system's
   * state follows, and its repairer takes the head of the line, if any.
   */
  void repaired(int unit, Repairs repairs) {
    status[unit] = UP;
    lifeStart[unit] = now;
    failAt[unit] = Double.NaN;
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
    systemUp = layout.up.isUp(upCount, standbys);
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
    systemUp = layout.up.isUp(upCount, standbys);
  }
}
