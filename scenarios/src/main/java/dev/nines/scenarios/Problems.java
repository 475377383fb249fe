package dev.nines.scenarios;

import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.YamlTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one scenario file while it is read and checked. */
final class Problems implements YamlTree.Sink {

  private final String file;
  private final List<Problem> found = new ArrayList<>();

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
   */
  @Override
  public void report(Position at, String path, String message, String hint) {
    for (Problem p : found) {
      if (p.line() == at.line() && p.column() == at.column() && p.path().equals(path)) {
        return;
      }
    }
    found.add(new Problem(file, at.line(), at.column(), path, message, hint));
  }

  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** All problems so far, sorted by line then column (stable for ties). */
  ScenarioException exception() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new ScenarioException(sorted);
  }
}
