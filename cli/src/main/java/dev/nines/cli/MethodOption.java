package dev.nines.cli;

import dev.nines.scenarios.experiment.Method;
import picocli.CommandLine.Option;

/**
 * {@code --method}: how a run, or each point of a sweep, estimates its figures. A picocli mixin
 * shared by {@code run} ({@link MethodOptions}) and {@code sweep}, so both take the same words
 * with the same help.
 */
final class MethodOption {

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
      description = "auto, crude, importance or splitting (default: ${DEFAULT-VALUE}): crude is "
          + "plain simulation; importance and splitting are rare-event methods; auto chooses by "
          + "the expected number of system failures per replication, and says which on stderr. "
          + "E.g. --method crude.")
  String method;

  /**
   * The method named.
   *
   * @throws IllegalArgumentException with a did-you-mean and the list of methods, prefixed
   *     {@code --method: }
   */
  Method parse() {
    try {
      return Method.parse(method);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--method: " + e.getMessage(), e);
    }
  }
}
