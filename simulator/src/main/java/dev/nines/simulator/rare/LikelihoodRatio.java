package dev.nines.simulator.rare;

/**
 * The likelihood ratio dP/dQ of one simulated path: the density of the path under the true law P
 * over its density under the biased law Q it was drawn from, built up factor by factor as the path
 * is drawn. Carried on the log scale, since a path to a rare event has a ratio such as 1e-12 or
 * 1e-40 and a product of many factors would underflow or lose its digits; {@link #value} maps it
 * back. A path drawn under P itself keeps the ratio 1.
 */
public final class LikelihoodRatio {

  private double log;

  /** A ratio of 1: nothing biased yet. */
  public LikelihoodRatio() {}

  private LikelihoodRatio(double log) {
    this.log = log;
  }

  /**
   * Multiplies by a factor P/Q of one step of the path.
   *
   * @throws IllegalArgumentException for a factor that is not positive and finite (a step Q
   *     draws must be possible under P, and P must not weigh what Q cannot draw)
   */
  public void times(double factor) {
    if (!(factor > 0) || factor == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("a likelihood ratio factor must be positive and finite, got "
          + factor);
    }
    log += Math.log(factor);
  }

  /** Multiplies by e^{logFactor}: a factor known by its logarithm (a survival ratio e^{−ΔH}). */
  public void timesExp(double logFactor) {
    if (Double.isNaN(logFactor) || Double.isInfinite(logFactor)) {
      throw new IllegalArgumentException("a log factor must be finite, got " + logFactor);
    }
    log += logFactor;
  }

  /** ln(dP/dQ). */
  public double log() {
    return log;
  }

  /** dP/dQ; 0 when it lies below the smallest double. */
  public double value() {
    return Math.exp(log);
  }

  /** An independent copy, to branch a path. */
  public LikelihoodRatio copy() {
    return new LikelihoodRatio(log);
  }
}
