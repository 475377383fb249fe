package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import java.util.List;

/**
 * Everything an experiment found: the scenario as run, its figures (system first), and the shapes
 * behind them that the charts draw.
 */
public record ExperimentResult(Scenario scenario, List<MetricResult> metrics, Details details) {

  public ExperimentResult {
    metrics = List.copyOf(metrics);
    java.util.Objects.requireNonNull(details, "details");
  }

  /** A result with figures only. */
  public ExperimentResult(Scenario scenario, List<MetricResult> metrics) {
    this(scenario, metrics, Details.NONE);
  }

  /** The figure with this scope and name. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream()
        .filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + scope + "/" + name));
  }
}
