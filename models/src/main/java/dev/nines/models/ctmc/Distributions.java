package dev.nines.models.ctmc;

/** Argument checks shared by the solvers. */
final class Distributions {

  /** How far from 1 the sum of a probability vector may be. */
  static final double SUM_TOLERANCE = 1e-9;

  private Distributions() {
  }

  /** Requires a probability vector over the chain's states: non-negative, finite, summing to 1. */
  static void checkDistribution(Ctmc chain, double[] p, String name) {
    chain.checkLength(p, name);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] = " + p[i]
            + ": probabilities must be finite and non-negative");
      }
      sum += p[i];
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(name + " sums to " + sum + ", not 1");
    }
  }

  /** Requires a set of states given as one flag per state. */
  static void checkMask(Ctmc chain, boolean[] mask, String name) {
    if (mask.length != chain.size()) {
      throw new IllegalArgumentException(name + " has length " + mask.length + ", the chain has "
          + chain.size() + " states");
    }
  }
}
