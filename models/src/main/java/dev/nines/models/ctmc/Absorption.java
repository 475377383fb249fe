package dev.nines.models.ctmc;

/**
 * Mean time until the chain first enters a set of target states (MTTF when the targets are the
 * system's down states), from an initial distribution p0.
 *
 * <p>Only the states S that the chain can visit before the target matter: those reachable from p0's
 * support without passing through a target. If one of them cannot reach the target, the chain gets
 * stuck there with positive probability and the mean is +∞. Otherwise the mean times m (one per
 * state of S) solve (-Q restricted to S) m = 1, and the answer is sum of p0[i] m[i] over S (mass
 * of p0 on target states counts 0).
 *
 * <p>{@link #direct} solves that system by Gaussian elimination in the manner of GTH: the pivot of
 * a state is the sum of its remaining rates, including those into the target, never a difference,
 * so it stays accurate when the target is rarely reached (mean times of 10^12 repair times and
 * more), where LU with pivoting, which subtracts, loses most digits.
 *
 * <p>{@link #iterative} uses renewal-reward instead of the linear system: each entry into the
 * target restarts the chain from p0 (through one extra state), and in that chain's steady state
 * MTTA = P(in S) / (frequency of entering the target). Gauss-Seidel on the linear system itself
 * would gain only about (probability of reaching the target per excursion) per sweep: hopeless
 * for a rare failure. The steady state converges as fast as the chain's ordinary availability
 * steady state, and the answer is a ratio of positive sums.
 */
public final class Absorption {

  /** {@link #meanTimeTo} eliminates directly up to this many visited states. */
  public static final int DIRECT_LIMIT = 2000;

  /** The most visited states {@link #direct} accepts: it stores size² doubles. */
  public static final int DIRECT_MAX = 4000;

  private Absorption() {
  }

  /**
   * The mean time from {@code p0} until a state in {@code target} is first entered: +∞ if the chain
   * can get stuck away from target, 0 if p0 lies on target states. Direct up to
   * {@link #DIRECT_LIMIT} visited states, else iterative with residual 1e-12.
   */
  public static double meanTimeTo(Ctmc chain, double[] p0, boolean[] target) {
    Problem problem = new Problem(chain, p0, target);
    if (problem.answer != null) {
      return problem.answer;
    }
    return problem.size <= DIRECT_LIMIT ? problem.direct()
        : problem.iterative(SteadyState.DEFAULT_TOLERANCE, SteadyState.DEFAULT_MAX_ITERATIONS);
  }

  /**
   * The mean time until the chain first moves into {@code target} from outside it: as
   * {@link #meanTimeTo} where p0 lies outside the target; where it starts on target states, the time
   * to leave them first counts too (a system that starts down has not failed yet: its first failure
   * comes after its first repair). Solved on a chain of twice the size: a copy of the target states
   * for "not yet left", from which a move out of the target joins the original chain, whose target
   * states are then the goal.
   */
  public static double meanTimeToFirstEntry(Ctmc chain, double[] p0, boolean[] target) {
    boolean startsOnTarget = false;
    for (int i = 0; i < p0.length; i++) {
      startsOnTarget |= p0[i] > 0 && target[i];
    }
    if (!startsOnTarget) {
      return meanTimeTo(chain, p0, target);
    }
    int n = chain.size();
    Ctmc.Builder b = Ctmc.builder(2 * n);
    chain.forEachTransition((from, to, rate) -> {
      b.rate(from, to, rate);
      if (target[from]) {
        b.rate(n + from, target[to] ? n + to : to, rate);
      }
    });
    double[] start = new double[2 * n];
    boolean[] goal = new boolean[2 * n];
    for (int i = 0; i < n; i++) {
      start[target[i] ? n + i : i] = p0[i];
      goal[i] = target[i];
    }
    return meanTimeTo(b.build(), start, goal);
  }

  /**
   * As {@link #meanTimeTo}, always by elimination: O(size × bandwidth²) time for a banded chain,
   * size² doubles of memory.
   *
   * @throws CtmcException if more than {@link #DIRECT_MAX} states can be visited
   */
  public static double direct(Ctmc chain, double[] p0, boolean[] target) {
    Problem problem = new Problem(chain, p0, target);
    return problem.answer != null ? problem.answer : problem.direct();
  }

  /**
   * As {@link #meanTimeTo}, always iteratively: the steady state of the restarted chain (see the
   * class comment) by {@link SteadyState#iterative} to {@code tolerance}. Its accuracy is that of
   * the steady-state probabilities of the states next to the target, like an unavailability
   * computed by the steady state: close to the residual, relatively, when the target is reached
   * often enough. Measured against {@link #direct} at tolerance 1e-12: 1e-11 relative for a mean
   * of 3e10 repair times, 1e-5 for an absurd 3e24.
   *
   * @throws CtmcException with the residual reached if it does not converge in maxIterations sweeps
   */
  public static double iterative(Ctmc chain, double[] p0, boolean[] target, double tolerance,
      int maxIterations) {
    if (!(tolerance > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("need tolerance > 0 and maxIterations >= 1, got "
          + tolerance + " and " + maxIterations);
    }
    Problem problem = new Problem(chain, p0, target);
    return problem.answer != null ? problem.answer
        : problem.iterative(tolerance, maxIterations);
  }

  /** The states visited before the target, renumbered 0..size-1 in their original order. */
  private static final class Problem {
    final Ctmc chain;
    final double[] p0;
    final boolean[] target;
    /** Set when the answer is known without solving: 0 or +∞. */
    Double answer;
    int size;
    int[] states;
    int[] index;

    Problem(Ctmc chain, double[] p0, boolean[] target) {
      Distributions.checkDistribution(chain, p0, "p0");
      Distributions.checkMask(chain, target, "target");
      this.chain = chain;
      this.p0 = p0;
      this.target = target;
      boolean[] support = new boolean[p0.length];
      for (int i = 0; i < p0.length; i++) {
        support[i] = p0[i] > 0;
      }
      boolean[] visited = ChainGraph.reachableAvoiding(chain, support, target);
      boolean[] canReach = ChainGraph.canReach(chain, target);
      index = new int[chain.size()];
      for (int i = 0; i < visited.length; i++) {
        index[i] = visited[i] ? size++ : -1;
        if (visited[i] && !canReach[i]) {
          answer = Double.POSITIVE_INFINITY;
        }
      }
      if (size == 0 && answer == null) {
        answer = 0.0;
      }
      states = new int[size];
      for (int i = 0; i < visited.length; i++) {
        if (visited[i]) {
          states[index[i]] = i;
        }
      }
    }

    double direct() {
      if (size > DIRECT_MAX) {
        throw new CtmcException("too many states for direct elimination: " + size + " can be"
            + " visited before the target (at most " + DIRECT_MAX + "); use the iterative method");
      }
      double[][] q = new double[size][size];
      double[] toTarget = new double[size];
      double[] reward = new double[size];
      for (int s = 0; s < size; s++) {
        int i = states[s];
        for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
          int j = chain.rowTo[k];
          if (target[j]) {
            toTarget[s] += chain.rowRate[k];
          } else {
            q[s][index[j]] = chain.rowRate[k]; // every non-target successor is visited too
          }
        }
        reward[s] = 1;
      }
      double[] pivot = new double[size];
      int[] successors = new int[size];
      for (int k = size - 1; k >= 0; k--) {
        double[] rowK = q[k];
        double out = toTarget[k];
        int count = 0;
        for (int j = 0; j < k; j++) {
          if (rowK[j] != 0) {
            out += rowK[j];
            successors[count++] = j;
          }
        }
        if (out == 0) {
          throw new CtmcException("state " + states[k] + " cannot reach the target");
        }
        pivot[k] = out;
        for (int i = 0; i < k; i++) {
          if (q[i][k] == 0) {
            continue;
          }
          double f = q[i][k] / out;
          double[] rowI = q[i];
          for (int t = 0; t < count; t++) {
            rowI[successors[t]] += f * rowK[successors[t]];
          }
          toTarget[i] += f * toTarget[k];
          reward[i] += f * reward[k];
        }
      }
      double[] mean = new double[size];
      double answer = 0;
      for (int k = 0; k < size; k++) {
        double sum = reward[k];
        for (int j = 0; j < k; j++) {
          sum += q[k][j] * mean[j];
        }
        mean[k] = sum / pivot[k];
        answer += p0[states[k]] * mean[k];
      }
      return answer;
    }

    /**
     * The renewal-reward form: every entry into the target restarts the chain through an extra
     * state R (entered at the target rates, left at rate Λ towards p0 restricted to S). In that
     * irreducible chain's steady state pi, each cycle spends on average MTTA in S, so MTTA =
     * (sum of pi over S) / (the frequency of entering R), a ratio of positive sums.
     */
    double iterative(double tolerance, int maxIterations) {
      int restart = size;
      Ctmc.Builder b = Ctmc.builder(size + 1);
      double lambda = 0;
      double[] toTarget = new double[size];
      for (int s = 0; s < size; s++) {
        int i = states[s];
        for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
          int j = chain.rowTo[k];
          if (target[j]) {
            toTarget[s] += chain.rowRate[k];
          } else {
            b.rate(s, index[j], chain.rowRate[k]);
          }
        }
        if (toTarget[s] > 0) {
          b.rate(s, restart, toTarget[s]);
        }
        lambda = Math.max(lambda, chain.exitRate(i));
      }
      double mass = 0;
      for (int s = 0; s < size; s++) {
        mass += p0[states[s]];
      }
      for (int s = 0; s < size; s++) {
        if (p0[states[s]] > 0) {
          b.rate(restart, s, lambda * p0[states[s]] / mass);
        }
      }
      double[] pi = SteadyState.iterative(b.build(), tolerance, maxIterations);
      double inS = 0;
      double entering = 0;
      for (int s = 0; s < size; s++) {
        inS += pi[s];
        entering += pi[s] * toTarget[s];
      }
      // p0 mass already on the target contributes 0 time: scale by the share of p0 on S
      return mass * inS / entering;
    }
  }
}
