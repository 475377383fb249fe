package dev.nines.models.units;

/** Told when something it watches goes up or down: a unit, a structure gate. */
@FunctionalInterface
public interface StateListener {

  /** The watched thing became up ({@code up == true}) or down at {@code time}. */
  void changed(double time, boolean up);
}
