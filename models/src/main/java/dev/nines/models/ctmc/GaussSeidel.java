package dev.nines.models.ctmc;

/**
 * Gauss-Seidel / SOR sweeps for the stationary distribution of an irreducible chain, x Q = 0: one
 * sweep updates, state by state and in place, x[j] = (sum over i of x[i] Q[i][j]) / exitRate(j),
 * reading the chain by column; x is renormalised to sum 1 after every sweep.
 *
 * <p><b>Sweep order.</b> A state is best updated after the states that feed it most. In an
 * availability chain numbered by failures, repairs (fast) lead to lower numbers, and sweeping from
 * the last state to the first took up to half the sweeps of the other direction. The
 * direction is chosen from the data: backwards when the rates towards lower numbers add up to more
 * than those towards higher numbers.
 *
 * <p><b>Relaxation.</b> Plain Gauss-Seidel (omega = 1) runs first. A system not solved within 300
 * sweeps is one Gauss-Seidel finds hard; there, SOR with omega = 1.5 took 2 to 3 times fewer
 * sweeps on every slow availability chain measured (see benchmarks/RESULTS-ctmc.md). SOR with
 * omega > 1 is not guaranteed to converge on Markov chains: it diverges on a random sparse chain
 * from omega = 1.25, and on some availability chains the residual first leaps by six orders of
 * magnitude. So the best iterate is kept, and if the residual explodes (1000 times the best) or
 * makes no new best in 300 sweeps, the best iterate is restored and the solve finishes with
 * omega = 1. (A ladder that tried 1.25, 1.5, 1.75 on short trials picked worse factors: over 100
 * sweeps the transient after a change of omega hides the asymptotic gain.)
 *
 * <p>After convergence, negative entries (SOR can produce tiny ones) are cleared and one plain
 * sweep is done, which leaves every entry non-negative and checks the residual again. The residual
 * says nothing about probabilities far below it; {@link TailRefinement} brings those to their
 * relative precision afterwards.
 */
final class GaussSeidel {

  /** Sweeps between residual evaluations (one evaluation costs about one sweep). */
  static final int CHECK_EVERY = 10;

  /** Plain Gauss-Seidel sweeps before over-relaxation is tried. */
  private static final int TUNE_AFTER = 300;

  /** With omega > 1, sweeps without a new best residual before omega is lowered. */
  private static final int STALL = 300;

  /** The over-relaxation factor tried on chains that plain Gauss-Seidel solves slowly. */
  private static final double OMEGA = 1.5;

  private final int n;
  private final int[] colStart;
  private final int[] colFrom;
  private final double[] colRate;
  private final double[] diag;
  private final double[] inverseDiag;
  private final double scale;
  private final boolean backward;

  /** Outcome: the solution, its residual, the sweeps spent and the final relaxation factor. */
  record Outcome(double[] x, double residual, int sweeps, double omega) {
  }

  /** A solver for {@code chain}, which must be irreducible with at least two states. */
  GaussSeidel(Ctmc chain) {
    n = chain.size();
    colStart = chain.colStart;
    colFrom = chain.colFrom;
    colRate = chain.colRate;
    diag = new double[n];
    for (int j = 0; j < n; j++) {
      diag[j] = chain.exitRate(j);
    }
    scale = chain.maxExitRate();
    inverseDiag = new double[n];
    for (int j = 0; j < n; j++) {
      inverseDiag[j] = 1 / diag[j];
    }
    double down = 0;
    double up = 0;
    for (int j = 0; j < n; j++) {
      for (int k = colStart[j]; k < colStart[j + 1]; k++) {
        if (colFrom[k] > j) {
          down += colRate[k];
        } else {
          up += colRate[k];
        }
      }
    }
    backward = down >= up;
  }

  /** True when the sweeps run from the last state to the first. */
  boolean backward() {
    return backward;
  }

  /** Runs sweeps from {@code x} (overwritten) until the residual is at most {@code tolerance}. */
  Outcome solve(double[] x, double tolerance, int maxSweeps, String what) {
    Run run = new Run(x, tolerance, maxSweeps);
    while (run.sweeps < maxSweeps) {
      if (run.advance(x)) {
        return new Outcome(x, run.residual, run.sweeps, run.omega);
      }
      if (run.stalled()) {
        throw new CtmcException(what + " did not converge: residual stalled at "
            + String.format("%.3g", run.bestResidual) + " (reached after " + run.bestAt
            + " Gauss-Seidel sweeps, none better in the " + (run.sweeps - run.bestAt)
            + " since; tolerance " + tolerance + "): either the tolerance is below what rounding"
            + " allows for this chain, or Gauss-Seidel cannot solve it");
      }
    }
    throw new CtmcException(what + " did not converge: residual "
        + String.format("%.3g", run.residual) + " after " + run.sweeps
        + " Gauss-Seidel sweeps (tolerance " + tolerance + ", omega " + run.omega
        + "); raise the iteration limit or loosen the tolerance");
  }

  /** The state of one solve: sweeps done, omega, the best iterate so far. */
  private final class Run {
    final double tolerance;
    final int maxSweeps;
    int sweeps;
    double omega = 1;
    double residual = Double.NaN;
    private boolean relaxationTried;
    private final double[] best;
    double bestResidual = Double.POSITIVE_INFINITY;
    int bestAt;

    Run(double[] x, double tolerance, int maxSweeps) {
      this.tolerance = tolerance;
      this.maxSweeps = maxSweeps;
      best = x.clone();
    }

    /**
     * CHECK_EVERY sweeps (fewer at the limit), then the residual; true (x polished) once within
     * tolerance. Switches omega to 1.5 after TUNE_AFTER sweeps, and back to 1 for good, restoring
     * the best iterate, if the residual then makes no new best in STALL sweeps or explodes.
     */
    boolean advance(double[] x) {
      int todo = Math.min(CHECK_EVERY, maxSweeps - sweeps);
      for (int i = 0; i < todo; i++) {
        sweep(x, omega);
      }
      sweeps += todo;
      residual = residual(x);
      if (residual <= tolerance) {
        residual = polish(x);
        sweeps++;
        if (residual <= tolerance) {
          return true;
        }
      }
      if (residual < bestResidual) {
        bestResidual = residual;
        bestAt = sweeps;
        System.arraycopy(x, 0, best, 0, n);
      } else if (omega > 1 && (!(residual <= 1000 * bestResidual) || sweeps - bestAt > STALL)) {
        System.arraycopy(best, 0, x, 0, n);
        residual = bestResidual;
        omega = 1;
      }
      if (!relaxationTried && sweeps >= TUNE_AFTER) {
        relaxationTried = true;
        omega = OMEGA;
        bestAt = sweeps;
      }
      return false;
    }

    /** Plain Gauss-Seidel made no new best in the second half of the run (and 1000 sweeps). */
    boolean stalled() {
      return omega == 1 && sweeps - bestAt > Math.max(1000, sweeps / 2);
    }
  }

  /** One sweep with relaxation omega, then renormalisation. */
  void sweep(double[] x, double omega) {
    int first = backward ? n - 1 : 0;
    int step = backward ? -1 : 1;
    double sum = 0;
    for (int t = 0, j = first; t < n; t++, j += step) {
      double in = 0;
      int end = colStart[j + 1];
      for (int k = colStart[j]; k < end; k++) {
        in += x[colFrom[k]] * colRate[k];
      }
      // (1 - omega) x[j] + omega g, written so that only one multiply-add follows the sum
      double v = omega == 1 ? in * inverseDiag[j]
          : in * (omega * inverseDiag[j]) + (1 - omega) * x[j];
      x[j] = v;
      sum += v;
    }
    double inverse = 1 / sum;
    for (int j = 0; j < n; j++) {
      x[j] *= inverse;
    }
  }

  /** Clears negative entries, then one plain sweep; returns the residual after it. */
  private double polish(double[] x) {
    for (int j = 0; j < n; j++) {
      if (x[j] < 0) {
        x[j] = 0;
      }
    }
    sweep(x, 1);
    return residual(x);
  }

  /** The residual ||x Q||_1 / (largest exit rate) of a normalised x. */
  double residual(double[] x) {
    double r = 0;
    for (int j = 0; j < n; j++) {
      double in = 0;
      for (int k = colStart[j]; k < colStart[j + 1]; k++) {
        in += x[colFrom[k]] * colRate[k];
      }
      r += Math.abs(in - x[j] * diag[j]);
    }
    return r / scale;
  }
}
