package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import java.util.List;

/** Everything an experiment found: the scenario as run and its figures, system first. */
public record ExperimentResult(Scenario scenario, List<MetricResult> metrics) {

  public ExperimentResult {
    metrics = List.copyOf(metrics);
  }

  /** The figure with this scope and name. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream()
        .filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + scope + "/" + name));
  }
}
