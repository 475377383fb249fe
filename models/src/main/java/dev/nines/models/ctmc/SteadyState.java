package dev.nines.models.ctmc;

import java.util.function.Function;

/**
 * The stationary distribution pi of a chain: pi Q = 0, sum pi = 1.
 *
 * <p>Every solver first finds the chain's closed classes, in O(states + transitions). With exactly
 * one, the distribution is unique: it is solved on that class, and the states outside it
 * (transient states) get probability 0. With two or more, the steady state depends on where the
 * chain starts, and a {@link CtmcException} says so.
 *
 * <p><b>Residual.</b> Accuracy is measured by {@link #residual}: ||pi Q||_1 / Λ with pi normalised
 * to sum 1 and Λ the largest exit rate. Dividing by Λ makes it dimensionless and independent of
 * the time unit: it is ||pi P - pi||_1 for the uniformised chain P = I + Q / Λ, the probability
 * mass one step of P would move (||pi Q||_1 itself is that times Λ, per second). A residual bounds
 * the error only through the chain's conditioning, which can be poor for a slowly mixing chain: on
 * the overloaded 100 000-state benchmark chain, residual 9e-11 left a relative error of 2e-7 in
 * P(all up), and 8e-13 one of 1.4e-9. Hence the default tolerance of 1e-12. GTH has no such gap:
 * every probability, however small, comes with a small relative error.
 *
 * <p><b>Small probabilities.</b> A residual of 1e-12 says nothing about a probability of 1e-30,
 * yet an unavailability at thirty nines is a sum of such probabilities. GTH gets them to a few
 * ulps. The iterative method follows its residual stop with a {@link TailRefinement}: sweeps
 * (subtraction-free) until no probability of at least 1e-40 changes by more than 1e-10 of itself
 * in a sweep, so every probability of at least 1e-40 (and every sum of them) carries a relative
 * error of about 1e-9 or better on availability chains; see there for what was measured and the
 * limits.
 */
public final class SteadyState {

  /** {@link #solve} uses GTH up to this many states and the iterative method above it. */
  public static final int DIRECT_LIMIT = 2000;

  /** The residual {@link #solve} asks of the iterative method. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** The sweep limit {@link #solve} gives the iterative method. */
  public static final int DEFAULT_MAX_ITERATIONS = 200_000;

  /** The share of the mass {@link #spreadStart} spreads evenly over every state. */
  private static final double SPREAD = 1e-12;

  private SteadyState() {
  }

  /**
   * The stationary distribution by the best method for the size: {@link #gth} up to
   * {@link #DIRECT_LIMIT} states, else {@link #iterative} with {@link #DEFAULT_TOLERANCE}.
   */
  public static double[] solve(Ctmc chain) {
    if (chain.size() <= DIRECT_LIMIT) {
      return gth(chain);
    }
    return iterative(chain, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Grassmann-Taksar-Heyman elimination: exact up to rounding, with a small relative error in every
   * probability however small, since it never subtracts. Time O(size × bandwidth²) for a banded
   * chain and O(size³) for a dense one; memory size² doubles, so at most 4 000 states.
   *
   * @throws CtmcException if the chain is too large, or has several closed classes
   */
  public static double[] gth(Ctmc chain) {
    return onClosedClass(chain, Gth::solve);
  }

  /**
   * Gauss-Seidel sweeps on the sparse generator until {@link #residual} is at most
   * {@code tolerance}; each sweep costs O(states + transitions). The sweep direction follows the
   * dominant rates, and chains that plain Gauss-Seidel solves slowly get over-relaxation (omega =
   * 1.5, abandoned if it misbehaves). How many sweeps it takes (benchmarks/RESULTS-ctmc.md): a few
   * hundred when the probability sits near the all-up states (crews sized for the load), a few
   * thousand when it is spread over many states (an overloaded crew), since each sweep then moves
   * mass only a little way across the state space; a nearly completely decomposable chain (fast
   * moves within groups of states, rare moves between them) may not converge at all. Then the
   * small probabilities are refined ({@link TailRefinement}, within what is left of
   * maxIterations, at least one sweep): on availability chains a refinement sweep touches only the
   * states of probability above about 1e-60, a small share of a large chain.
   *
   * @param maxIterations the most sweeps to do (at least 1)
   * @throws CtmcException with the residual reached if it does not converge within maxIterations
   *     (or stalls), or if the chain has several closed classes
   */
  public static double[] iterative(Ctmc chain, double tolerance, int maxIterations) {
    return iterativeSolution(chain, tolerance, maxIterations).probabilities();
  }

  /**
   * As {@link #iterative}, with the residual reached, the sweeps spent, the final omega and the
   * refinement's sweeps and last relative change.
   */
  public static Solution iterativeSolution(Ctmc chain, double tolerance, int maxIterations) {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
    }
    Solution[] outcome = new Solution[1];
    double[] pi = onClosedClass(chain, c -> {
      outcome[0] = gaussSeidel(c, tolerance, maxIterations);
      return outcome[0].probabilities();
    });
    if (outcome[0] == null) { // a single-state closed class: nothing to iterate
      return new Solution(pi, 0, 0, 1, 0, 0);
    }
    Solution o = outcome[0];
    return new Solution(pi, residual(chain, pi), o.iterations(), o.omega(), o.refinementSweeps(),
        o.relativeChange());
  }

  /**
   * An iterative solution: the stationary distribution (the array itself, not a copy), its
   * {@link #residual} on the whole chain, the Gauss-Seidel sweeps spent to reach the tolerance and
   * the relaxation factor in use at the end; then the sweeps of the {@link TailRefinement} and the
   * largest relative change of a probability of at least 1e-40 in its last sweep (at most 1e-10
   * unless the sweep limit cut it short).
   */
  public record Solution(double[] probabilities, double residual, int iterations, double omega,
      int refinementSweeps, double relativeChange) {

    /** True when the refinement finished: every probability of at least 1e-40 settled. */
    public boolean smallProbabilitiesSettled() {
      return relativeChange <= TailRefinement.RELATIVE_CHANGE;
    }
  }

  /**
   * The dimensionless residual ||pi Q||_1 / Λ of {@code pi} normalised to sum 1, where Λ is the
   * chain's largest exit rate (0 for a chain without transitions).
   */
  public static double residual(Ctmc chain, double[] pi) {
    chain.checkLength(pi, "pi");
    double sum = 0;
    for (double p : pi) {
      sum += p;
    }
    if (chain.maxExitRate() == 0) {
      return 0;
    }
    double[] flux = chain.multiply(pi);
    double r = 0;
    for (double f : flux) {
      r += Math.abs(f);
    }
    return r / Math.abs(sum) / chain.maxExitRate();
  }

  private static Solution gaussSeidel(Ctmc chain, double tolerance, int maxIterations) {
    GaussSeidel solver = new GaussSeidel(chain);
    GaussSeidel.Outcome o;
    try {
      o = solver.solve(start(chain), tolerance, maxIterations, "the steady state");
    } catch (CtmcException pointStartFailed) {
      // Some chains (the restart chains of Absorption, whose likeliest-looking state is the
      // restart) do not converge from all the mass on one state; from a start with every state
      // holding a little, they do. The refinement below then brings the small ones down.
      o = new GaussSeidel(chain).solve(spreadStart(chain), tolerance, maxIterations,
          "the steady state");
    }
    TailRefinement.Outcome r = new TailRefinement(chain, solver.backward())
        .refine(o.x(), Math.max(1, maxIterations - o.sweeps()));
    return new Solution(o.x(), o.residual(), o.sweeps(), o.omega(), r.sweeps(), r.relativeChange());
  }

  /**
   * The first iterate: all the mass on the state that looks likeliest, the one with the largest
   * ratio of rate in (summed over sources) to rate out: in an availability chain, the all-up state
   * (repairs in, failures out). Starting there rather than from the uniform vector matters: the
   * uniform vector puts nearly all the mass on unlikely states, and where those are nearly in
   * balance with each other (a long chain with a steady drift) Gauss-Seidel drains them only
   * slowly. Measured to residual 1e-12: a 100 000-state birth-death chain stalls near 1e-6 from the
   * uniform vector and converges in 2 041 sweeps from here; the 100 000-state benchmark chains take
   * 341 instead of 801 and 4 771 instead of 14 441 sweeps.
   *
   * <p>Nothing is spread over the other states (an even 1e-12 of the mass once was): the sweeps
   * reach every state of an irreducible chain from this one, whereas a spread leaves each state far
   * from the likely ones holding about 1e-12 / size, orders of magnitude above its probability,
   * which only a sweep per level of depth removes (see {@link TailRefinement}). Without it the
   * sweeps to residual 1e-12 were the same on the chains above (2 041, 341, and 4 771 against
   * 4 761) and half (601 against 1 241) on an overloaded 3 001-state birth-death chain.
   */
  static double[] start(Ctmc chain) {
    int n = chain.size();
    int likeliest = 0;
    double bestRatio = -1;
    for (int j = 0; j < n; j++) {
      double in = 0;
      for (int k = chain.colStart[j]; k < chain.colStart[j + 1]; k++) {
        in += chain.colRate[k];
      }
      double ratio = in / chain.exitRate(j);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        likeliest = j;
      }
    }
    double[] x = new double[n];
    x[likeliest] = 1;
    return x;
  }

  /** {@link #start} with 1e-12 of the mass spread evenly over every state. */
  static double[] spreadStart(Ctmc chain) {
    double[] x = start(chain);
    int n = x.length;
    for (int i = 0; i < n; i++) {
      x[i] = x[i] * (1 - SPREAD) + SPREAD / n;
    }
    return x;
  }

  /** Applies {@code solver} to the only closed class; zeros elsewhere. */
  private static double[] onClosedClass(Ctmc chain, Function<Ctmc, double[]> solver) {
    int n = chain.size();
    if (n == 1) {
      return new double[] {1};
    }
    boolean[] closed = ChainGraph.onlyClosedClass(chain);
    int[] index = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      index[i] = closed[i] ? m++ : -1;
    }
    if (m == n) {
      return solver.apply(chain);
    }
    double[] pi = new double[n];
    if (m == 1) {
      for (int i = 0; i < n; i++) {
        pi[i] = closed[i] ? 1 : 0;
      }
      return pi;
    }
    double[] sub = solver.apply(chain.restrict(closed, index, m));
    for (int i = 0; i < n; i++) {
      if (closed[i]) {
        pi[i] = sub[index[i]];
      }
    }
    return pi;
  }
}
