package dev.nines.models.detectors;

import java.util.Arrays;

/**
 * The coverage a heartbeat monitor knows of: closed intervals [start, end), kept in order of start,
 * each with the send time of its last heartbeat, plus optionally an open interval [start, ∞) (the run
 * of heartbeats still going on). Intervals whose gap is below 64 ulps are one stretch.
 */
final class Coverage {

  private double[] starts = new double[8];
  private double[] ends = new double[8];
  private double[] sents = new double[8];
  private int count;
  private double first;
  private double last;

  /** Adds [start, end) whose last heartbeat left at {@code sent}; ties keep the order of addition. */
  void add(double start, double end, double sent) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
      sents = Arrays.copyOf(sents, 2 * count);
    }
    int at = count;
    while (at > 0 && starts[at - 1] > start) {
      move(at - 1, at);
      at--;
    }
    starts[at] = start;
    ends[at] = end;
    sents[at] = sent;
    count++;
  }

  /** Forgets the intervals that ended by {@code time}. */
  void dropEndedBy(double time) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (ends[i] > time) {
        move(i, kept++);
      }
    }
    count = kept;
  }

  /** Forgets the intervals of heartbeats sent at or after {@code time}: they were never sent. */
  void dropSentFrom(double time) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (sents[i] < time) {
        move(i, kept++);
      }
    }
    count = kept;
  }

  /**
   * Finds the first connected stretch, in order of start, of the closed intervals and, when
   * {@code open}, of [openStart, ∞); see {@link #first()} and {@link #last()}. False when there is
   * no interval at all.
   */
  boolean firstStretch(boolean open, double openStart) {
    boolean any = false;
    boolean openTaken = !open;
    int i = 0;
    while (!any || last != Double.POSITIVE_INFINITY) {
      double s;
      double e;
      if (!openTaken && (i >= count || openStart < starts[i])) {
        s = openStart;
        e = Double.POSITIVE_INFINITY;
        openTaken = true;
      } else if (i < count) {
        s = starts[i];
        e = ends[i];
        i++;
      } else {
        break;
      }
      if (!any) {
        any = true;
        first = s;
        last = e;
      } else if (s <= last + tolerance(last)) {
        last = Math.max(last, e);
      } else {
        break;
      }
    }
    return any;
  }

  /** The start of the stretch last found. */
  double first() {
    return first;
  }

  /** The end of the stretch last found (exclusive; infinite when it holds the open interval). */
  double last() {
    return last;
  }

  /** Gaps shorter than this at {@code time} are float artefacts (0.1 * 30 against 3.0). */
  static double tolerance(double time) {
    return 64 * Math.ulp(time);
  }

  private void move(int from, int to) {
    starts[to] = starts[from];
    ends[to] = ends[from];
    sents[to] = sents[from];
  }
}
