package dev.nines.scenarios;

import java.io.Serializable;

/**
 * Values given on the command line ({@code --seed}, {@code --replications}, {@code --horizon}) that
 * replace the scenario file's own, and {@code --force}, which runs a scenario even when its
 * expected number of events or its size in memory is beyond the limit. A null field is not
 * overridden.
 *
 * @param horizon in seconds
 * @param force run even a run that would take hours or much memory
 */
public record Overrides(Long seed, Integer replications, Double horizon, boolean force)
    implements Serializable {

  /** Nothing overridden. */
  public static final Overrides NONE = new Overrides(null, null, null, false);

  /** Overrides without {@code --force}. */
  public Overrides(Long seed, Integer replications, Double horizon) {
    this(seed, replications, horizon, false);
  }
}
