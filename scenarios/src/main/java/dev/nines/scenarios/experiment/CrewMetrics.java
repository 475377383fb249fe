package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.CrewAnalytics;
import dev.nines.models.observe.CrewObservation;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.List;

/**
 * The figures of one repair crew, under the crew's name: {@code crew-utilization} (time-average
 * busy repairers / size), {@code crew-queue-length} (time-average failed units waiting) and
 * {@code crew-wait} (mean time from failure to the start of repair; replications where no repair
 * started are left out). Each is a mean over replications with its interval; the analytic values
 * come from the exact CTMC where there is one.
 */
final class CrewMetrics {

  private CrewMetrics() {}

  static List<MetricResult> summarize(String crew, List<CrewObservation> observations,
      double level, CrewAnalytics analytics) {
    return List.of(
        MetricResult.of(crew, "crew-utilization", "1",
            ConfidenceInterval.over(observations, CrewObservation::utilization, level),
            analytics.utilization()),
        MetricResult.of(crew, "crew-queue-length", "1",
            ConfidenceInterval.over(observations, CrewObservation::queueLength, level),
            analytics.queueLength()),
        MetricResult.of(crew, "crew-wait", "s",
            ConfidenceInterval.over(observations, CrewObservation::meanWait, level),
            analytics.meanWait()));
  }
}
