package dev.nines.simulator.rare;

import java.util.Locale;

/**
 * What the branches of an importance-sampling run say about their own reliability. Each branch
 * contributes c = W·x, its likelihood ratio W times what it measured (down time, failures); the
 * estimate is their mean. When the biasing suits the problem, many branches carry the estimate in
 * comparable parts; when the likelihood ratio degenerates, a handful of branches with large weights
 * carry it all, and the sample variance, computed from the same few, looks fine while the estimate
 * is far off. So the diagnostics look at the contributions themselves:
 *
 * <ul>
 *   <li>the effective sample size (Σc)² / Σc² (Kish): how many equal contributions the estimate is
 *       worth;
 *   <li>the share of the estimate carried by the largest contribution, max c / Σc;
 *   <li>the relative error of the mean contribution, its standard error over its value;
 *   <li>and the effective sample size of the weights themselves, (ΣW)² / ΣW².
 * </ul>
 *
 * A run is marked unreliable ({@link #warning}) when no branch reached the event, when one branch
 * carries more than {@link #MAX_SHARE} of the estimate, or when the effective sample size is below
 * {@link #MIN_EFFECTIVE}. Immutable; merge replications in replication order for results that do
 * not depend on the thread count.
 *
 * @param branches the number of branches
 * @param hits the branches whose contribution is positive (they reached the event)
 * @param sum Σc
 * @param squares Σc²
 * @param largest max c (0 with no branch)
 * @param weightSum ΣW
 * @param weightSquares ΣW²
 */
public record WeightDiagnostics(long branches, long hits, double sum, double squares,
    double largest, double weightSum, double weightSquares) {

  /** Above this share of the estimate in one branch, the likelihood ratio has degenerated. */
  public static final double MAX_SHARE = 0.2;

  /** Below this effective sample size, too few branches carry the estimate to judge it. */
  public static final double MIN_EFFECTIVE = 20;

  /** No branch yet. */
  public static final WeightDiagnostics NONE = new WeightDiagnostics(0, 0, 0, 0, 0, 0, 0);

  public WeightDiagnostics {
    if (branches < 0 || hits < 0 || hits > branches) {
      throw new IllegalArgumentException("bad branch counts: " + hits + " hits of " + branches);
    }
  }

  /**
   * These diagnostics with one more branch.
   *
   * @param weight the branch's likelihood ratio W (≥ 0)
   * @param contribution what it contributes to the estimate, W·x (≥ 0)
   */
  public WeightDiagnostics plus(double weight, double contribution) {
    if (!(weight >= 0) || !(contribution >= 0) || Double.isInfinite(weight)
        || Double.isInfinite(contribution)) {
      throw new IllegalArgumentException("a branch needs a finite weight and contribution >= 0, got "
          + weight + " and " + contribution);
    }
    return new WeightDiagnostics(branches + 1, hits + (contribution > 0 ? 1 : 0),
        sum + contribution, squares + contribution * contribution, Math.max(largest, contribution),
        weightSum + weight, weightSquares + weight * weight);
  }

  /** The diagnostics of both sets of branches (merge in replication order). */
  public WeightDiagnostics merge(WeightDiagnostics other) {
    return new WeightDiagnostics(branches + other.branches, hits + other.hits, sum + other.sum,
        squares + other.squares, Math.max(largest, other.largest), weightSum + other.weightSum,
        weightSquares + other.weightSquares);
  }

  /** (Σc)² / Σc²: the number of equal contributions the estimate is worth; 0 with none. */
  public double effectiveSampleSize() {
    return squares > 0 ? sum * sum / squares : 0;
  }

  /** (ΣW)² / ΣW² over all branches, those that reached nothing included; 0 with none. */
  public double weightEffectiveSampleSize() {
    return weightSquares > 0 ? weightSum * weightSum / weightSquares : 0;
  }

  /** max c / Σc: the share of the estimate carried by the largest contribution; NaN when Σc = 0. */
  public double largestShare() {
    return sum > 0 ? largest / sum : Double.NaN;
  }

  /**
   * The standard error of the mean contribution over its value, from the branches as if
   * independent: sqrt((n·Σc²/(Σc)² − 1)/(n − 1)); NaN with fewer than two branches or Σc = 0.
   */
  public double relativeError() {
    if (branches < 2 || !(sum > 0)) {
      return Double.NaN;
    }
    double n = branches;
    return Math.sqrt(Math.max(0, (n * squares / (sum * sum) - 1) / (n - 1)));
  }

  /** Why the estimate is unreliable (see the class comment), or null when nothing says so. */
  public String warning() {
    if (hits == 0) {
      return "no branch reached the event: the estimate 0 bounds nothing";
    }
    double share = largestShare();
    if (share > MAX_SHARE) {
      return String.format(Locale.ROOT, "one branch carries %.0f %% of the estimate: the "
          + "likelihood ratio has degenerated", 100 * share);
    }
    double effective = effectiveSampleSize();
    if (effective < MIN_EFFECTIVE) {
      return String.format(Locale.ROOT, "effective sample size %.1f: too few branches carry the "
          + "estimate", effective);
    }
    return null;
  }

  /** True when {@link #warning} has something to say. */
  public boolean unreliable() {
    return warning() != null;
  }
}
