package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.scenarios.Scenario;

/**
 * Which figures a method gives: plain simulation every figure of the scenario; importance sampling
 * and splitting the system's availability figures ({@link RareEventRunner#FIGURES}) and every
 * other scope's figures from the plain simulation of the same replications, but not the system's
 * MTTF or outage percentiles, nor the down-state figures of its standbys and quorums
 * ({@link RareEventRunner#DOWN_STATE}). A sweep asks before it runs a point whose
 * {@code --target} names a figure, so that {@code --method auto} takes plain simulation there
 * instead, and says why.
 */
public final class MethodFigures {

  private MethodFigures() {}

  /**
   * Null when {@code method} gives the figure {@code name} of {@code scope} of the scenario, else
   * why not, in the words of {@link MethodChoice#why}: {@code it gives no figure system.mttf}.
   */
  public static String missing(Method method, Scenario scenario, String scope, String name) {
    boolean gives = switch (method) {
      case IMPORTANCE, SPLITTING -> scope.equals(AvailabilitySimulation.SYSTEM)
          ? RareEventRunner.FIGURES.contains(name)
          : !(RareEventRunner.rareScopes(scenario).contains(scope)
              && RareEventRunner.DOWN_STATE.contains(name));
      case CRUDE, AUTO -> true;
    };
    return gives ? null : "it gives no figure " + scope + "." + name;
  }
}
