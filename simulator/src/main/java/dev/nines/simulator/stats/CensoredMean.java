package dev.nines.simulator.stats;

import dev.nines.simulator.Durations;

/**
 * The mean of a positive time (the time to first failure) observed once per replication, some
 * replications possibly censored: followed until a limit without the event. With every time seen,
 * the mean over all replications with a log-scale interval (no replication is dropped, and a
 * failure after the horizon counts as much as one before it). With some censored, the data bound
 * the mean only from below: E[T] ≥ E[min(T, C)], so the result is a one-sided bound, [lower end of
 * the interval of the mean of min(T, C), ∞), without an estimate, and says so.
 */
public final class CensoredMean {

  private CensoredMean() {}

  /**
   * @param times each replication's time, NaN where it was censored
   * @param censoredAt each replication's censoring time where {@code times} is NaN (ignored
   *     elsewhere)
   */
  public static ConfidenceInterval of(double[] times, double[] censoredAt, double level) {
    int n = times.length;
    double[] seen = new double[n];
    int censored = 0;
    double limit = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(times[i])) {
        if (!(censoredAt[i] >= 0)) {
          throw new IllegalArgumentException("replication " + i + " has neither a time nor a "
              + "censoring time");
        }
        censored++;
        seen[i] = censoredAt[i];
        limit = Math.min(limit, censoredAt[i]);
      } else {
        seen[i] = times[i];
      }
    }
    RatioEstimator mean = RatioEstimator.mean(seen);
    ConfidenceInterval interval = mean.interval(level, Scale.LOG);
    if (censored == 0) {
      return interval;
    }
    double low = Double.isNaN(interval.low()) ? mean.ratio() : interval.low();
    return new ConfidenceInterval(Double.NaN, low, Double.POSITIVE_INFINITY, n, level,
        censored + " of " + n + " not failed when followed to " + Durations.format(limit)
            + ": lower bound");
  }
}
