package dev.nines.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded. It carries every problem found, sorted by line and column; the
 * message lists them one per line. It is a user mistake, not a bug, so it records no stack trace.
 */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
