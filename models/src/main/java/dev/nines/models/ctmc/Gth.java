package dev.nines.models.ctmc;

/**
 * The Grassmann-Taksar-Heyman algorithm: Gaussian elimination on the rate matrix that censors the
 * states out one by one, from the last to the first, then rebuilds the stationary distribution by
 * back substitution. Every operation adds or multiplies non-negative numbers or divides by a sum
 * of them (the rate out of the state being removed is the sum of its remaining rates, never
 * {@code -Q[k][k]} minus something), so there is no cancellation and every probability, however
 * small, comes out with a small relative error.
 *
 * <p>The matrix is held dense (size² doubles) but elimination skips zero entries: censoring state k
 * costs (states still linked into k) × (states still reached from k), so a banded chain (a
 * birth-death chain, a lexicographically numbered two-dimensional chain) costs about size ×
 * bandwidth² and a dense one size³ / 3.
 */
final class Gth {

  /** The largest chain {@link #solve} accepts: a dense copy of 4 000 states takes 128 MB. */
  static final int MAX_STATES = 4000;

  private Gth() {
  }

  /** The stationary distribution of an irreducible chain. */
  static double[] solve(Ctmc chain) {
    int n = chain.size();
    if (n > MAX_STATES) {
      throw new CtmcException("chain too large for GTH: " + n + " states (at most " + MAX_STATES
          + ", as it stores size² doubles); use the iterative solver");
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
        a[i][chain.rowTo[k]] = chain.rowRate[k];
      }
    }
    int[] targets = new int[n];
    for (int k = n - 1; k > 0; k--) {
      double[] rowK = a[k];
      double out = 0;
      int count = 0;
      for (int j = 0; j < k; j++) {
        if (rowK[j] != 0) {
          out += rowK[j];
          targets[count++] = j;
        }
      }
      if (out == 0) {
        throw new CtmcException("GTH: state " + k + " cannot reach any of the states 0.." + (k - 1)
            + ", so the chain is not irreducible");
      }
      for (int i = 0; i < k; i++) {
        double[] rowI = a[i];
        if (rowI[k] == 0) {
          continue;
        }
        double f = rowI[k] / out;
        rowI[k] = f;
        for (int t = 0; t < count; t++) {
          int j = targets[t];
          rowI[j] += f * rowK[j];
        }
      }
    }
    double[] pi = new double[n];
    pi[0] = 1;
    double total = 1;
    for (int k = 1; k < n; k++) {
      double p = 0;
      for (int i = 0; i < k; i++) {
        p += pi[i] * a[i][k];
      }
      pi[k] = p;
      total += p;
      if (total > 1e200) {
        // State 0 is far less likely than state k: rescale before anything overflows.
        for (int i = 0; i <= k; i++) {
          pi[i] /= total;
        }
        total = 1;
      }
    }
    for (int k = 0; k < n; k++) {
      pi[k] /= total;
    }
    return pi;
  }
}
