package dev.nines.models.start;

/**
 * How the units of a replication start (the scenario's {@code start}).
 *
 * <ul>
 *   <li>{@link #NEW}: every unit new, up at the start of a fresh life (or in its chain's initial
 *       state). Time averages over a short horizon then lean towards the new state.
 *   <li>{@link #STATIONARY}: every unit in its stationary state, as if the system had been running
 *       for ever, so that every time-average figure is unbiased for the steady state at any
 *       horizon ({@link StartPlan} says how, and where the start is only approximate).
 * </ul>
 */
public enum Start {
  NEW,
  STATIONARY;

  /** The name in a scenario file: {@code new} or {@code stationary}. */
  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
