package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.DetectorAnalytics;
import dev.nines.models.detectors.DetectorObservation;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.Percentiles;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one heartbeat detector, under its name, over every unit it watches:
 * {@code detection-delay} (Σ seconds from a failure to its suspicion / Σ detections, over all
 * replications), its percentiles {@code detection-delay-p50} and {@code -p99} (over the delays of
 * all replications pooled, with a distribution-free order-statistic interval),
 * {@code missed-detections} (failures repaired before they were suspected, per replication),
 * {@code false-suspicions-per-year} (Σ suspicions of a unit that was up / Σ watched up time, per
 * year) and {@code false-suspicion-length} (Σ lengths / Σ suspicions that ended). The percentiles
 * pool all replications, so they carry no per-replication values.
 */
final class DetectorMetrics {

  private DetectorMetrics() {}

  static List<MetricResult> summarize(String detector, List<DetectorObservation> observations,
      double level, DetectorAnalytics analytics) {
    double[] delays = observations.stream().flatMapToDouble(o -> Arrays.stream(o.detectionDelays()))
        .toArray();
    double[] detections = values(observations, o -> o.detectionDelays().length);
    double[] delaySums = values(observations, o -> sum(o.detectionDelays()));
    double[] suspicions = values(observations, o -> o.falseSuspicions());
    double[] upYears = values(observations, o -> o.upTime() / Durations.YEAR);
    double[] ended = values(observations, o -> o.falseSuspicionLengths().length);
    double[] lengths = values(observations, o -> sum(o.falseSuspicionLengths()));
    double[] missed = values(observations, o -> o.missedDetections());
    return List.of(
        MetricResult.of(detector, "detection-delay", "s",
            Estimates.perEvent(delaySums, detections, level, "no failure detected"),
            analytics.detectionDelay(), values(observations, o -> mean(o.detectionDelays()))),
        MetricResult.of(detector, "detection-delay-p50", "s", percentile(delays, 0.50, level),
            analytics.detectionDelayP50()),
        MetricResult.of(detector, "detection-delay-p99", "s", percentile(delays, 0.99, level),
            analytics.detectionDelayP99()),
        MetricResult.of(detector, "missed-detections", "1", Estimates.countMean(missed, level),
            Analytic.NONE, missed),
        MetricResult.of(detector, "false-suspicions-per-year", "1",
            Estimates.rate(suspicions, upYears, level), analytics.falseSuspicionsPerYear(),
            values(observations, o -> o.upTime() > 0
                ? o.falseSuspicions() / (o.upTime() / Durations.YEAR) : Double.NaN)),
        MetricResult.of(detector, "false-suspicion-length", "s",
            Estimates.perEvent(lengths, ended, level, "no false suspicion ended"),
            analytics.falseSuspicionLength(),
            values(observations, o -> mean(o.falseSuspicionLengths()))));
  }

  /** A percentile of pooled durations with its order-statistic interval, never below 0. */
  static ConfidenceInterval percentile(double[] pooled, double p, double level) {
    return Percentiles.interval(pooled, p, level).within(0, Double.POSITIVE_INFINITY);
  }

  private static double[] values(List<DetectorObservation> observations,
      java.util.function.ToDoubleFunction<DetectorObservation> value) {
    return MetricResult.values(observations, value);
  }

  /** The mean of the values; NaN when there are none. */
  static double mean(double[] values) {
    return values.length == 0 ? Double.NaN : sum(values) / values.length;
  }

  static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
