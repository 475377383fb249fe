package dev.nines.benchmarks.coverage;

/**
 * How a case's units start each replication. Time averages (availability, failures per horizon,
 * crew utilization) have steady-state truths, which only a stationary start reaches without a
 * start-up bias at a finite horizon; transient figures such as A(t) are defined from all units new.
 */
public enum Start {
  /** Every unit new and up at time 0: the loader's default, so no {@code start} line is written. */
  NEW,
  /** Every unit in its stationary state at time 0: the scenario field {@code start: stationary}. */
  STATIONARY;

  /** The top-level YAML line that asks for this start (empty for the default). */
  String yamlLine() {
    return this == STATIONARY ? "start: stationary\n" : "";
  }

  /** The YAML spelling: {@code new} or {@code stationary}. */
  String word() {
    return this == STATIONARY ? "stationary" : "new";
  }
}
