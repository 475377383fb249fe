package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import java.util.List;

/**
 * Everything an experiment found: the scenario as run, its figures (system first), and the shapes
 * behind them that the charts draw.
 *
 * @param incomplete null for a run that finished; for a run stopped early (Ctrl-C, --timeout,
 *     --max-events), why and how far it got; its scenario then has the replications that finished
 */
public record ExperimentResult(Scenario scenario, List<MetricResult> metrics, Details details,
    String incomplete) {

  public ExperimentResult {
    metrics = List.copyOf(metrics);
    java.util.Objects.requireNonNull(details, "details");
  }

  /** A result of a run that finished. */
  public ExperimentResult(Scenario scenario, List<MetricResult> metrics, Details details) {
    this(scenario, metrics, details, null);
  }

  /** A result with figures only. */
  public ExperimentResult(Scenario scenario, List<MetricResult> metrics) {
    this(scenario, metrics, Details.NONE);
  }

  /** The same result, marked as stopped early. */
  public ExperimentResult stoppedEarly(String why) {
    return new ExperimentResult(scenario, metrics, details, why);
  }

  /** The figure with this scope and name. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream()
        .filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + scope + "/" + name));
  }
}
