package dev.nines.models.ctmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * State probabilities at a time t by uniformization: with Λ the largest exit rate and
 * P = I + Q / Λ (a stochastic matrix), p(t) = sum over k of Poisson(k; Λt) p0 P^k. The vectors
 * p0 P^k are computed one from the next with non-negative arithmetic only, so they stay probability
 * vectors; the sum is cut to the terms k in [L, R] of the Poisson distribution.
 *
 * <p><b>Error bound.</b> Every left-out term is a probability vector times its Poisson weight, so
 * the truncated sum misses exactly the left-out Poisson mass: ||p(t) - p̂(t)||_1 = the Poisson(Λt)
 * probability of k &lt; L plus that of k &gt; R (rounding aside). L and R are chosen so this is at
 * most epsilon; it is what {@link Result#errorBound()} reports, and it also bounds the total
 * variation distance (half the L1 distance). The probabilities returned sum to 1 - errorBound.
 *
 * <p><b>Large Λt.</b> The Poisson weights are built from the mode outwards (no e^(-Λt), which
 * underflows beyond 745), see {@link PoissonWeights}, so any Λt is handled. The work grows with
 * it: about Λt + 7 sqrt(Λt) sparse products for epsilon = 1e-12, so times far beyond the chain's
 * mixing time are better answered by the steady state. More than {@link #MAX_TERMS} terms is
 * refused.
 */
public final class Transient {

  /** The most products p P a single call may need. */
  public static final int MAX_TERMS = 100_000_000;

  /**
   * State probabilities at one time.
   *
   * @param probabilities p̂(t), one per state (a copy is returned by the accessor)
   * @param errorBound an upper bound on ||p(t) - p̂(t)||_1
   * @param terms the number of vector-matrix products p P computed
   */
  public record Result(double[] probabilities, double errorBound, int terms) {
    public Result {
      probabilities = probabilities.clone();
    }

    @Override
    public double[] probabilities() {
      return probabilities.clone();
    }

    /** The probability of one state, without copying the vector. */
    public double probability(int state) {
      return probabilities[state];
    }

    /** The summed probability of the states marked in {@code states}, e.g. the up states: A(t). */
    public double probability(boolean[] states) {
      double sum = 0;
      for (int i = 0; i < probabilities.length; i++) {
        if (states[i]) {
          sum += probabilities[i];
        }
      }
      return sum;
    }
  }

  private Transient() {
  }

  /**
   * p(t) from the initial distribution {@code p0} (non-negative, summing to 1 within 1e-9).
   *
   * @param epsilon the largest error allowed in L1 (hence in total variation), in (0, 1)
   */
  public static Result at(Ctmc chain, double[] p0, double t, double epsilon) {
    return at(chain, p0, new double[] {t}, epsilon).get(0);
  }

  /**
   * p(t) at several times, non-decreasing: each is reached from the previous one (p(t2) =
   * p(t1) P(t2 - t1)), so the work is that of the last time alone. Each step may err by
   * epsilon / times.length; errors add up along the way (P(t) maps L1 errors to no larger ones),
   * so each result's bound is at most epsilon. Terms count the products since time 0.
   */
  public static List<Result> at(Ctmc chain, double[] p0, double[] times, double epsilon) {
    Distributions.checkDistribution(chain, p0, "p0");
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1), got " + epsilon);
    }
    double previous = 0;
    for (double t : times) {
      if (!(t >= previous) || Double.isInfinite(t)) {
        throw new IllegalArgumentException("times must be finite, non-negative and non-decreasing,"
            + " got " + Arrays.toString(times));
      }
      previous = t;
    }
    Stepper stepper = new Stepper(chain);
    List<Result> results = new ArrayList<>(times.length);
    double[] p = p0.clone();
    double bound = 0;
    int terms = 0;
    double now = 0;
    for (double t : times) {
      if (t > now && chain.maxExitRate() > 0) {
        PoissonWeights w = PoissonWeights.of(chain.maxExitRate() * (t - now),
            epsilon / times.length, MAX_TERMS - terms);
        p = stepper.advance(p, w);
        bound += w.omitted;
        terms += w.right;
      }
      now = t;
      results.add(new Result(p, Math.min(bound, 1), terms));
    }
    return results;
  }

  /** The products v P = v + v Q / Λ, computed by column with non-negative terms only. */
  private static final class Stepper {
    private final Ctmc chain;
    private final double[] stay;
    private final double[] scaled;

    Stepper(Ctmc chain) {
      this.chain = chain;
      double lambda = chain.maxExitRate();
      int n = chain.size();
      stay = new double[n];
      for (int j = 0; j < n; j++) {
        stay[j] = Math.max(0, 1 - chain.exitRate(j) / lambda);
      }
      scaled = new double[chain.colRate.length];
      for (int k = 0; k < scaled.length; k++) {
        scaled[k] = chain.colRate[k] / lambda;
      }
    }

    /** Sum over k in [left, right] of w_k v P^k, from v = p. */
    double[] advance(double[] p, PoissonWeights w) {
      int n = chain.size();
      double[] v = p.clone();
      double[] next = new double[n];
      double[] sum = new double[n];
      for (int k = 0; k <= w.right; k++) {
        if (k >= w.left) {
          double weight = w.weights[k - w.left];
          for (int j = 0; j < n; j++) {
            sum[j] += weight * v[j];
          }
        }
        if (k == w.right) {
          break;
        }
        for (int j = 0; j < n; j++) {
          double in = v[j] * stay[j];
          for (int e = chain.colStart[j]; e < chain.colStart[j + 1]; e++) {
            in += v[chain.colFrom[e]] * scaled[e];
          }
          next[j] = in;
        }
        double[] swap = v;
        v = next;
        next = swap;
      }
      return sum;
    }
  }
}
