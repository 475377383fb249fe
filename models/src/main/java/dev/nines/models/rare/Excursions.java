package dev.nines.models.rare;

import dev.nines.simulator.rare.WeightDiagnostics;

/**
 * How a rare-event method estimates an excursion: from the state at its start (every unit up and
 * one about to fail, or already degraded at time 0), an unbiased estimate of the excursion's
 * expected down time and system failures inside the observed window, given that state. The main
 * trajectory ({@link MainTrajectory}) sums them over its excursions. Importance sampling runs biased
 * branches ({@link ImportanceSampling}); splitting runs stages of plain trajectories between
 * levels ({@link Splitting}).
 */
interface Excursions {

  /**
   * An excursion's estimate.
   *
   * @param downTime the estimated down time in the window
   * @param failures the estimated system failures in the window
   * @param diagnostics the contributions behind it ({@link WeightDiagnostics})
   */
  record Estimate(double downTime, double failures, WeightDiagnostics diagnostics) {}

  /**
   * Estimates the excursion starting from the state, which it does not change.
   *
   * @param failing the unit that fails at the state's instant (the excursion's first failure), or
   *     −1 when the state is already degraded
   */
  Estimate estimate(SystemState start, int failing);
}
