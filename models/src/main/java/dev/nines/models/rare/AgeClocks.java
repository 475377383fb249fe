package dev.nines.models.rare;

import java.util.Arrays;

/**
 * The aging paces of a rare-event trajectory's units, for structures with warm or cold spares: a
 * unit consumes its life, measured in active seconds, at its pace per second while up (1 while it
 * holds a standby's active role or belongs to no standby, the standby's dormancy while it is a
 * spare: 0 cold, in (0, 1) warm), exactly as the engine's {@code RenewalUnit#setAgingRate} does.
 *
 * <p>Each unit carries an age clock: its age in active seconds at {@code mark}, growing at its pace
 * since, so a branch reads the age from which its hazard goes on ({@link #age}). The main
 * trajectory, which draws lives, also carries the life left at {@code mark} (NaN while none is
 * drawn: the unit is down, or a branch repaired it), and a change of pace while up keeps that life
 * left and moves the failure to now + left / pace (none while the pace is 0), with the engine's own
 * floating-point steps, so its failures fall on the engine's instants to the last bit.
 */
final class AgeClocks {

  /** Per unit: its pace now; a down unit's is the pace of its next life. */
  final double[] pace;
  /** Per unit: the time of its last change of pace or start of life. */
  private final double[] mark;
  /** Per unit: its age, in active seconds, at {@code mark}. */
  private final double[] ageAtMark;
  /** Per unit: the active seconds left of its drawn life at {@code mark}; NaN when none is. */
  private final double[] lifeLeft;

  private AgeClocks(int units) {
    pace = new double[units];
    Arrays.fill(pace, 1);
    mark = new double[units];
    ageAtMark = new double[units];
    lifeLeft = new double[units];
    Arrays.fill(lifeLeft, Double.NaN);
  }

  private AgeClocks(AgeClocks c) {
    pace = c.pace.clone();
    mark = c.mark.clone();
    ageAtMark = c.ageAtMark.clone();
    lifeLeft = c.lifeLeft.clone();
  }

  /**
   * The clocks of a layout whose standbys have warm or cold spares, every spare (a pool unit but
   * the first) at its standby's dormancy from the start, as the engine's standby sets them before
   * the units start; null when every standby is hot (every pace is 1 for good).
   */
  static AgeClocks of(Layout layout) {
    AgeClocks clocks = null;
    for (StandbyPlan p : layout.standbys) {
      if (p.dormancy() != 1) {
        if (clocks == null) {
          clocks = new AgeClocks(layout.units());
        }
        for (int i = 1; i < p.pool().length; i++) {
          clocks.pace[p.pool()[i]] = p.dormancy();
        }
      }
    }
    return clocks;
  }

  AgeClocks copy() {
    return new AgeClocks(this);
  }

  /** The age of an up unit at time {@code now}, in active seconds. */
  double age(int unit, double now) {
    return ageAtMark[unit] + (now - mark[unit]) * pace[unit];
  }

  /**
   * A life of {@code life} active seconds, of which the unit has lived {@code age}, runs from now:
   * the time its failure is due, NaN at pace 0.
   */
  double startLife(int unit, double now, double life, double age) {
    lifeLeft[unit] = life;
    ageAtMark[unit] = age;
    mark[unit] = now;
    return due(unit, now);
  }

  /** A unit is repaired now: up, age 0, no life drawn yet. */
  void repaired(int unit, double now) {
    lifeLeft[unit] = Double.NaN;
    ageAtMark[unit] = 0;
    mark[unit] = now;
  }

  /** A unit failed: its life is over. */
  void failed(int unit) {
    lifeLeft[unit] = Double.NaN;
  }

  /**
   * Sets a unit's pace from now on, keeping its age and its life left. True when it changed the
   * pace of a unit living a drawn life, whose failure is then due at {@link #due} instead.
   */
  boolean repace(int unit, double now, double newPace) {
    if (newPace == pace[unit]) {
      return false;
    }
    double spent = (now - mark[unit]) * pace[unit];
    ageAtMark[unit] += spent;
    mark[unit] = now;
    pace[unit] = newPace;
    if (Double.isNaN(lifeLeft[unit])) {
      return false;
    }
    lifeLeft[unit] = Math.max(0, lifeLeft[unit] - spent);
    return true;
  }

  /** When a unit living a drawn life fails at its pace, from its mark; NaN at pace 0. */
  double due(int unit, double now) {
    return pace[unit] > 0 ? now + lifeLeft[unit] / pace[unit] : Double.NaN;
  }
}
