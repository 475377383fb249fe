package dev.nines.simulator.stats;

/**
 * What can still be said when no event was seen: one-sided upper bounds at a confidence level.
 *
 * <ul>
 *   <li>{@link #rateBound}: no event in an exposure T of a process whose events come at rate λ
 *       (Poisson in the rare-event limit) happens with probability e^{−λT}, so λ < −ln(1 − level)/T
 *       at that level (the "rule of three": 3.0/T at 95 %).
 *   <li>{@link #shareBound}: a share u (the unavailability) that was 0 in each of R independent
 *       replications: a replication whose system was never down was up at a uniformly drawn time,
 *       which happens with probability 1 − u (units started in their stationary state), so
 *       (1 − u)^R ≥ 1 − level and u < 1 − (1 − level)^{1/R}, whatever the distributions.
 * </ul>
 */
public final class NoEvents {

  private NoEvents() {}

  /** The upper bound on an event rate after no event in {@code exposure}; +∞ for no exposure. */
  public static double rateBound(double exposure, double level) {
    return exposure > 0 ? -Math.log1p(-level) / exposure : Double.POSITIVE_INFINITY;
  }

  /** The upper bound on a share that was 0 in every one of {@code replications}. */
  public static double shareBound(long replications, double level) {
    return replications > 0 ? -Math.expm1(Math.log1p(-level) / replications) : 1;
  }
}
