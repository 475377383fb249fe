package dev.nines.models.ctmc;

import java.util.SplittableRandom;

/** Chains shared by the tests. Rates are per second, as everywhere in nines. */
final class Chains {

  static final double HOUR = 3600;

  private Chains() {
  }

  /** A birth-death chain: birth[k] is the rate k -> k+1, death[k] the rate k+1 -> k. */
  static Ctmc birthDeath(double[] birth, double[] death) {
    Ctmc.Builder b = Ctmc.builder(birth.length + 1);
    for (int k = 0; k < birth.length; k++) {
      b.rate(k, k + 1, birth[k]);
      b.rate(k + 1, k, death[k]);
    }
    return b.build();
  }

  /** N machines failing at rate lambda each, repaired one at a time at rate mu: state = # down. */
  static Ctmc machineRepair(int machines, double lambda, double mu) {
    double[] birth = new double[machines];
    double[] death = new double[machines];
    for (int k = 0; k < machines; k++) {
      birth[k] = (machines - k) * lambda;
      death[k] = mu;
    }
    return birthDeath(birth, death);
  }

  /**
   * Two groups of units (A: a units, MTTF 1000 h, MTTR 8 h; B: b units, MTTF 2000 h, MTTR 4 h)
   * sharing a crew of {@code crew} repairers who serve A first. State (i, j) = (A down, B down) is
   * numbered i (b + 1) + j, so state 0 is all up.
   */
  static Ctmc twoGroups(int a, int b, int crew) {
    double lambdaA = 1 / (1000 * HOUR);
    double muA = 1 / (8 * HOUR);
    double lambdaB = 1 / (2000 * HOUR);
    double muB = 1 / (4 * HOUR);
    int width = b + 1;
    Ctmc.Builder builder = Ctmc.builder((a + 1) * width);
    for (int i = 0; i <= a; i++) {
      for (int j = 0; j <= b; j++) {
        int s = i * width + j;
        int repairA = Math.min(i, crew);
        int repairB = Math.min(j, crew - repairA);
        if (i < a) {
          builder.rate(s, s + width, (a - i) * lambdaA);
        }
        if (j < b) {
          builder.rate(s, s + 1, (b - j) * lambdaB);
        }
        if (repairA > 0) {
          builder.rate(s, s - width, repairA * muA);
        }
        if (repairB > 0) {
          builder.rate(s, s - 1, repairB * muB);
        }
      }
    }
    return builder.build();
  }

  /** One unit: state 0 up, 1 down. */
  static Ctmc oneUnit(double lambda, double mu) {
    return Ctmc.builder(2).rate(0, 1, lambda).rate(1, 0, mu).build();
  }

  /**
   * A random irreducible chain whose transitions stay within {@code band} of the diagonal (so GTH
   * is cheap): a path both ways through all states, plus random extra transitions. Rates are
   * stiff like an availability chain's: moves up (failures) 1e-8..1e-6, moves down (repairs)
   * 1e-5..1e-4 per second.
   */
  static Ctmc randomBanded(int states, int band, long seed) {
    return randomBanded(states, band, seed, 1e-8, 1e-6);
  }

  /** As above, with moves up at rates log-uniform in [upLow, upHigh]. */
  static Ctmc randomBanded(int states, int band, long seed, double upLow, double upHigh) {
    SplittableRandom random = new SplittableRandom(seed);
    Ctmc.Builder b = Ctmc.builder(states);
    for (int i = 0; i + 1 < states; i++) {
      b.rate(i, i + 1, logUniform(random, upLow, upHigh));
      b.rate(i + 1, i, logUniform(random, 1e-5, 1e-4));
    }
    for (int e = 0; e < 2 * states; e++) {
      int i = random.nextInt(states);
      int j = Math.max(0, Math.min(states - 1, i + random.nextInt(-band, band + 1)));
      if (i != j) {
        b.rate(i, j, j > i ? logUniform(random, upLow, upHigh) : logUniform(random, 1e-5, 1e-4));
      }
    }
    return b.build();
  }

  private static double logUniform(SplittableRandom random, double low, double high) {
    return low * Math.pow(high / low, random.nextDouble());
  }

  /** The point distribution on one state. */
  static double[] point(int states, int state) {
    double[] p = new double[states];
    p[state] = 1;
    return p;
  }

  /** The states with index >= from. */
  static boolean[] atLeast(int states, int from) {
    boolean[] mask = new boolean[states];
    for (int i = from; i < states; i++) {
      mask[i] = true;
    }
    return mask;
  }
}
