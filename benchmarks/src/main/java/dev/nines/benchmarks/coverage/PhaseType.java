package dev.nines.benchmarks.coverage;

/**
 * A phase-type distribution: the time a CTMC started in distribution α over its transient states
 * takes to leave them, with sub-generator T (rates among the transient states; each row's missing
 * mass is the exit rate). CDF F(x) = 1 − α exp(Tx) 1. The outage of a redundant system is one: from
 * the state entered at the failure until the system is up again.
 */
record PhaseType(double[] alpha, double[][] subGenerator) {

  PhaseType {
    alpha = alpha.clone();
    subGenerator = subGenerator.clone();
  }

  /** P(X ≤ x). */
  double cdf(double x) {
    double[][] scaled = new double[subGenerator.length][];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = subGenerator[i].clone();
      for (int j = 0; j < scaled[i].length; j++) {
        scaled[i][j] *= x;
      }
    }
    double[] left = Chain.times(alpha, Chain.expm(scaled));
    double survival = 0;
    for (double v : left) {
      survival += v;
    }
    return 1 - survival;
  }

  /** The p-quantile, by bisection to a relative precision of 1e-13. */
  double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must lie in (0, 1), got " + p);
    }
    double high = 1;
    while (cdf(high) < p) {
      high *= 2;
    }
    double low = 0;
    while (high - low > 1e-13 * high) {
      double mid = (low + high) / 2;
      if (cdf(mid) < p) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
