package dev.nines.scenarios;

import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.YamlTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one scenario file while it is read and checked. */
final class Problems implements YamlTree.Sink {

  /**
   * Reading stops at this many problems: past it the rest are mostly consequences of the first, a
   * list of thousands helps nobody, and a hostile file must not make nines print megabytes.
   */
  static final int MAX_PROBLEMS = 100;

  /** Thrown by {@link #report} at {@link #MAX_PROBLEMS} to stop reading; the loader catches it. */
  static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany() {
      super(null, null, false, false);
    }
  }

  private final String file;
  private final List<Problem> found = new ArrayList<>();
  private final Set<String> places = new HashSet<>();
  private int reported;
  private boolean stopped;

  Problems(String file) {
    this.file = file;
  }

  /** A problem at a node of the file. */
  void at(Node node, String message, String hint) {
    report(node.at(), node.path(), message, hint);
  }

  /**
   * Adds a problem, unless one is already reported at the same place and path: a second problem at
   * one node is a consequence of the first (an alias read as an empty value, say) and only noise.
   *
   * @throws TooMany when this is problem {@link #MAX_PROBLEMS}
   */
  @Override
  public void report(Position at, String path, String message, String hint) {
    reported++;
    if (!places.add(at.line() + ":" + at.column() + ":" + path)) {
      return;
    }
    found.add(new Problem(file, at.line(), at.column(), path, message, hint));
    if (found.size() >= MAX_PROBLEMS) {
      stopped = true;
      throw new TooMany();
    }
  }

  /**
   * How many problems were reported, those left out as repeats included: readers compare it before
   * and after reading a part to learn whether the part had a problem, and a part whose only problem
   * repeats one at the same place (a value that was an alias, say) still had one.
   */
  int count() {
    return reported;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * All problems so far, sorted by line then column (stable for ties); after {@link TooMany}, with
   * a last one that says the list stops there.
   */
  ScenarioException exception() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    if (stopped) {
      sorted.add(new Problem(file, 0, 0, "", "stopped after " + MAX_PROBLEMS
          + " problems; there may be more", "fix these, then validate the file again"));
    }
    return new ScenarioException(sorted);
  }
}
