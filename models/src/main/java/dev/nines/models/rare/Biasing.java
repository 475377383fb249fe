package dev.nines.models.rare;

/**
 * How a branch is biased: failure forcing over the windows between repair completions.
 *
 * <p>While the system is up but degraded (some unit down), the branch looks at the window from now
 * to the next repair completion. Under the true law P, some up unit fails in it with probability
 * p = 1 − exp(−Σ ΔH_i), ΔH_i the growth of unit i's cumulative hazard over the window from its
 * age. When p is below {@code forcing} (q), the branch forces: with probability q a failure in the
 * window, else none. A forced failure picks unit i with probability β_i, a mixture of its share of
 * the window's failure probabilities p_i and an equal share among the units that can fail
 * ({@code balance} of the latter, as balanced failure biasing does for rates that differ widely),
 * and its failure time from its own law given that it fails in the window. The likelihood ratio of
 * the step is exact: p_i·exp(−Σ_{j≠i} ΔH_j(s)) / (q·β_i) for a failure of i after s (the others
 * survive to s), exp(−Σ ΔH_i) / (1 − q) for none. The time to the next event keeps its law given
 * the choice, so the ratio does not depend on how long a window lasts. (Hazard scaling, the
 * alternative of multiplying every hazard by θ, weighs a window that ends in a repair by
 * exp((θ − 1)·ΔH), and with θ·F ≈ R, F and R the failure and repair rates, the second moment of
 * that weight is of order θ: unusable at twelve nines.)
 *
 * <p>Repairs are not forced. With {@code stretchRepairs}, a repair that starts while forcing (the
 * system up) is drawn from an even mixture of its law f and its length-biased law x·f(x)/m, and
 * weighed by 2/(1 + x/m), never more than 2: an excursion's down time grows with the repairs that
 * make its windows (as the cube of the first repair for a 3-of-5 cluster with one technician), and
 * drawing them long where they matter cuts the variance 1.4 to 4.2 times on the measured cases,
 * while a repair that does not matter costs at most a factor 2 of weight (the length-biased law
 * alone did better on those cases, up to 7 times, but weighs a short repair that does not matter
 * by m/x, whose second moment is infinite for an exponential repair).
 *
 * <p>Forcing stops once a minimal cut is down (the branch's first system failure, for a structure
 * without standbys): the rest of the excursion, the outage and the repairs after it, runs under P
 * with its weight frozen. A standby's outage while it detects and switches leaves every cut one
 * failure short, so forcing goes on towards the double failure; and a switchover's own failure is
 * biased too ({@code Branch#switchFails}). Each piece of down time is weighed by the ratio at its
 * own time, so ratios that change after an outage do not touch it. Forcing again once the system
 * is back up ({@code afterSystemFailure}) stays exact, but spends branches on failures after the
 * first outage.
 *
 * @param forcing q in (0, 1): the probability of a failure in a forced window
 * @param balance the share of a forced failure's choice that is uniform over the units that can
 *     fail, in [0, 1]
 * @param afterSystemFailure true to force again once the system is back up after a failure
 * <p>With {@code closest} c > 0, a share c of a forced failure's choice goes to the units whose
 * failure brings the system closest to a minimal cut ({@link UpFunction#distance} after it), in
 * proportion to their p_i, and the rest (1 − c) to the mixture above. It is the unit choice of a
 * zero-variance approximation built from the structure (the value of a state taken as ε^d, d its
 * distance to the closest cut, ε → 0, as path-based approximations do): in a series of redundant
 * parts, once one unit of a pair is down, forcing fails its twin rather than a unit of another
 * part, whose failure leaves the system as far from a cut as before. Every unit keeps at least
 * (1 − c) of its share, so the ratio of a failure of any unit stays within 1/(1 − c) of the
 * mixture's.
 *
 * @param forcing q in (0, 1): the probability of a failure in a forced window
 * @param balance the share of a forced failure's choice that is uniform over the units that can
 *     fail, in [0, 1]
 * @param afterSystemFailure true to force again once the system is back up after a failure
 * @param stretchRepairs true to draw a repair that starts while forcing (the system up) from the
 *     even mixture of its law and its length-biased law, weighed by 2/(1 + x/mean)
 * @param closest the share of the choice given to the units whose failure brings the system
 *     closest to a minimal cut, in [0, 1)
 */
public record Biasing(double forcing, double balance, boolean afterSystemFailure,
    boolean stretchRepairs, double closest) {

  /**
   * q = 0.9, an even mixture, forcing until the first system failure, repairs stretched, 0.8 of
   * the choice to the units closest to a cut: the settings measured best (see
   * {@code ImportanceSampling}).
   */
  public static final Biasing DEFAULT = new Biasing(0.9, 0.5, false, true, 0.8);

  public Biasing {
    if (!(forcing > 0 && forcing < 1)) {
      throw new IllegalArgumentException("forcing must lie in (0, 1), got " + forcing);
    }
    if (!(balance >= 0 && balance <= 1)) {
      throw new IllegalArgumentException("balance must lie in [0, 1], got " + balance);
    }
    if (!(closest >= 0 && closest < 1)) {
      throw new IllegalArgumentException("closest must lie in [0, 1), got " + closest);
    }
  }

  /** A biasing whose choice is the mixture alone (closest = 0). */
  public Biasing(double forcing, double balance, boolean afterSystemFailure,
      boolean stretchRepairs) {
    this(forcing, balance, afterSystemFailure, stretchRepairs, 0);
  }

  /** The same biasing with another forcing probability. */
  public Biasing withForcing(double q) {
    return new Biasing(q, balance, afterSystemFailure, stretchRepairs, closest);
  }

  /** The same biasing with another share for the units closest to a cut. */
  public Biasing withClosest(double c) {
    return new Biasing(forcing, balance, afterSystemFailure, stretchRepairs, c);
  }
}
