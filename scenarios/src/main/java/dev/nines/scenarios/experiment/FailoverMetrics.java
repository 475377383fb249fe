package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.QuorumAnalytics;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.analytics.StandbyFailover;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.Estimates;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures that only standbys and quorums have, under their names (their availability, MTBF and
 * the rest come from {@link ScopeMetrics}). A standby: {@code switchovers} (started),
 * {@code failed-switchovers}, {@code needless-switchovers} (started by a false suspicion), and its
 * downtime per year split by cause: {@code downtime-undetected}, {@code downtime-switching},
 * {@code downtime-no-spare}, {@code downtime-repair}, each beside its failover chain's value
 * ({@code StandbyFailover}). A quorum: {@code majority-availability} (a
 * majority up, beside the k-of-n formula), {@code elections} (won), {@code election-time} with its
 * percentiles and maximum over all replications, and its downtime per year from elections and from
 * a lost majority; the election figures beside {@code ElectionTime}'s order statistics where its
 * assumptions hold. Counts are per replication (never negative; a one-sided bound when none
 * happened); shares are ratios of sums over all replications (README, "How figures are
 * estimated"). The percentiles and maximum pool all replications, so they carry no
 * per-replication values.
 */
final class FailoverMetrics {

  private FailoverMetrics() {}

  static List<MetricResult> standby(String scope, List<StandbyObservation> observations,
      double level, double observed, StandbyFailover.Downtime analytic) {
    return List.of(
        count(scope, "switchovers", observations, StandbyObservation::switchovers, level),
        count(scope, "failed-switchovers", observations, StandbyObservation::failedSwitchovers,
            level),
        count(scope, "needless-switchovers", observations,
            StandbyObservation::needlessSwitchovers, level),
        perYear(scope, "downtime-undetected", observations,
            StandbyObservation::downUndetected, observed, level, analytic.undetected()),
        perYear(scope, "downtime-switching", observations, StandbyObservation::downSwitching,
            observed, level, analytic.switching()),
        perYear(scope, "downtime-no-spare", observations, StandbyObservation::downNoSpare,
            observed, level, analytic.noSpare()),
        perYear(scope, "downtime-repair", observations, StandbyObservation::downRepair,
            observed, level, analytic.repair()));
  }

  static List<MetricResult> quorum(String scope, List<QuorumObservation> observations,
      double level, double observed, ScopeAnalytics majority, QuorumAnalytics elections) {
    double[] times = observations.stream().flatMapToDouble(o -> Arrays.stream(o.electionTimes()))
        .toArray();
    double max = Arrays.stream(times).max().orElse(Double.NaN);
    return List.of(
        MetricResult.of(scope, "majority-availability", "1",
            Estimates.share(values(observations, o -> o.observedTime() - o.majorityUpTime()),
                values(observations, QuorumObservation::observedTime), level)
                .mapDecreasing(x -> 1 - x),
            majority.availability(),
            values(observations, o -> o.majorityUpTime() / o.observedTime())),
        count(scope, "elections", observations, QuorumObservation::elections, level,
            elections.electionRate().map(f -> f * observed,
                "f·T, f = " + elections.electionRate().formula())),
        MetricResult.of(scope, "election-time", "s",
            Estimates.perEvent(values(observations, o -> DetectorMetrics.sum(o.electionTimes())),
                values(observations, o -> o.electionTimes().length), level, "no election"),
            elections.electionTime(),
            values(observations, o -> DetectorMetrics.mean(o.electionTimes()))),
        MetricResult.of(scope, "election-time-p50", "s",
            DetectorMetrics.percentile(times, 0.50, level), elections.electionTimeP50()),
        MetricResult.of(scope, "election-time-p99", "s",
            DetectorMetrics.percentile(times, 0.99, level), elections.electionTimeP99()),
        new MetricResult(scope, "election-time-max", "s", max, Double.NaN, Double.NaN,
            times.length, null, null),
        perYear(scope, "downtime-election", observations, QuorumObservation::downElection,
            observed, level, elections.electionDownFraction().map(x -> x * Durations.YEAR,
                "1y × " + elections.electionDownFraction().formula())),
        perYear(scope, "downtime-no-majority", observations, QuorumObservation::downNoMajority,
            observed, level, majority.unavailability().map(x -> x * Durations.YEAR,
                "1y × " + majority.unavailability().formula())));
  }

  private static <T> MetricResult count(String scope, String name, List<T> observations,
      ToDoubleFunction<T> value, double level) {
    return count(scope, name, observations, value, level, Analytic.NONE);
  }

  private static <T> MetricResult count(String scope, String name, List<T> observations,
      ToDoubleFunction<T> value, double level, Analytic analytic) {
    double[] counts = values(observations, value);
    return MetricResult.of(scope, name, "1", Estimates.countMean(counts, level), analytic,
        counts);
  }

  /** Seconds of a kind of downtime per year: a share of the observed time, scaled to a year. */
  private static <T> MetricResult perYear(String scope, String name, List<T> observations,
      ToDoubleFunction<T> seconds, double observed, double level) {
    return perYear(scope, name, observations, seconds, observed, level, Analytic.NONE);
  }

  private static <T> MetricResult perYear(String scope, String name, List<T> observations,
      ToDoubleFunction<T> seconds, double observed, double level, Analytic analytic) {
    double[] down = values(observations, seconds);
    double[] window = values(observations, o -> observed);
    return MetricResult.of(scope, name, "s",
        Estimates.share(down, window, level).map(x -> x * Durations.YEAR), analytic,
        values(observations, o -> seconds.applyAsDouble(o) / observed * Durations.YEAR));
  }

  private static <T> double[] values(List<T> observations, ToDoubleFunction<T> value) {
    return MetricResult.values(observations, value);
  }
}
