package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.CrewAnalytics;
import dev.nines.models.observe.CrewObservation;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one repair crew, under the crew's name: {@code crew-utilization} (time-average
 * busy repairers / size), {@code crew-queue-length} (time-average failed units waiting) and
 * {@code crew-wait} (mean time from failure to the start of repair; replications where no repair
 * started are left out). Each is a mean over replications with its interval. The analytic values come from the exact CTMC where there is one.
 */
final class CrewMetrics {

  private CrewMetrics() {}

  static List<MetricResult> summarize(String crew, List<CrewObservation> observations,
      double level, CrewAnalytics analytics) {
    return List.of(
        MetricResult.of(crew, "crew-utilization", "1",
            interval(observations, CrewObservation::utilization, level), analytics.utilization()),
        MetricResult.of(crew, "crew-queue-length", "1",
            interval(observations, CrewObservation::queueLength, level), analytics.queueLength()),
        MetricResult.of(crew, "crew-wait", "s",
            interval(observations, CrewObservation::meanWait, level), analytics.meanWait()));
  }

  private static ConfidenceInterval interval(List<CrewObservation> observations,
      ToDoubleFunction<CrewObservation> value, double level) {
    Tally tally = new Tally();
    for (CrewObservation o : observations) {
      double x = value.applyAsDouble(o);
      if (!Double.isNaN(x)) {
        tally.add(x);
      }
    }
    return tally.confidenceInterval(level);
  }
}
