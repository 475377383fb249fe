package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.CrewAnalytics;
import dev.nines.models.observe.CrewObservation;
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
        MetricResult.over(crew, "crew-utilization", "1", observations,
            CrewObservation::utilization, level, analytics.utilization()),
        MetricResult.over(crew, "crew-queue-length", "1", observations,
            CrewObservation::queueLength, level, analytics.queueLength()),
        MetricResult.over(crew, "crew-wait", "s", observations, CrewObservation::meanWait, level,
            analytics.meanWait()));
  }
}
