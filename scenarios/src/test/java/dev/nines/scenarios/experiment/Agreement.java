package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assertions of DESIGN.md §7: the analytic value lies in the simulated confidence interval, and the
 * interval is narrow, so a wide interval cannot pass by containing everything.
 */
final class Agreement {

  /** Largest accepted half-width relative to the figure (for availability: to the unavailability). */
  static final double NARROW = 0.01;

  private Agreement() {}

  /** The analytic value lies in the interval and the interval's relative half-width is below 1 %. */
  static void agrees(ExperimentResult result, String scope, String name) {
    MetricResult m = result.metric(scope, name);
    assertNotNull(m.analytic(), () -> scope + "/" + name + " has no analytic value: " + m);
    assertTrue(m.analyticInInterval(), () -> scope + "/" + name + ": analytic " + m.analytic()
        + " outside [" + m.low() + ", " + m.high() + "]");
    double half = (m.high() - m.low()) / 2;
    // Availability is near 1: its interval must be narrow against the unavailability 1 - A.
    double scale = name.equals("availability") ? 1 - m.mean() : Math.abs(m.mean());
    assertTrue(half / scale < NARROW, () -> scope + "/" + name + ": interval too wide, half-width "
        + half + " is " + (100 * half / scale) + " % of " + scale);
  }

  /** Availability, MTBF and MTTR of the scope all agree. */
  static void availabilityMtbfMttr(ExperimentResult result, String scope) {
    agrees(result, scope, "availability");
    agrees(result, scope, "mtbf");
    agrees(result, scope, "mttr");
  }
}
