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

  /** Draws the length of a repair that starts. */
  interface Repairs {
    double draw(int unit);
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
    systemUp = layout.up.isUp(upCount);
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
   * The unit whose event fires next: the earliest drawn failure or repair end, ties in scheduling
   * order; −1 when none is pending.
   */
  int next() {
    int best = -1;
    double bestTime = Double.POSITIVE_INFINITY;
    for (int u = 0; u < status.length; u++) {
      double t = status[u] == UP ? failAt[u] : status[u] == REPAIR ? repairEnd[u] : Double.NaN;
      if (Double.isNaN(t)) {
        continue;
      }
      if (best < 0 || t < bestTime || t == bestTime && order[u] < order[best]) {
        best = u;
        bestTime = t;
      }
    }
    return best;
  }

  /** The unit whose repair ends next, ties in scheduling order; −1 when none is in repair. */
  int nextRepair() {
    int best = -1;
    for (int u = 0; u < status.length; u++) {
      if (status[u] == REPAIR && (best < 0 || repairEnd[u] < repairEnd[best]
          || repairEnd[u] == repairEnd[best] && order[u] < order[best])) {
        best = u;
      }
    }
    return best;
  }

  /** The time of a unit's pending event. */
  double eventTime(int unit) {
    return status[unit] == UP ? failAt[unit] : repairEnd[unit];
  }

  /**
   * An up unit fails now: it goes down, the system's state follows, and it asks for repair: a free
   * repairer of its crew (or none needed) starts at once, else it joins the crew's line.
   */
  void fail(int unit, Repairs repairs) {
    status[unit] = WAIT;
    failAt[unit] = Double.NaN;
    upCount[layout.groupOf[unit]]--;
    down++;
    systemUp = layout.up.isUp(upCount);
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
    systemUp = layout.up.isUp(upCount);
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
    systemUp = layout.up.isUp(upCount);
  }
}
