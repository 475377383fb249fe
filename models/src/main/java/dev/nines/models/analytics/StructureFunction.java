package dev.nines.models.analytics;

import dev.nines.models.structure.Structure;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The probability that a structure is up, and that it is down, given the availability and the
 * unavailability of each group's units, assuming units are independent and every group appears in
 * the structure at most once; and the Birnbaum importance of one unit of a group, the derivative
 * of P(up) by that unit's availability.
 *
 * <p><b>No cancellation.</b> P(up) and P(down) are carried side by side and each is computed
 * without subtracting, so both keep their full relative precision, however close to 0 (or to 1)
 * they are: a parallel node's P(down) is the product of its parts' P(down); a series node's is
 * 1 − Π(1 − U_i) written as −expm1(Σ log1p(−U_i)); a k-of-n node's is the lower tail, summed
 * term by term over the configurations with fewer than k parts up (never 1 − the upper tail). The
 * importance is carried the same way, by the chain rule, as a sum of non-negative products (the
 * structures are coherent, so no derivative is negative): in a parallel node I_i = Π_{j≠i} U_j,
 * in a series node Π_{j≠i} A_j, in a k-of-n node P(exactly k − 1 of the others up). So eighteen or
 * thirty nines come out as exact as two; {@code A(unit up) − A(unit down)} would lose them.
 */
final class StructureFunction {

  /** One unit's probabilities of being up and down (they add up to 1; each is exact on its own). */
  record Unit(double up, double down) {

    /** Up mean life / (life + repair), down mean repair / (life + repair): renewal theory. */
    static Unit renewal(double meanLife, double meanRepair) {
      double cycle = meanLife + meanRepair;
      return new Unit(meanLife / cycle, meanRepair / cycle);
    }
  }

  /**
   * A node's P(up), P(down) and the derivative of P(up) by the availability of one unit of the
   * group asked about (its Birnbaum importance; 0 when no group is asked about).
   */
  record Value(double up, double down, double slope) {}

  /** Below this many units a binomial term is a plain product (C(n, j) is then exact). */
  private static final int PLAIN_PRODUCT = 56;

  private final Map<String, Unit> units;
  private final Map<String, Integer> unitCount;

  StructureFunction(Map<String, Unit> units, Map<String, Integer> unitCount) {
    this.units = units;
    this.unitCount = unitCount;
  }

  /** P(node up). */
  double availability(Structure node) {
    return value(node, null).up();
  }

  /** P(node down), to full relative precision. */
  double unavailability(Structure node) {
    return value(node, null).down();
  }

  /**
   * Birnbaum importance of one unit of the group: P(node up | unit up) − P(node up | unit down),
   * the probability that the unit is critical, computed as a derivative without that subtraction.
   */
  double importance(Structure node, String group) {
    return value(node, group).slope();
  }

  /** The node's probabilities, with the slope by one unit of {@code group} (null: none). */
  Value value(Structure node, String group) {
    if (node instanceof Structure.Group g) {
      return atLeastOfGroup(unitCount.get(g.name()), g.name(), group);
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      return atLeastOfGroup(a.k(), a.group(), group);
    }
    List<Structure> parts = Structure.partsOf(node);
    Value[] v = new Value[parts.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value(parts.get(i), group);
    }
    if (node instanceof Structure.Series) {
      return series(v);
    }
    if (node instanceof Structure.Parallel) {
      return parallel(v);
    }
    return atLeast(((Structure.AtLeast) node).k(), v);
  }

  /** Up while every part is up: P(up) = Π A_i, P(down) = −expm1(Σ log A_i). */
  static Value series(Value[] v) {
    double up = 1;
    double logUp = 0;
    for (Value part : v) {
      up *= part.up();
      logUp += log(part.up(), part.down());
    }
    double slope = 0;
    for (int i = 0; i < v.length; i++) {
      if (v[i].slope() != 0) {
        double others = 1;
        for (int j = 0; j < v.length; j++) {
          others *= j == i ? 1 : v[j].up();
        }
        slope += v[i].slope() * others;
      }
    }
    return new Value(up, -Math.expm1(logUp), slope);
  }

  /** Up while any part is up: P(down) = Π U_i, P(up) = −expm1(Σ log U_i). */
  static Value parallel(Value[] v) {
    double down = 1;
    double logDown = 0;
    for (Value part : v) {
      down *= part.down();
      logDown += log(part.down(), part.up());
    }
    double slope = 0;
    for (int i = 0; i < v.length; i++) {
      if (v[i].slope() != 0) {
        double others = 1;
        for (int j = 0; j < v.length; j++) {
          others *= j == i ? 1 : v[j].down();
        }
        slope += v[i].slope() * others;
      }
    }
    return new Value(-Math.expm1(logDown), down, slope);
  }

  /**
   * Up while at least k of the independent parts are up: both tails of the number up, summed term
   * by term (a Poisson-binomial distribution built by dynamic programming from the parts' P(up) and
   * P(down), never from 1 − P(up)); the slope by part i is P(exactly k − 1 of the others up).
   */
  static Value atLeast(int k, Value[] v) {
    if (k <= 0) {
      return new Value(1, 0, 0);
    }
    if (k > v.length) {
      return new Value(0, 1, 0);
    }
    double[] ways = exactlyUp(v, -1);
    double up = 0;
    double down = 0;
    for (int j = 0; j < ways.length; j++) {
      if (j >= k) {
        up += ways[j];
      } else {
        down += ways[j];
      }
    }
    double slope = 0;
    for (int i = 0; i < v.length; i++) {
      if (v[i].slope() != 0) {
        slope += v[i].slope() * exactlyUp(v, i)[k - 1];
      }
    }
    return new Value(up, down, slope);
  }

  /** P(exactly j of the parts up) for j = 0..parts, leaving part {@code skip} out (-1: none). */
  private static double[] exactlyUp(Value[] v, int skip) {
    double[] ways = new double[v.length + 1];
    ways[0] = 1;
    int seen = 0;
    for (int i = 0; i < v.length; i++) {
      if (i == skip) {
        continue;
      }
      seen++;
      for (int j = seen; j >= 1; j--) {
        ways[j] = ways[j] * v[i].down() + ways[j - 1] * v[i].up();
      }
      ways[0] *= v[i].down();
    }
    return ways;
  }

  /** At least k of the group's units up; the slope by one of them when the group is asked about. */
  private Value atLeastOfGroup(int k, String name, String group) {
    int n = unitCount.get(name);
    Unit unit = units.get(name);
    double slope = 0;
    if (name.equals(group) && k >= 1 && k <= n) {
      // P(exactly k - 1 of the other n - 1 units up)
      slope = binomialTerm(n - 1, n - k, unit.up(), unit.down());
    }
    return new Value(binomialAtLeast(k, n, unit.up(), unit.down()),
        binomialBelow(k, n, unit.up(), unit.down()), slope);
  }

  /** P(Bin(n, a) >= k): at most n − k of n units down, each up with a and down with u. */
  static double binomialAtLeast(int k, int n, double a, double u) {
    if (k <= 0) {
      return 1;
    }
    double sum = 0;
    for (int down = 0; down <= n - k; down++) {
      sum += binomialTerm(n, down, a, u);
    }
    return sum;
  }

  /** P(Bin(n, a) < k), the lower tail: more than n − k of n units down, term by term. */
  static double binomialBelow(int k, int n, double a, double u) {
    if (k <= 0) {
      return 0;
    }
    double sum = 0;
    for (int down = Math.max(0, n - k + 1); down <= n; down++) {
      sum += binomialTerm(n, down, a, u);
    }
    return sum;
  }

  /**
   * C(n, d) u^d a^(n − d): exactly d of n units down. A plain product for small n (a few ulps);
   * in logarithms where C(n, d) is not exact or the product would underflow (relative error about
   * |log of the term| × 1e-16, at most 1e-13).
   */
  static double binomialTerm(int n, int d, double a, double u) {
    if (d > 0 && u == 0 || n - d > 0 && a == 0) {
      return 0;
    }
    if (n <= PLAIN_PRODUCT) {
      double t = CombinatoricsUtils.binomialCoefficientDouble(n, d) * Math.pow(u, d)
          * Math.pow(a, n - d);
      if (t >= Double.MIN_NORMAL) {
        return t;
      }
    }
    double log = CombinatoricsUtils.binomialCoefficientLog(n, d)
        + (d == 0 ? 0 : d * log(u, a)) + (n - d == 0 ? 0 : (n - d) * log(a, u));
    return Math.exp(log);
  }

  /** log p, where q = 1 − p is known exactly too: log1p(−q) when p is the larger. */
  private static double log(double p, double q) {
    return p > 0.5 ? Math.log1p(-q) : Math.log(p);
  }
}
