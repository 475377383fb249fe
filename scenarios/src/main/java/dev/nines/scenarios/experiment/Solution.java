package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import java.util.List;

/**
 * The analytic answer to a scenario, without simulation ({@code nines solve}).
 *
 * @param states the number of states of the exact chain, 0 when there is none
 * @param chainReason why there is no exact chain, or null
 * @param figures the steady-state figures per scope, system first
 * @param overTime system availability A(t) at the requested times (needs the chain)
 * @param probabilities the steady-state probability of every chain state (when asked for)
 */
public record Solution(
    Scenario scenario,
    int states,
    String chainReason,
    List<Figure> figures,
    List<Point> overTime,
    List<StateProbability> probabilities) {

  public Solution {
    figures = List.copyOf(figures);
    overTime = List.copyOf(overTime);
    probabilities = List.copyOf(probabilities);
  }

  /** One analytic figure; value null where no formula applies (the formula may say why). */
  public record Figure(String scope, String name, String unit, Double value, String formula) {}

  /**
   * System availability A(t) and unavailability U(t) at time t (seconds), as written by the user
   * ({@code label}); U(t) is summed over the down states, not taken as 1 − A(t).
   */
  public record Point(String label, double time, double availability, double unavailability) {}

  /** One state of the chain, described in words, with its steady-state probability. */
  public record StateProbability(String state, boolean up, double probability) {}
}
