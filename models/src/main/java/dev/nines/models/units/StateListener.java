package dev.nines.models.units;

/** Told when something it watches goes up or down: a unit, a structure gate. */
@FunctionalInterface
public interface StateListener {

  /** The watched thing became up ({@code up == true}) or down at {@code time}. */
  void changed(double time, boolean up);

  /**
   * The watched thing starts the run down, at {@code time} (the start, before any event fires).
   * Nothing failed: a listener that counts failures should only note the state. By default this is
   * treated as a change to down, which is right for listeners that only count what is up.
   */
  default void startsDown(double time) {
    changed(time, false);
  }
}
