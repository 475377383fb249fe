package dev.nines.benchmarks.coverage;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A small continuous-time Markov chain, built by hand from its generator, with the few pieces of
 * linear algebra the exact values need: the stationary distribution, mean hitting times and the
 * distribution at a time t. Deliberately not the simulator's solver: the matrix exponential here is
 * Taylor series with scaling and squaring, where nines uses uniformization.
 */
final class Chain {

  private final double[][] q;

  /** @param generator rates q[i][j] for i != j; the diagonal is ignored and set to minus the row sum */
  Chain(double[][] generator) {
    int n = generator.length;
    q = new double[n][n];
    for (int i = 0; i < n; i++) {
      if (generator[i].length != n) {
        throw new IllegalArgumentException("the generator must be square");
      }
      double out = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          if (generator[i][j] < 0) {
            throw new IllegalArgumentException("negative rate q[" + i + "][" + j + "]");
          }
          q[i][j] = generator[i][j];
          out += generator[i][j];
        }
      }
      q[i][i] = -out;
    }
  }

  int size() {
    return q.length;
  }

  /** π with πQ = 0 and Σπ = 1 (an irreducible chain), by LU on Qᵀ with one row replaced by ones. */
  double[] stationary() {
    int n = q.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = i == n - 1 ? 1 : q[j][i];
      }
    }
    double[] b = new double[n];
    b[n - 1] = 1;
    return solve(a, b);
  }

  /**
   * The mean time to reach a state of {@code target} from each state (0 in the target): m solves
   * −Q_TT m = 1 over the other states T.
   */
  double[] meanTimeTo(boolean[] target) {
    int n = q.length;
    int[] index = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      index[i] = target[i] ? -1 : m++;
    }
    double[][] a = new double[m][m];
    double[] ones = new double[m];
    for (int i = 0; i < n; i++) {
      if (index[i] < 0) {
        continue;
      }
      ones[index[i]] = 1;
      for (int j = 0; j < n; j++) {
        if (index[j] >= 0) {
          a[index[i]][index[j]] = -q[i][j];
        }
      }
    }
    double[] solved = solve(a, ones);
    double[] times = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = index[i] < 0 ? 0 : solved[index[i]];
    }
    return times;
  }

  /** The distribution at time t from {@code initial}: initial · exp(Qt). */
  double[] distributionAt(double[] initial, double t) {
    return times(initial, expm(scaled(q, t)));
  }

  /** The generator entry q[i][j] (the diagonal is minus the row's total rate). */
  double rate(int i, int j) {
    return q[i][j];
  }

  /** exp(A) by Taylor series on A / 2^s with ‖A / 2^s‖∞ ≤ 1/4, then s squarings. */
  static double[][] expm(double[][] a) {
    int n = a.length;
    double norm = 0;
    for (double[] row : a) {
      double sum = 0;
      for (double x : row) {
        sum += Math.abs(x);
      }
      norm = Math.max(norm, sum);
    }
    int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
    double[][] small = scaled(a, Math.scalb(1.0, -squarings));
    double[][] sum = identity(n);
    double[][] term = identity(n);
    for (int k = 1; k <= 30; k++) {
      term = scaled(product(term, small), 1.0 / k);
      sum = plus(sum, term);
    }
    for (int s = 0; s < squarings; s++) {
      sum = product(sum, sum);
    }
    return sum;
  }

  /** Row vector times matrix. */
  static double[] times(double[] v, double[][] m) {
    double[] out = new double[m[0].length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += v[i] * m[i][j];
      }
    }
    return out;
  }

  private static double[] solve(double[][] a, double[] b) {
    RealMatrix matrix = new Array2DRowRealMatrix(a, false);
    return new LUDecomposition(matrix).getSolver().solve(new ArrayRealVector(b, false)).toArray();
  }

  private static double[][] identity(int n) {
    double[][] id = new double[n][n];
    for (int i = 0; i < n; i++) {
      id[i][i] = 1;
    }
    return id;
  }

  private static double[][] scaled(double[][] a, double factor) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = new double[a[i].length];
      for (int j = 0; j < a[i].length; j++) {
        out[i][j] = a[i][j] * factor;
      }
    }
    return out;
  }

  private static double[][] plus(double[][] a, double[][] b) {
    double[][] out = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        out[i][j] = a[i][j] + b[i][j];
      }
    }
    return out;
  }

  private static double[][] product(double[][] a, double[][] b) {
    int n = a.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        for (int j = 0; j < n; j++) {
          out[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return out;
  }
}
