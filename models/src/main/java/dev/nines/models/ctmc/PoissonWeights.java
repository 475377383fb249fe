package dev.nines.models.ctmc;

import java.util.Arrays;

/**
 * The Poisson probabilities w_k = e^(-a) a^k / k! for k in [left, right], with the mass of the two
 * tails left out (k &lt; left and k &gt; right) at most a given epsilon.
 *
 * <p>e^(-a) underflows for a &gt; 745, so the weights are not computed from k = 0. As in Fox and
 * Glynn's method, they start from 1 at the mode m = floor(a) and follow the ratios
 * w_(k+1) / w_k = a / (k + 1) outwards until they fall below 1e-30 of the mode's weight, then are
 * divided by their sum. Each weight then carries a relative error of a few ulps per step from the
 * mode, for any a. Beyond the computed range the tails shrink at least geometrically (the ratios
 * keep decreasing), which bounds what is left out there; that bound (below 1e-28) is added to the
 * reported tail mass.
 */
final class PoissonWeights {

  private static final double NEGLIGIBLE = 1e-30;

  final int left;
  final int right;
  /** weights[k - left] = w_k. */
  final double[] weights;
  /** The Poisson mass outside [left, right]: an upper bound, rounding aside. */
  final double omitted;

  private PoissonWeights(int left, int right, double[] weights, double omitted) {
    this.left = left;
    this.right = right;
    this.weights = weights;
    this.omitted = omitted;
  }

  /** The weights for mean {@code a} &gt; 0, cut so that the omitted mass is at most epsilon. */
  static PoissonWeights of(double a, double epsilon, int maxTerms) {
    if (a > maxTerms) {
      throw new CtmcException("uniformization needs more than " + maxTerms + " terms (Λt = " + a
          + "); use the steady state for times this long, or a shorter time");
    }
    int mode = (int) Math.floor(a);
    // Upward from the mode until negligible.
    int up = 0;
    double w = 1;
    double[] upper = new double[64];
    while (w >= NEGLIGIBLE) {
      if (up == upper.length) {
        upper = Arrays.copyOf(upper, 2 * up);
      }
      upper[up++] = w;
      w *= a / (mode + up);
    }
    double upperTail = geometric(w, a / (mode + up + 1.0));
    int down = 0;
    w = 1;
    double[] lower = new double[64];
    while (mode - down > 0) {
      w *= (mode - down) / a;
      if (w < NEGLIGIBLE) {
        break;
      }
      if (down == lower.length) {
        lower = Arrays.copyOf(lower, 2 * down);
      }
      lower[down++] = w;
    }
    double lowerTail = mode - down > 0 ? geometric(w, (mode - down - 1) / a) : 0;
    // Sum from the smallest terms up, then normalise.
    double total = 0;
    for (int i = down - 1; i >= 0; i--) {
      total += lower[i];
    }
    for (int i = up - 1; i >= 0; i--) {
      total += upper[i];
    }
    int first = mode - down;
    double[] all = new double[down + up];
    for (int i = 0; i < down; i++) {
      all[down - 1 - i] = lower[i] / total;
    }
    for (int i = 0; i < up; i++) {
      all[down + i] = upper[i] / total;
    }
    // Trim each tail to at most epsilon / 2, summing from the outside in.
    double leftMass = lowerTail / total;
    int lo = 0;
    while (lo < all.length - 1 && leftMass + all[lo] <= epsilon / 2) {
      leftMass += all[lo++];
    }
    double rightMass = upperTail / total;
    int hi = all.length - 1;
    while (hi > lo && rightMass + all[hi] <= epsilon / 2) {
      rightMass += all[hi--];
    }
    double[] kept = Arrays.copyOfRange(all, lo, hi + 1);
    return new PoissonWeights(first + lo, first + hi, kept, leftMass + rightMass);
  }

  /** w (1 + r + r^2 + ...): bounds a tail whose first term is w and whose ratios are at most r. */
  private static double geometric(double w, double r) {
    return w / (1 - r);
  }
}
