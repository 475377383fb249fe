package dev.nines.models.traffic;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.DataFormatException;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.DoubleHistogramIterationValue;

/**
 * What one replication's traffic saw of the requests that arrived in the observed window, after the
 * warm-up: {@code requests} of them were settled by the horizon, each once: served, dropped, timed
 * out or lost (its last attempt decides); {@code pending} were not (still waiting, in service, or at
 * a server that will never answer, when the run ended). The shares ({@link #successRatio},
 * {@link #dropRatio}) are of all of them, {@link #arrivals}: a request still queued at the horizon
 * was not served by then, so an overloaded queue that drops nothing does not show every request
 * served. {@code retries} counts the attempts after the first that the window's requests made by the
 * horizon.
 *
 * @param requests the requests of the window settled by the horizon
 * @param pending the requests of the window not settled by the horizon
 * @param observed length of the observed window, seconds
 * @param responseTotal the sum of the response times of the served requests, from arrival to answer
 *     (retries included), seconds: with {@code served}, the parts of the mean response time
 * @param responseHistogram the served requests' response times, an HdrHistogram
 *     {@link DoubleHistogram} with 3 significant digits in its compressed encoding (a few kB, where
 *     the histogram itself holds about 200 kB of counts): replications travel back from Spark
 *     tasks and wait in memory to be pooled ({@link #pooledResponses})
 * @param responsePercentiles this replication's own response-time p50, p95, p99 and p99.9 of the
 *     served requests, from its histogram ({@link #quantile}); NaN when none was served
 * @param utilization per server, mean share of its workers busy
 * @param queueLength per server, mean number of requests waiting
 * @param inSystem mean number of requests at all servers, in service or waiting
 * @param keysMoved for hash balancers, the share of keys that moved each time a server left
 * @param responseQuantiles response time of the served requests at each of {@link #QUANTILE_LEVELS}
 *     (from the same histogram as the percentiles); NaN when none was served
 * @param bucketWidth length of each of the {@link #BUCKETS} equal buckets the observed window is cut
 *     into, seconds
 * @param requestsByBucket per bucket, the requests that arrived in it and were settled by the
 *     horizon: those still pending there are in no bucket, so the last buckets do not dip for
 *     want of time to be served
 * @param servedByBucket per bucket, those of them that were served (in the end, retries included)
 * @param completions requests served (answered) within the observed window, whenever they arrived:
 *     the departures that make the throughput, which then has no edge effect at either end
 */
public record TrafficObservation(
    long requests,
    long served,
    long completions,
    long dropped,
    long timedOut,
    long lost,
    long pending,
    long retries,
    double observed,
    double responseTotal,
    byte[] responseHistogram,
    double[] responsePercentiles,
    double[] utilization,
    double[] queueLength,
    double inSystem,
    double[] keysMoved,
    double[] responseQuantiles,
    double bucketWidth,
    long[] requestsByBucket,
    long[] servedByBucket) implements Serializable {

  /** The levels of {@link #responsePercentiles}: p50, p95, p99 and p99.9. */
  public static final double[] PERCENTILE_LEVELS = {0.5, 0.95, 0.99, 0.999};

  /** The levels of {@link #responseQuantiles}: 0, 0.01, ..., 0.99, then 0.995 and 0.999. */
  public static final double[] QUANTILE_LEVELS = quantileLevels();

  /** The number of equal buckets the observed window is cut into, by arrival time. */
  public static final int BUCKETS = 120;

  /** The number of significant decimal digits of the response-time histograms. */
  public static final int DIGITS = 3;

  /** Mean response time of the served requests; NaN when none was served. */
  public double responseMean() {
    return served == 0 ? Double.NaN : responseTotal / served;
  }

  /** This replication's response-time histogram, decoded afresh (the caller may change it). */
  public DoubleHistogram responses() {
    try {
      return DoubleHistogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(responseHistogram), 0);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a response-time histogram that does not decode", e);
    }
  }

  /**
   * The response times of all the replications' served requests in one histogram, added in the
   * order of the list (replication order: the same result for any number of threads).
   */
  public static DoubleHistogram pooledResponses(List<TrafficObservation> observations) {
    DoubleHistogram pooled = new DoubleHistogram(DIGITS);
    for (TrafficObservation o : observations) {
      if (o.served > 0) {
        pooled.add(o.responses());
      }
    }
    return pooled;
  }

  /**
   * The q-quantile (0 ≤ q ≤ 1) of a response-time histogram: the upper end of the histogram's
   * bucket that holds the ⌈q·N⌉-th smallest value, so at most 0.1 % above that value (3
   * significant digits: buckets 2⁻¹⁰ of their value wide); NaN for an empty histogram.
   */
  public static double quantile(DoubleHistogram histogram, double q) {
    if (histogram.getTotalCount() == 0) {
      return Double.NaN;
    }
    // In per cent, rounded to 0.001 %: 0.07 * 100 would be 7.000000000000001.
    return histogram.getValueAtPercentile(Math.round(q * 100_000) / 1000.0);
  }

  /**
   * How many of this replication's served requests took at most each of the times (in ascending
   * order), from its histogram: a bucket counts when it starts at or below the time, so at a
   * quantile of a histogram with the same buckets ({@link #quantile}, the upper end of a bucket)
   * the bucket that holds it counts and the next does not.
   */
  public long[] servedAtOrBelow(double[] ascending) {
    long[] counts = new long[ascending.length];
    DoubleHistogram histogram = responses();
    int t = 0;
    long below = 0;
    for (DoubleHistogramIterationValue v : histogram.recordedValues()) {
      double start = histogram.lowestEquivalentValue(v.getValueIteratedTo());
      while (t < ascending.length && start > ascending[t]) {
        counts[t++] = below;
      }
      below += v.getCountAddedInThisIterationStep();
    }
    while (t < ascending.length) {
      counts[t++] = below;
    }
    return counts;
  }

  /** A histogram in the compressed encoding {@link #responseHistogram} holds. */
  static byte[] encode(DoubleHistogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return bytes;
  }

  /** Requests answered per second of the window. */
  public double throughput() {
    return completions / observed;
  }

  /** The requests that arrived in the window: those settled by the horizon and those pending. */
  public long arrivals() {
    return requests + pending;
  }

  /**
   * Share of the window's requests served by the horizon: the request-level availability; NaN when
   * none came.
   */
  public double successRatio() {
    return arrivals() == 0 ? Double.NaN : (double) served / arrivals();
  }

  /**
   * Per bucket, the share of the requests that arrived in it and were settled by the horizon that
   * were served; NaN where none.
   */
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

  /** Share of the window's requests dropped; NaN when none came. */
  public double dropRatio() {
    return arrivals() == 0 ? Double.NaN : (double) dropped / arrivals();
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
