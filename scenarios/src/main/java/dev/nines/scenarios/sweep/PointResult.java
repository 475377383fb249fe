package dev.nines.scenarios.sweep;

import dev.nines.scenarios.experiment.MethodChoice;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;
import java.util.Objects;

/**
 * What a sweep found at one point: its figures over the replications run there, whether it meets
 * every target (null when an interval straddles one, so the data cannot decide), its cost, and the
 * method its figures come from.
 *
 * @param meets true when every target's interval lies on the right side, false when one lies on
 *     the wrong side, null when undecided or no target was given
 * @param cost the cost expression's value, or NaN without one
 * @param method the method the point ran with and why ({@link Sweep#plan}); null where not said
 *     (a point read from a log written before sweeps chose methods)
 */
public record PointResult(Point point, int replications, List<MetricResult> metrics,
    Boolean meets, double cost, MethodChoice method) {

  public PointResult {
    Objects.requireNonNull(point, "point");
    metrics = List.copyOf(metrics);
  }

  /** A result that does not say its method. */
  public PointResult(Point point, int replications, List<MetricResult> metrics, Boolean meets,
      double cost) {
    this(point, replications, metrics, meets, cost, null);
  }

  /** The same result, saying the method it was made with. */
  public PointResult withMethod(MethodChoice choice) {
    return new PointResult(point, replications, metrics, meets, cost, choice);
  }

  /** The figure with this scope and name, or null. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream().filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst().orElse(null);
  }
}
