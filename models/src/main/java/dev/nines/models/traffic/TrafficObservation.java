package dev.nines.models.traffic;

import java.io.Serializable;

/**
 * What one replication's traffic saw, counting the requests that arrived after the warm-up and were
 * settled by the horizon. Each such request ends once: served, dropped, timed out or lost (its last
 * attempt decides); {@code retries} counts their attempts after the first.
 *
 * @param observed length of the observed window, seconds
 * @param responseMean mean response time of the served requests, from arrival to answer (retries
 *     included); NaN when none was served
 * @param responsePercentiles response-time p50, p95, p99 and p99.9 of the served requests (from a
 *     histogram with 3 significant digits: within 0.1 %); NaN when none was served
 * @param utilization per server, mean share of its workers busy
 * @param queueLength per server, mean number of requests waiting
 * @param inSystem mean number of requests at all servers, in service or waiting
 * @param keysMoved for hash balancers, the share of keys that moved each time a server left
 * @param responseQuantiles response time of the served requests at each of {@link #QUANTILE_LEVELS}
 *     (from the same histogram as the percentiles); NaN when none was served
 * @param bucketWidth length of each of the {@link #BUCKETS} equal buckets the observed window is cut
 *     into, seconds
 * @param requestsByBucket per bucket, the requests counted above that arrived in it
 * @param servedByBucket per bucket, those of them that were served (in the end, retries included)
 */
public record TrafficObservation(
    long requests,
    long served,
    long dropped,
    long timedOut,
    long lost,
    long retries,
    double observed,
    double responseMean,
    double[] responsePercentiles,
    double[] utilization,
    double[] queueLength,
    double inSystem,
    double[] keysMoved,
    double[] responseQuantiles,
    double bucketWidth,
    long[] requestsByBucket,
    long[] servedByBucket) implements Serializable {

  /** The percentiles in {@link #responsePercentiles}, in per cent. */
  public static final double[] PERCENTILES = {50, 95, 99, 99.9};

  /** The levels of {@link #responseQuantiles}: 0, 0.01, ..., 0.99, then 0.995 and 0.999. */
  public static final double[] QUANTILE_LEVELS = quantileLevels();

  /** The number of equal buckets the observed window is cut into, by arrival time. */
  public static final int BUCKETS = 120;

  /** Served requests per second. */
  public double throughput() {
    return served / observed;
  }

  /** Share of requests served: the request-level availability; NaN when none came. */
  public double successRatio() {
    return requests == 0 ? Double.NaN : (double) served / requests;
  }

  /** Per bucket, the share of the requests that arrived in it that were served; NaN where none. */
  public double[] successRatioByBucket() {
    double[] ratios = new double[requestsByBucket.length];
    for (int b = 0; b < ratios.length; b++) {
      ratios[b] = requestsByBucket[b] == 0 ? Double.NaN
          : (double) servedByBucket[b] / requestsByBucket[b];
    }
    return ratios;
  }

  /** The start of bucket {@code b}, in seconds from the end of the warm-up. */
  public double bucketStart(int b) {
    return b * bucketWidth;
  }

  /** Share of requests dropped; NaN when none came. */
  public double dropRatio() {
    return requests == 0 ? Double.NaN : (double) dropped / requests;
  }

  /** Mean utilization over the servers. */
  public double meanUtilization() {
    return mean(utilization);
  }

  /** Mean queue length over the servers. */
  public double meanQueueLength() {
    return mean(queueLength);
  }

  private static double[] quantileLevels() {
    double[] levels = new double[102];
    for (int i = 0; i < 100; i++) {
      levels[i] = i / 100.0;
    }
    levels[100] = 0.995;
    levels[101] = 0.999;
    return levels;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? Double.NaN : sum / values.length;
  }
}
