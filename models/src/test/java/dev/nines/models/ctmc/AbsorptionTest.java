package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/** Mean times to absorption against closed forms and a plain LU solve. */
class AbsorptionTest {

  private static final double LAMBDA = 1 / (1000 * Chains.HOUR);
  private static final double MU = 1 / (8 * Chains.HOUR);

  @Test
  void oneUnitFailsAfterOneOverLambda() {
    double mttf = Absorption.meanTimeTo(Chains.oneUnit(LAMBDA, MU), new double[] {1, 0},
        new boolean[] {false, true});
    assertEquals(1 / LAMBDA, mttf, 1e-9 / LAMBDA);
  }

  @Test
  void twoUnitsInParallelWithRepair() {
    // m0 = 1/(2λ) + m1 and m1 = 1/(λ+μ) + μ/(λ+μ) m0 give m0 = (3λ + μ) / (2λ²).
    // State 2 (both down) is the target; its own transitions do not matter.
    Ctmc chain = Ctmc.builder(3).rate(0, 1, 2 * LAMBDA).rate(1, 2, LAMBDA)
        .rate(1, 0, MU).rate(2, 1, 2 * MU).build();
    double expected = (3 * LAMBDA + MU) / (2 * LAMBDA * LAMBDA);
    double[] up = Chains.point(3, 0);
    boolean[] down = Chains.atLeast(3, 2);
    assertEquals(expected, Absorption.meanTimeTo(chain, up, down), 1e-9 * expected);
    assertEquals(expected, Absorption.iterative(chain, up, down, 1e-12, 100_000),
        1e-9 * expected);
    // from state 1: m1 = m0 - 1/(2λ)
    assertEquals(expected - 1 / (2 * LAMBDA),
        Absorption.direct(chain, Chains.point(3, 1), down), 1e-9 * expected);
  }

  @Test
  void sixUnitsInParallelStayAccurateWhenFailureIsRare() {
    // Birth-death k -> k+1 at (6-k)λ, k+1 -> k at (k+1)μ; target: all 6 down. With λ/μ = 1/125 the
    // MTTF is ~1e12 repair times. First-passage times of a birth-death chain:
    // E[T(k -> k+1)] = Σ_{i<=k} π_i / (π_k · birth_k), π the product form; all terms positive.
    int n = 6;
    double[] birth = new double[n];
    double[] death = new double[n];
    for (int k = 0; k < n; k++) {
      birth[k] = (n - k) * LAMBDA;
      death[k] = (k + 1) * MU;
    }
    double[] pi = new double[n];
    pi[0] = 1;
    for (int k = 1; k < n; k++) {
      pi[k] = pi[k - 1] * birth[k - 1] / death[k - 1];
    }
    double expected = 0;
    double prefix = 0;
    for (int k = 0; k < n; k++) {
      prefix += pi[k];
      expected += prefix / (pi[k] * birth[k]);
    }
    double mttf = Absorption.direct(Chains.birthDeath(birth, death), Chains.point(n + 1, 0),
        Chains.atLeast(n + 1, n));
    assertEquals(expected, mttf, 1e-12 * expected);
  }

  @Test
  void directAgreesWithCommonsMathLuAndIterationAgreesWithDirect() {
    // Not stiff (moves up and down at similar rates), so that LU, which subtracts, is accurate.
    Ctmc chain = Chains.randomBanded(120, 8, 3, 1e-5, 1e-4);
    boolean[] target = Chains.atLeast(120, 110);
    double[] p0 = new double[120];
    p0[0] = 0.5;
    p0[10] = 0.25;
    p0[115] = 0.25; // mass on the target counts zero
    // (-Q on the other states) m = 1, solved by LU with partial pivoting (threshold 0: the
    // entries are rates per second, far below Commons Math's default singularity threshold)
    Array2DRowRealMatrix a = new Array2DRowRealMatrix(110, 110);
    chain.forEachTransition((from, to, rate) -> {
      if (from < 110) {
        a.addToEntry(from, from, rate);
        if (to < 110) {
          a.addToEntry(from, to, -rate);
        }
      }
    });
    RealVector m = new LUDecomposition(a, 0).getSolver().solve(new ArrayRealVector(110, 1.0));
    double expected = 0.5 * m.getEntry(0) + 0.25 * m.getEntry(10);
    double direct = Absorption.direct(chain, p0, target);
    assertEquals(expected, direct, 1e-9 * expected);
    assertEquals(direct, Absorption.iterative(chain, p0, target, 1e-13, 200_000),
        1e-9 * direct);
  }

  @Test
  void iterationAgreesWithDirectWhenTheTargetIsRare() {
    // Two groups of 30 sharing 3 repairers; target: 6 or more of A down. MTTF ~ 5e6 h, some
    // 6e5 repair times: Gauss-Seidel on the linear system would need millions of sweeps.
    Ctmc chain = Chains.twoGroups(30, 30, 3);
    boolean[] target = Chains.atLeast(chain.size(), 6 * 31);
    double[] up = Chains.point(chain.size(), 0);
    double direct = Absorption.direct(chain, up, target);
    assertTrue(direct > 1e6 * Chains.HOUR && direct < 1e7 * Chains.HOUR, "MTTF " + direct);
    assertEquals(direct, Absorption.iterative(chain, up, target, 1e-13, 100_000), 1e-9 * direct);
    assertEquals(direct, Absorption.meanTimeTo(chain, up, target));
  }

  @Test
  void unreachableTargetIsInfiniteAndStartingOnItIsZero() {
    // 0 <-> 1, and 2 -> 0: state 2 cannot be reached from 0
    Ctmc chain = Ctmc.builder(3).rate(0, 1, 1).rate(1, 0, 1).rate(2, 0, 1).build();
    boolean[] target = {false, false, true};
    assertEquals(Double.POSITIVE_INFINITY,
        Absorption.meanTimeTo(chain, Chains.point(3, 0), target));
    assertEquals(0, Absorption.meanTimeTo(chain, Chains.point(3, 2), target));
    assertEquals(Double.POSITIVE_INFINITY,
        Absorption.meanTimeTo(chain, Chains.point(3, 0), new boolean[3]));
    // a trap: 0 -> 1 (target) or 0 -> 2, and 2 is absorbing but not a target
    Ctmc trap = Ctmc.builder(3).rate(0, 1, 1).rate(0, 2, 1).build();
    assertEquals(Double.POSITIVE_INFINITY,
        Absorption.meanTimeTo(trap, Chains.point(3, 0), new boolean[] {false, true, false}));
    assertThrows(IllegalArgumentException.class,
        () -> Absorption.meanTimeTo(chain, new double[] {0.5, 0.4, 0}, target));
  }
}
