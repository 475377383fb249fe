package dev.nines.scenarios.sweep;

import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;
import java.util.Objects;

/**
 * What a sweep found at one point: its figures over the replications run there, whether it meets
 * every target (null when an interval straddles one, so the data cannot decide), and its cost.
 *
 * @param meets true when every target's interval lies on the right side, false when one lies on
 *     the wrong side, null when undecided or no target was given
 * @param cost the cost expression's value, or NaN without one
 */
public record PointResult(Point point, int replications, List<MetricResult> metrics,
    Boolean meets, double cost) {

  public PointResult {
    Objects.requireNonNull(point, "point");
    metrics = List.copyOf(metrics);
  }

  /** The figure with this scope and name, or null. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream().filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst().orElse(null);
  }
}
