package dev.nines.models.traffic;

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
    double[] keysMoved) {

  /** The percentiles in {@link #responsePercentiles}, in per cent. */
  public static final double[] PERCENTILES = {50, 95, 99, 99.9};

  /** Served requests per second. */
  public double throughput() {
    return served / observed;
  }

  /** Share of requests served: the request-level availability; NaN when none came. */
  public double successRatio() {
    return requests == 0 ? Double.NaN : (double) served / requests;
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

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? Double.NaN : sum / values.length;
  }
}
