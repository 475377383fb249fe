package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.observe.CrewObservation;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one repair crew, under the crew's name: {@code crew-utilization} (time-average
 * busy repairers / size), {@code crew-queue-length} (time-average failed units waiting) and
 * {@code crew-wait} (mean time from failure to the start of repair; replications where no repair
 * started are left out). Each is a mean over replications with its interval. No analytic value yet.
 */
final class CrewMetrics {

  private CrewMetrics() {}

  static List<MetricResult> summarize(String crew, List<CrewObservation> observations,
      double level) {
    return List.of(
        MetricResult.of(crew, "crew-utilization", "1",
            interval(observations, CrewObservation::utilization, level), Analytic.NONE),
        MetricResult.of(crew, "crew-queue-length", "1",
            interval(observations, CrewObservation::queueLength, level), Analytic.NONE),
        MetricResult.of(crew, "crew-wait", "s",
            interval(observations, CrewObservation::meanWait, level), Analytic.NONE));
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
