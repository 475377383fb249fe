package dev.nines.models.analytics;

/**
 * The long-run law of a Raft-style quorum's members and its leadership, with elections taken as
 * instant: where its elections start, and how often. The n members fail at rate λ each while up,
 * and are repaired at rate r(u) when u are up: (n − u)·μ when each is repaired at once, min(n − u,
 * c)·μ with a crew of c repairers that serves this group alone. The number of members up then
 * follows that birth-death chain whatever the leadership does (roles change no rate), so
 * π(u) = P(u up) is binomial(n, μ/(λ+μ)) without a crew.
 *
 * <p>Leadership, with a majority m = ⌊n/2⌋ + 1 (the rules of {@code QuorumNode}): with u ≥ m up
 * there is always a leader (state M_u, probability π(u)). Below a majority there is a leader that
 * outlived the loss of the majority (L_u) or none (P_u). From M_u the leader fails at rate λ: with
 * u − 1 ≥ m members left an election starts among u − 1 followers (and ends at once, in M_{u−1});
 * with u = m the majority goes too and no leader is left (P_{m−1}). A follower failing in M_m
 * leaves the leader without a majority (L_{m−1}). In L_u followers fail at (u − 1)λ, the leader at λ (to
 * P_{u−1}), and a repair that restores the majority finds the leader in office (M_m). In P_u
 * failures come at uλ, and the repair that restores the majority starts an election among the m
 * members up, all with fresh timers (and ends at once, in M_m). Balancing the flows of L_u (u = 1
 * .. m−1) and of P_u (u = 0 .. m−1) gives two tridiagonal systems (column diagonally dominant, so
 * solved without pivoting), whose sources are the flows out of M_m.
 *
 * <p>Elections that start among k ≥ m followers after a leader's failure come at rate λ·π(k + 1);
 * those that start when a repair restores the majority without a leader at rate r(m − 1)·P_{m−1}.
 * Taking elections as instant leaves out the time they take: it shifts these probabilities by the
 * chance that a member changes state within an election, which {@link ElectionTime} states.
 */
final class LeaderChain {

  private final int n;
  private final int majority;
  private final double lambda;
  private final double[] repair;
  private final double[] up;
  private final double[] leading;
  private final double[] leaderless;

  /**
   * @param n the members
   * @param lambda each member's failure rate
   * @param mu each repair's rate
   * @param repairers repairs under way at once: n (or more) when each member is repaired at once
   */
  LeaderChain(int n, double lambda, double mu, int repairers) {
    if (n < 1 || !(lambda > 0) || !(mu > 0) || repairers < 1) {
      throw new IllegalArgumentException("a leader chain needs n >= 1, positive rates and a"
          + " repairer");
    }
    this.n = n;
    this.majority = n / 2 + 1;
    this.lambda = lambda;
    this.repair = new double[n + 1];
    for (int u = 0; u <= n; u++) {
      repair[u] = Math.min(n - u, repairers) * mu;
    }
    this.up = birthDeath(n, lambda, repair);
    this.leading = solveLeading();
    this.leaderless = solveLeaderless();
  }

  /** π(u): the long-run probability that u members are up. */
  double up(int u) {
    return up[u];
  }

  /** P(L_u): u &lt; m members up and a leader among them; 0 for u ≥ m. */
  double leading(int u) {
    return u < majority ? leading[u] : 0;
  }

  /** P(P_u): u &lt; m members up and no leader; 0 for u ≥ m. */
  double leaderless(int u) {
    return u < majority ? leaderless[u] : 0;
  }

  /** The majority m. */
  int majority() {
    return majority;
  }

  /** The rate of elections started by a leader's failure that leaves k ≥ m followers up. */
  double leaderLostRate(int k) {
    return k >= majority && k < n ? lambda * up[k + 1] : 0;
  }

  /** The rate of elections started by a repair that restores the majority without a leader. */
  double majorityRegainedRate() {
    return repair[majority - 1] * leaderless[majority - 1];
  }

  /** The probability that fewer than a majority are up, summed over those states alone. */
  double noMajority() {
    double sum = 0;
    for (int u = majority - 1; u >= 0; u--) {
      sum += up[u];
    }
    return sum;
  }

  /** The probability that a majority is up, summed over those states alone. */
  double majorityUp() {
    double sum = 0;
    for (int u = majority; u <= n; u++) {
      sum += up[u];
    }
    return sum;
  }

  /**
   * The rate at which the cluster goes down (elections taken as instant): a leader's failure with
   * a majority left starts an election, and any failure among exactly m up loses the majority.
   */
  double outageRate() {
    double sum = majority * lambda * up[majority];
    for (int k = majority; k < n; k++) {
      sum += leaderLostRate(k);
    }
    return sum;
  }

  /**
   * The mean time to the first outage from every member new and member 0 leading (how a run
   * starts): until the leader fails (an election starts, or the majority goes with it) or a
   * follower's failure among exactly m up loses the majority. Over the states M_u, u = m .. n, the
   * mean times t_u to that outage solve (uλ + r(u))·t_u = 1 + (u−1)λ·t_{u−1} + r(u)·t_{u+1}, where
   * t_{m−1} (the majority lost) is 0 and r(n) = 0. Exact: no election comes before it.
   */
  double meanTimeToFirstOutage() {
    int size = n - majority + 1; // u = m .. n at index u - m
    double[] lower = new double[size];
    double[] diag = new double[size];
    double[] upper = new double[size];
    double[] rhs = new double[size];
    for (int u = majority; u <= n; u++) {
      int i = u - majority;
      diag[i] = u * lambda + repair[u];
      lower[i] = u - 1 >= majority ? (u - 1) * lambda : 0;
      upper[i] = u < n ? repair[u] : 0;
      rhs[i] = 1;
    }
    return tridiagonal(lower, diag, upper, rhs)[size - 1];
  }

  /** The stationary law of the birth-death chain, from the ratios π(u)/π(u+1), in logs. */
  private static double[] birthDeath(int n, double lambda, double[] repair) {
    double[] log = new double[n + 1];
    double max = 0;
    for (int u = n - 1; u >= 0; u--) {
      log[u] = log[u + 1] + Math.log((u + 1) * lambda) - Math.log(repair[u]);
      max = Math.max(max, log[u]);
    }
    double[] p = new double[n + 1];
    double sum = 0;
    for (int u = 0; u <= n; u++) {
      p[u] = Math.exp(log[u] - max);
      sum += p[u];
    }
    for (int u = 0; u <= n; u++) {
      p[u] /= sum;
    }
    return p;
  }

  /**
   * L_u for u = 1 .. m−1: (uλ + r(u))·L_u = uλ·L_{u+1} + r(u−1)·L_{u−1}, plus (m−1)λ·π(m) into
   * L_{m−1} from the followers failing in M_m.
   */
  private double[] solveLeading() {
    int m = majority;
    double[] x = new double[m];
    if (m < 2) {
      return x;
    }
    int size = m - 1; // unknowns u = 1 .. m-1 at index u - 1
    double[] lower = new double[size];
    double[] diag = new double[size];
    double[] upper = new double[size];
    double[] rhs = new double[size];
    for (int u = 1; u <= m - 1; u++) {
      int i = u - 1;
      diag[i] = u * lambda + repair[u];
      lower[i] = u >= 2 ? repair[u - 1] : 0;
      upper[i] = u + 1 <= m - 1 ? u * lambda : 0;
    }
    rhs[size - 1] = (m - 1) * lambda * up[m];
    double[] solved = tridiagonal(lower, diag, upper, rhs);
    System.arraycopy(solved, 0, x, 1, size);
    return x;
  }

  /**
   * P_u for u = 0 .. m−1: (uλ + r(u))·P_u = (u+1)λ·P_{u+1} + r(u−1)·P_{u−1} + λ·L_{u+1}, plus
   * λ·π(m) into P_{m−1} from the leader failing in M_m.
   */
  private double[] solveLeaderless() {
    int m = majority;
    double[] lower = new double[m];
    double[] diag = new double[m];
    double[] upper = new double[m];
    double[] rhs = new double[m];
    for (int u = 0; u <= m - 1; u++) {
      diag[u] = u * lambda + repair[u];
      lower[u] = u >= 1 ? repair[u - 1] : 0;
      upper[u] = u + 1 <= m - 1 ? (u + 1) * lambda : 0;
      rhs[u] = u + 1 <= m - 1 ? lambda * leading[u + 1] : 0;
    }
    rhs[m - 1] += lambda * up[m];
    return tridiagonal(lower, diag, upper, rhs);
  }

  /**
   * Solves diag[i]·x[i] − lower[i]·x[i−1] − upper[i]·x[i+1] = rhs[i] (all coefficients ≥ 0) by
   * elimination without pivoting (Thomas), sound for a diagonally dominant M-matrix.
   */
  static double[] tridiagonal(double[] lower, double[] diag, double[] upper, double[] rhs) {
    int size = diag.length;
    double[] d = new double[size];
    double[] r = new double[size];
    d[0] = diag[0];
    r[0] = rhs[0];
    for (int i = 1; i < size; i++) {
      double factor = lower[i] / d[i - 1];
      d[i] = diag[i] - factor * upper[i - 1];
      r[i] = rhs[i] + factor * r[i - 1];
    }
    double[] x = new double[size];
    x[size - 1] = r[size - 1] / d[size - 1];
    for (int i = size - 2; i >= 0; i--) {
      x[i] = (r[i] + upper[i] * x[i + 1]) / d[i];
    }
    return x;
  }
}
