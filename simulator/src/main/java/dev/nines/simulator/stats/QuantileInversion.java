package dev.nines.simulator.stats;

/**
 * A confidence interval for a quantile of dependent samples (the response times of requests that
 * queue behind each other), by inverting intervals for the distribution function. At each
 * candidate value q, the share of samples above q is a ratio of sums over independent replications
 * (Σ above q / Σ samples), whose interval ({@link Estimates#share}: the delta method on the logit
 * scale, the variance from the replications) already holds the samples' dependence within a
 * replication. The p-quantile lies where that share is 1 − p, so its interval is the set of
 * candidates whose share interval holds 1 − p: from the first candidate whose share may be as low
 * as 1 − p to the last before the share is surely below it. Unlike sectioning (each replication's
 * own quantile, biased and coarse when a replication holds a few samples of the tail), it needs
 * no replication to hold the quantile on its own. A side no candidate bounds is infinite.
 */
public final class QuantileInversion {

  private final double[] candidates;
  private final double[] lowShare;
  private final double[] highShare;

  /**
   * @param candidates the values at which to judge the distribution function, ascending (the
   *     upper ends of a pooled histogram's buckets)
   * @param atOrBelow per replication, how many of its samples are at or below each candidate
   * @param totals per replication, how many samples it has
   */
  public QuantileInversion(double[] candidates, long[][] atOrBelow, long[] totals,
      double level) {
    int replications = totals.length;
    this.candidates = candidates.clone();
    this.lowShare = new double[candidates.length];
    this.highShare = new double[candidates.length];
    double[] above = new double[replications];
    double[] all = new double[replications];
    for (int r = 0; r < replications; r++) {
      all[r] = totals[r];
    }
    for (int k = 0; k < candidates.length; k++) {
      for (int r = 0; r < replications; r++) {
        above[r] = totals[r] - atOrBelow[r][k];
      }
      ConfidenceInterval share = Estimates.share(above, all, level);
      lowShare[k] = Double.isNaN(share.low()) ? 0 : share.low();
      highShare[k] = Double.isNaN(share.high()) ? 1 : share.high();
    }
  }

  /**
   * The interval of the p-quantile around an estimate (the pooled quantile): from the first
   * candidate whose share above may be 1 − p, to the candidate where the share above is first surely
   * below 1 − p; infinite where no candidate bounds a side.
   */
  public ConfidenceInterval interval(double estimate, double p, long n, double level) {
    double tail = 1 - p;
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    for (int k = 0; k < candidates.length; k++) {
      if (low == Double.NEGATIVE_INFINITY && lowShare[k] <= tail) {
        low = k == 0 ? Double.NEGATIVE_INFINITY : candidates[k - 1];
      }
      if (highShare[k] < tail) {
        high = candidates[k];
        break;
      }
    }
    return new ConfidenceInterval(estimate, Math.min(low, estimate), Math.max(high, estimate), n,
        level);
  }
}
