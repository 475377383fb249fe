package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    double scale = name.endsWith("availability") ? 1 - m.mean() : Math.abs(m.mean());
    assertTrue(half / scale < NARROW, () -> scope + "/" + name + ": interval too wide, half-width "
        + half + " is " + (100 * half / scale) + " % of " + scale);
  }

  /**
   * The value worked out by hand lies in the interval and the interval is narrow, as {@link
   * #agrees(ExperimentResult, String, String)}, for figures the experiment gives no analytic value.
   */
  static void agrees(ExperimentResult result, String scope, String name, double expected) {
    MetricResult m = result.metric(scope, name);
    MetricResult withExpected = new MetricResult(m.scope(), m.name(), m.unit(), m.mean(), m.low(),
        m.high(), m.n(), expected, "worked out by hand");
    agrees(new ExperimentResult(result.scenario(), List.of(withExpected)), scope, name);
  }

  /** Availability, MTBF and MTTR of the scope all agree. */
  static void availabilityMtbfMttr(ExperimentResult result, String scope) {
    agrees(result, scope, "availability");
    agrees(result, scope, "mtbf");
    agrees(result, scope, "mttr");
  }
}
