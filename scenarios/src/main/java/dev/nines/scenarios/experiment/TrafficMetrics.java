package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.traffic.TrafficObservation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The request-level figures (DESIGN.md §5), under the scope {@code traffic}: {@code throughput}
 * (served requests per second), {@code success-ratio} (the request-level availability),
 * {@code drop-ratio}, the counts {@code drops}, {@code timeouts}, {@code lost} and {@code retries}
 * per replication, {@code response-time} (mean, of served requests, retries included) and its
 * percentiles {@code response-p50}, {@code -p95}, {@code -p99}, {@code -p999}, {@code utilization}
 * and {@code queue-length} (means over the servers), and for hash balancers {@code keys-moved}. Then
 * each server's {@code utilization} and {@code queue-length} under its unit's name.
 */
public final class TrafficMetrics {

  /** The scope of request-level figures. */
  public static final String SCOPE = "traffic";

  /** One figure: its name, unit and value in a replication. */
  public record Figure(String name, String unit, ToDoubleFunction<TrafficObservation> value) {}

  private TrafficMetrics() {}

  /** The traffic-scope figures, with {@code keys-moved} for hash balancers. */
  public static List<Figure> figures(boolean keys) {
    List<Figure> figures = new ArrayList<>(List.of(
        new Figure("throughput", "1/s", TrafficObservation::throughput),
        new Figure("success-ratio", "1", TrafficObservation::successRatio),
        new Figure("drop-ratio", "1", TrafficObservation::dropRatio),
        new Figure("drops", "1", o -> o.dropped()),
        new Figure("timeouts", "1", o -> o.timedOut()),
        new Figure("lost", "1", o -> o.lost()),
        new Figure("retries", "1", o -> o.retries()),
        new Figure("response-time", "s", TrafficObservation::responseMean),
        new Figure("response-p50", "s", o -> o.responsePercentiles()[0]),
        new Figure("response-p95", "s", o -> o.responsePercentiles()[1]),
        new Figure("response-p99", "s", o -> o.responsePercentiles()[2]),
        new Figure("response-p999", "s", o -> o.responsePercentiles()[3]),
        new Figure("utilization", "1", TrafficObservation::meanUtilization),
        new Figure("queue-length", "1", TrafficObservation::meanQueueLength)));
    if (keys) {
      figures.add(new Figure("keys-moved", "1",
          o -> o.keysMoved().length == 0 ? Double.NaN : Arrays.stream(o.keysMoved()).average()
              .orElseThrow()));
    }
    return figures;
  }

  /**
   * Summarizes the replications' traffic.
   *
   * @param servers the servers' unit names, in index order
   * @param alike whether the balancer treats the servers alike, so each has the mean's formula
   */
  static List<MetricResult> summarize(List<TrafficObservation> observations,
      TrafficAnalytics analytics, List<String> servers, boolean keys, boolean alike,
      double level) {
    List<MetricResult> metrics = new ArrayList<>();
    for (Figure f : figures(keys)) {
      metrics.add(MetricResult.over(SCOPE, f.name(), f.unit(), observations, f.value(), level,
          analytic(f.name(), analytics)));
    }
    for (int i = 0; i < servers.size(); i++) {
      int index = i;
      metrics.add(MetricResult.over(servers.get(i), "utilization", "1", observations,
          o -> o.utilization()[index], level,
          alike ? quiet(analytics.utilization()) : Analytic.NONE));
      metrics.add(MetricResult.over(servers.get(i), "queue-length", "1", observations,
          o -> o.queueLength()[index], level,
          alike ? quiet(analytics.queueLength()) : Analytic.NONE));
    }
    return metrics;
  }

  /** The value and formula, or nothing: the traffic's rows already say why there is none. */
  private static Analytic quiet(Analytic a) {
    return a.hasValue() ? a : Analytic.NONE;
  }

  /** The formula for a traffic-scope figure, by name. */
  static Analytic analytic(String name, TrafficAnalytics a) {
    switch (name) {
      case "throughput": return a.throughput();
      case "success-ratio": return a.successRatio();
      case "drop-ratio": return a.dropRatio();
      case "response-time": return a.responseTime();
      case "response-p50": return a.responsePercentiles()[0];
      case "response-p95": return a.responsePercentiles()[1];
      case "response-p99": return a.responsePercentiles()[2];
      case "response-p999": return a.responsePercentiles()[3];
      case "utilization": return a.utilization();
      case "queue-length": return a.queueLength();
      case "keys-moved": return a.keysMoved();
      default: return Analytic.NONE;
    }
  }
}
