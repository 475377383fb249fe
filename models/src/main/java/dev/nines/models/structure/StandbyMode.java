package dev.nines.models.structure;

/**
 * How a standby's spares wait (DESIGN.md §3): a hot spare runs and ages like the active unit, a warm
 * spare ages at its dormancy factor (0..1) of that pace, a cold spare is off and cannot fail.
 */
public enum StandbyMode {
  HOT,
  WARM,
  COLD;

  /** The word used in scenario files: {@code hot}, {@code warm}, {@code cold}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
