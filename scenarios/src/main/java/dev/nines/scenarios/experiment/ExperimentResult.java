package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import java.util.List;

/**
 * Everything an experiment found: the scenario as run, its figures (system first), and the shapes
 * behind them that the charts draw.
 *
 * @param incomplete null for a run that finished; for a run stopped early (Ctrl-C, --timeout,
 *     --max-events) or that did not reach its {@code --precision}, why and how far it got; its
 *     scenario then has the replications that finished
 * @param method the method the run used and why ({@code nines run}), or null where not said
 * @param precision how a run with {@code --precision} ended, or null without one
 */
public record ExperimentResult(Scenario scenario, List<MetricResult> metrics, Details details,
    String incomplete, MethodChoice method, PrecisionOutcome precision) {

  public ExperimentResult {
    metrics = List.copyOf(metrics);
    java.util.Objects.requireNonNull(details, "details");
  }

  /** A result that does not say its method or precision. */
  public ExperimentResult(Scenario scenario, List<MetricResult> metrics, Details details,
      String incomplete) {
    this(scenario, metrics, details, incomplete, null, null);
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
    return new ExperimentResult(scenario, metrics, details, why, method, precision);
  }

  /** The same result, saying the method it was made with. */
  public ExperimentResult withMethod(MethodChoice choice) {
    return new ExperimentResult(scenario, metrics, details, incomplete, choice, precision);
  }

  /** The same result, saying how its precision goal ended. */
  public ExperimentResult withPrecision(PrecisionOutcome outcome) {
    return new ExperimentResult(scenario, metrics, details, incomplete, method, outcome);
  }

  /** The figure with this scope and name. */
  public MetricResult metric(String scope, String name) {
    return metrics.stream()
        .filter(m -> m.scope().equals(scope) && m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + scope + "/" + name));
  }
}
