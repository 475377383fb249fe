package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.DetectorAnalytics;
import dev.nines.models.detectors.DetectorObservation;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.Percentiles;
import dev.nines.simulator.stats.Tally;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one heartbeat detector, under its name, over every unit it watches:
 * {@code detection-delay} (mean seconds from a failure to its suspicion), its percentiles
 * {@code detection-delay-p50} and {@code -p99} (over the delays of all replications, with an
 * order-statistic interval), {@code missed-detections} (failures repaired before they were
 * suspected, per replication), {@code false-suspicions-per-year} (suspicions of a unit that was up,
 * per watched unit and year of its up time) and {@code false-suspicion-length} (their mean length).
 * The percentiles pool the delays of all replications, so they carry no per-replication values.
 */
final class DetectorMetrics {

  private DetectorMetrics() {}

  static List<MetricResult> summarize(String detector, List<DetectorObservation> observations,
      double level, DetectorAnalytics analytics) {
    double[] delays = observations.stream().flatMapToDouble(o -> Arrays.stream(o.detectionDelays()))
        .toArray();
    return List.of(
        MetricResult.over(detector, "detection-delay", "s", observations,
            o -> mean(o.detectionDelays()), level, analytics.detectionDelay()),
        MetricResult.of(detector, "detection-delay-p50", "s",
            Percentiles.interval(delays, 0.50, level), analytics.detectionDelayP50()),
        MetricResult.of(detector, "detection-delay-p99", "s",
            Percentiles.interval(delays, 0.99, level), analytics.detectionDelayP99()),
        MetricResult.over(detector, "missed-detections", "1", observations,
            o -> o.missedDetections(), level, Analytic.NONE),
        MetricResult.over(detector, "false-suspicions-per-year", "1", observations,
            o -> o.upTime() > 0 ? o.falseSuspicions() / (o.upTime() / Durations.YEAR)
                : Double.NaN, level, analytics.falseSuspicionsPerYear()),
        MetricResult.over(detector, "false-suspicion-length", "s", observations,
            o -> mean(o.falseSuspicionLengths()), level, analytics.falseSuspicionLength()));
  }

  /** The mean of the values; NaN when there are none. */
  static double mean(double[] values) {
    Tally tally = new Tally();
    for (double v : values) {
      tally.add(v);
    }
    return values.length == 0 ? Double.NaN : tally.mean();
  }
}
