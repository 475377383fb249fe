package dev.nines.simulator.stats;

/**
 * The estimators of the figures nines reports, each a ratio of sums over replications
 * ({@link RatioEstimator}) on the scale that keeps its interval possible, with what can still be
 * said when the data sit on the edge of the range ({@link NoEvents}): a share that was never above
 * 0, events that never happened. Each takes one value per replication, in replication order.
 */
public final class Estimates {

  /** The note of a one-sided bound after no event. */
  public static final String NONE_SEEN = "none seen: one-sided bound";

  /** The note of a weighted estimate that no weighted path reached. */
  public static final String NONE_REACHED = "no branch reached it: no bound";

  private Estimates() {}

  /**
   * A share Σpart / Σwhole in [0, 1] (unavailability = down time / observed time, utilization) on
   * the logit scale. A share that was 0 in every replication gets [0, bound] (and 1 everywhere gets
   * [1 − bound, 1]) with the distribution-free bound of {@link NoEvents#shareBound}.
   */
  public static ConfidenceInterval share(double[] part, double[] whole, double level) {
    RatioEstimator ratio = new RatioEstimator(part, whole);
    double r = ratio.ratio();
    int n = ratio.n();
    if (r == 0 && n > 0) {
      return new ConfidenceInterval(0, 0, NoEvents.shareBound(n, level), n, level, NONE_SEEN);
    }
    if (r == 1 && n > 0) {
      return new ConfidenceInterval(1, 1 - NoEvents.shareBound(n, level), 1, n, level, NONE_SEEN);
    }
    return ratio.interval(level, Scale.LOGIT);
  }

  /**
   * A share Σpart / Σwhole whose parts are weighted by likelihood ratios (importance sampling), on
   * the logit scale as {@link #share}. The one-sided bound after nothing seen belongs to plain
   * sampling: weighted parts that are all 0 only say that no branch reached the event, so they
   * get the estimate 0 with an unknown upper bound.
   */
  public static ConfidenceInterval weightedShare(double[] part, double[] whole, double level) {
    RatioEstimator ratio = new RatioEstimator(part, whole);
    if (ratio.sumX() == 0 && ratio.n() > 0) {
      return new ConfidenceInterval(0, 0, Double.NaN, ratio.n(), level, NONE_REACHED);
    }
    return ratio.interval(level, Scale.LOGIT);
  }

  /**
   * Weighted events per unit of exposure, on the log scale as {@link #rate}; all 0 gives the
   * estimate 0 with an unknown upper bound (see {@link #weightedShare}).
   */
  public static ConfidenceInterval weightedRate(double[] counts, double[] exposure, double level) {
    RatioEstimator ratio = new RatioEstimator(counts, exposure);
    if (ratio.sumX() == 0 && ratio.sumY() > 0) {
      return new ConfidenceInterval(0, 0, Double.NaN, ratio.n(), level, NONE_REACHED);
    }
    return ratio.interval(level, Scale.LOG);
  }

  /**
   * Events per unit of exposure, Σcount / Σexposure (failures per replication, false suspicions
   * per second up), on the log scale; no event at all gives [0, {@link NoEvents#rateBound}].
   */
  public static ConfidenceInterval rate(double[] counts, double[] exposure, double level) {
    RatioEstimator ratio = new RatioEstimator(counts, exposure);
    if (ratio.sumX() == 0 && ratio.sumY() > 0) {
      return new ConfidenceInterval(0, 0, NoEvents.rateBound(ratio.sumY(), level), ratio.n(),
          level, NONE_SEEN);
    }
    return ratio.interval(level, Scale.LOG);
  }

  /** The mean number of events per replication: {@link #rate} with one replication as exposure. */
  public static ConfidenceInterval countMean(double[] counts, double level) {
    double[] ones = new double[counts.length];
    java.util.Arrays.fill(ones, 1);
    return rate(counts, ones, level);
  }

  /**
   * A positive quantity per event, Σx / Σevents (MTBF = up time / failures, mean wait = waiting
   * time / repairs), on the log scale. With no event the ratio is unknown: no estimate, the whole
   * range [0, ∞) and the note {@code noEvent}; a total of 0 over events (no repair ever waited)
   * gives [0, 0].
   */
  public static ConfidenceInterval perEvent(double[] x, double[] events, double level,
      String noEvent) {
    RatioEstimator ratio = new RatioEstimator(x, events);
    if (!(ratio.sumY() > 0)) {
      // Nothing to go on: the whole possible range, which is honest and says so.
      return new ConfidenceInterval(Double.NaN, 0, Double.POSITIVE_INFINITY, ratio.n(), level,
          noEvent);
    }
    if (ratio.sumX() == 0) {
      return new ConfidenceInterval(0, 0, 0, ratio.n(), level);
    }
    return ratio.interval(level, Scale.LOG);
  }

  /**
   * Time per event when no event was seen: at least exposure / {@link NoEvents#rateBound}, with no
   * estimate (MTBF after no failure in Σup of up time).
   */
  public static ConfidenceInterval atLeastPerEvent(double exposure, long n, double level) {
    double rate = NoEvents.rateBound(exposure, level);
    return new ConfidenceInterval(Double.NaN, 1 / rate, Double.POSITIVE_INFINITY, n, level,
        NONE_SEEN);
  }

  /**
   * The mean of a quantity that is never negative (a time-average queue length), on the log scale.
   * A quantity that was 0 in every replication gets the estimate 0 with an unknown upper bound.
   */
  public static ConfidenceInterval positiveMean(double[] values, double level) {
    RatioEstimator mean = RatioEstimator.mean(values);
    if (mean.sumX() == 0 && mean.n() > 0) {
      return new ConfidenceInterval(0, 0, Double.NaN, mean.n(), level, "0 in every replication");
    }
    return mean.interval(level, Scale.LOG);
  }

  /**
   * The share of replications in which something held (the system up at time t), with the exact
   * Clopper–Pearson interval: it stays inside [0, 1], keeps its width when every replication
   * agrees, and covers at least the level for every true share (more where few replications make
   * the count coarse: no interval on ten yes/no answers can do better without undercovering).
   */
  public static ConfidenceInterval proportion(long successes, long trials, double level) {
    if (trials == 0) {
      return new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, 0, level);
    }
    if (successes == trials) { // the library's interval needs a failure on each side's formula
      return new ConfidenceInterval(1, Math.pow((1 - level) / 2, 1.0 / trials), 1, trials, level);
    }
    if (successes == 0) {
      return new ConfidenceInterval(0, 0, 1 - Math.pow((1 - level) / 2, 1.0 / trials), trials,
          level);
    }
    org.apache.commons.math3.stat.interval.ConfidenceInterval exact =
        new org.apache.commons.math3.stat.interval.ClopperPearsonInterval()
            .createInterval((int) trials, (int) successes, level);
    return new ConfidenceInterval((double) successes / trials, exact.getLowerBound(),
        exact.getUpperBound(), trials, level);
  }
}
