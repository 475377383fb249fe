package dev.nines.scenarios.experiment;

import java.util.Objects;

/**
 * How a run with {@code --precision} ended: its goal, whether the system's unavailability met it,
 * and the half-width it reached over the replications kept.
 *
 * @param achieved in the goal's terms ({@link Precision#achieved}): relative for a relative goal;
 *     infinite when it cannot be judged (no failure seen, or an interval of no width)
 * @param reached the same in words ({@link Precision#reached}): {@code 8.12 %}, or why unknown
 */
public record PrecisionOutcome(Precision goal, boolean met, double achieved, String reached) {

  public PrecisionOutcome {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(reached, "reached");
  }

  /**
   * One line for the table: {@code precision: relative half-width of the unavailability 8.12 %,
   * goal 10 %: met}.
   */
  public String line() {
    return "precision: " + goal.kind() + " of the unavailability " + reached + ", goal "
        + goal.text() + ": " + (met ? "met" : "NOT met");
  }
}
