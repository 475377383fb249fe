package dev.nines.cli;

import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.Precision;
import dev.nines.scenarios.experiment.RunLoop;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code nines run} estimates its figures and when it stops: {@code --method} (the mixin
 * {@link MethodOption}, which {@code sweep} takes too), {@code --precision} and
 * {@code --max-replications}. A picocli mixin; the values are read as text and checked by {@link #problem}, so a bad one gets a one-line reason and a hint (exit status 2).
 */
final class MethodOptions {

  /** The most replications a run with {@code --precision} takes unless told otherwise. */
  static final int DEFAULT_MAX_REPLICATIONS = RunLoop.MAX_REPLICATIONS;

  @Mixin MethodOption method;

  @Option(names = "--precision", paramLabel = "GOAL",
      description = "Run replications in batches (the scenario's count, then doubling) until the "
          + "system's unavailability is this precise: a percentage is a relative half-width "
          + "(half the interval over the estimate), a number a half-width, e.g. --precision 10%% "
          + "or --precision 1e-6.")
  String precision;

  @Option(names = "--max-replications", paramLabel = "N",
      description = "With --precision, stop after at most N replications, marked incomplete if the "
          + "goal is not met (default: " + DEFAULT_MAX_REPLICATIONS + "), e.g. "
          + "--max-replications 5000.")
  Integer maxReplications;

  @Option(names = "--control-variates",
      description = "Correct the system's availability figures of plain simulation by its groups' "
          + "own unit unavailability, whose expectation is known exactly (units repaired "
          + "independently, started stationary or with exponential laws): the same replications, "
          + "a narrower interval, the variance ratio in the note.")
  boolean controlVariates;

  private Method parsedMethod;
  private Precision goal;

  /**
   * A message with a hint when an option is not usable, else null (the values are then read).
   *
   * @param force {@code --force}: more than {@link RunLoop#MAX_REPLICATIONS} replications allowed
   */
  String problem(String command, boolean force) {
    try {
      parsedMethod = method.parse();
    } catch (IllegalArgumentException e) {
      return "nines " + command + ": " + e.getMessage();
    }
    if (controlVariates && parsedMethod != Method.AUTO && parsedMethod != Method.CRUDE) {
      return "nines " + command + ": --control-variates corrects plain simulation, not --method "
          + parsedMethod.text() + "\n  hint: drop one of the two options";
    }
    if (precision != null) {
      try {
        goal = Precision.parse(precision);
      } catch (IllegalArgumentException e) {
        return "nines " + command + ": --precision: " + e.getMessage();
      }
      if (!goal.relative() && goal.value() >= 1) {
        return "nines " + command + ": --precision: " + precision + " as a half-width of the "
            + "unavailability (a share between 0 and 1) bounds nothing\n"
            + "  hint: for a relative half-width write a percentage, e.g. --precision "
            + precision.trim() + "%";
      }
    }
    if (maxReplications != null) {
      if (precision == null) {
        return "nines " + command + ": --max-replications limits a run with --precision\n"
            + "  hint: add --precision 10% (say), or set the number of replications with "
            + "--replications N";
      }
      if (maxReplications < 2) {
        return "nines " + command + ": --max-replications must be at least 2, got "
            + maxReplications;
      }
      if (maxReplications > RunLoop.MAX_REPLICATIONS && !force) {
        return "nines " + command + ": --max-replications " + maxReplications + " is more than "
            + "the limit of " + RunLoop.MAX_REPLICATIONS + ": the figures of every replication "
            + "are kept until the run ends\n"
            + "  hint: use --force with memory to match, e.g. JAVA_TOOL_OPTIONS=-Xmx16g";
      }
    }
    return null;
  }

  /** The method asked for (after {@link #problem}). */
  Method method() {
    return parsedMethod;
  }

  /** The precision goal, or null for the scenario's replications only (after {@link #problem}). */
  Precision goal() {
    return goal;
  }

  /** The most replications with a precision. */
  int maxReplications() {
    return maxReplications == null ? DEFAULT_MAX_REPLICATIONS : maxReplications;
  }
}
