package dev.nines.cli;

import dev.nines.scenarios.Problem;
import dev.nines.scenarios.ScenarioWarnings;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints a loaded scenario's warnings ({@link ScenarioWarnings}) on stderr, one a line, as
 * {@code warning: file:line:column: path: message (hint)}. A warning changes neither the run nor
 * the exit status: the scenario is valid, it only probably does not say what was meant.
 */
final class Warnings {

  private Warnings() {}

  static void print(PrintWriter err, Path file) {
    for (Problem warning : ScenarioWarnings.of(file)) {
      err.println("warning: " + warning);
    }
    err.flush();
  }
}
