package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.CrewAnalytics;
import dev.nines.models.observe.CrewObservation;
import dev.nines.simulator.stats.Estimates;
import java.util.List;

/**
 * The figures of one repair crew, under the crew's name: {@code crew-utilization} (time-average
 * busy repairers / size, a share), {@code crew-queue-length} (time-average failed units waiting)
 * and {@code crew-wait} (Σ time from failure to the start of repair / Σ repairs started, over all
 * replications: a ratio of sums, so a replication with few repairs weighs little and none is
 * dropped). The analytic values come from the exact CTMC where there is one.
 */
final class CrewMetrics {

  private CrewMetrics() {}

  static List<MetricResult> summarize(String crew, List<CrewObservation> observations,
      double level, CrewAnalytics analytics) {
    double[] utilization = MetricResult.values(observations, CrewObservation::utilization);
    double[] queue = MetricResult.values(observations, CrewObservation::queueLength);
    double[] repairs = MetricResult.values(observations, o -> o.repairsStarted());
    double[] waiting = MetricResult.values(observations,
        o -> o.repairsStarted() == 0 ? 0 : o.meanWait() * o.repairsStarted());
    double[] ones = MetricResult.values(observations, o -> 1);
    return List.of(
        MetricResult.of(crew, "crew-utilization", "1",
            Estimates.share(utilization, ones, level), analytics.utilization(), utilization),
        MetricResult.of(crew, "crew-queue-length", "1", Estimates.positiveMean(queue, level),
            analytics.queueLength(), queue),
        MetricResult.of(crew, "crew-wait", "s",
            Estimates.perEvent(waiting, repairs, level, "no repair started"),
            analytics.meanWait(), MetricResult.values(observations, CrewObservation::meanWait)));
  }
}
