package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The restart chain of a mean time to failure on a large chain, whose likeliest-looking state is
 * the restart: Gauss–Seidel from all the mass on that one state diverged (residual Infinity), so
 * MTTF of the 100,489-state benchmark chain failed. The iterative answer must equal the direct
 * elimination's, an independent method, on the same chain.
 */
class RestartStartTest {

  /** Two groups of n units sharing a crew that serves the first group first (the benchmark's). */
  static Ctmc twoGroups(int units, int crew) {
    double hour = 3600;
    double lambdaA = 1 / (1000 * hour);
    double muA = 1 / (8 * hour);
    double lambdaB = 1 / (2000 * hour);
    double muB = 1 / (4 * hour);
    int width = units + 1;
    Ctmc.Builder b = Ctmc.builder(width * width);
    for (int i = 0; i <= units; i++) {
      for (int j = 0; j <= units; j++) {
        int s = i * width + j;
        int repairA = Math.min(i, crew);
        int repairB = Math.min(j, crew - repairA);
        if (i < units) {
          b.rate(s, s + width, (units - i) * lambdaA);
        }
        if (j < units) {
          b.rate(s, s + 1, (units - j) * lambdaB);
        }
        if (repairA > 0) {
          b.rate(s, s - width, repairA * muA);
        }
        if (repairB > 0) {
          b.rate(s, s - 1, repairB * muB);
        }
      }
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5})
  void iterativeMttfOfALargeChainIsTheDirectOne(int crew) {
    int units = 316;
    Ctmc chain = twoGroups(units, crew);
    boolean[] failed = new boolean[chain.size()];
    for (int s = 12 * (units + 1); s < chain.size(); s++) {
      failed[s] = true; // twelve or more of the first group down
    }
    double[] up = new double[chain.size()];
    up[0] = 1;
    double direct = Absorption.direct(chain, up, failed);
    double iterative = Absorption.iterative(chain, up, failed, SteadyState.DEFAULT_TOLERANCE,
        SteadyState.DEFAULT_MAX_ITERATIONS);
    assertEquals(direct, iterative, 1e-8 * direct);
  }
}
