package dev.nines.scenarios.yaml;

/**
 * Where something is in a scenario file: 1-based line and column. {@link #NONE} (line 0) stands for
 * values that come from no place in the file, such as command-line overrides and defaults.
 */
public record Position(int line, int column) {

  /** No place in the file. */
  public static final Position NONE = new Position(0, 0);

  /** True when this points into the file. */
  public boolean known() {
    return line > 0;
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
