package dev.nines.scenarios;

/**
 * Values given on the command line ({@code --seed}, {@code --replications}, {@code --horizon}) that
 * replace the scenario file's own. A null field is not overridden.
 *
 * @param horizon in seconds
 */
public record Overrides(Long seed, Integer replications, Double horizon) {

  /** Nothing overridden. */
  public static final Overrides NONE = new Overrides(null, null, null);
}
