package dev.nines.cli;

import dev.nines.scenarios.Problem;
import dev.nines.scenarios.ScenarioException;
import java.io.PrintWriter;

/** Prints a bad file's problems, one per line, as {@code file:line:column: path: message (hint)}. */
final class Problems {

  private Problems() {}

  static void print(PrintWriter err, ScenarioException e) {
    for (Problem problem : e.problems()) {
      err.println(problem);
    }
    int n = e.problems().size();
    err.println(n == 1 ? "1 problem" : n + " problems");
    err.flush();
  }
}
