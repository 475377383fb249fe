package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stationary distributions against closed forms worked out by hand, and GTH against iteration. */
class SteadyStateTest {

  private static final double LAMBDA = 1 / (1000 * Chains.HOUR);
  private static final double MU = 1 / (8 * Chains.HOUR);

  @Test
  void twoUnitsInParallelWithOneRepairer() {
    // States k = units down. 0 -> 1 at 2λ, 1 -> 2 at λ, 1 -> 0 and 2 -> 1 at μ (one repairer).
    // Balance across each cut: π1 = (2λ/μ) π0, π2 = (λ/μ) π1 = (2λ²/μ²) π0, so
    // π0 = μ² / (μ² + 2λμ + 2λ²) and A = 1 - π2 = 1 - 2λ² / (μ² + 2λμ + 2λ²).
    Ctmc chain = Ctmc.builder(3).rate(0, 1, 2 * LAMBDA).rate(1, 2, LAMBDA)
        .rate(1, 0, MU).rate(2, 1, MU).build();
    double a = 1 - 2 * LAMBDA * LAMBDA / (MU * MU + 2 * LAMBDA * MU + 2 * LAMBDA * LAMBDA);
    for (double[] pi : new double[][] {SteadyState.solve(chain), SteadyState.gth(chain),
        SteadyState.iterative(chain, 1e-14, 10_000)}) {
      assertEquals(a, pi[0] + pi[1], 1e-9);
      assertEquals(1 - a, pi[2], 1e-9 * (1 - a)); // the small probability, to 1e-9 relative
    }
  }

  @Test
  void machineRepairSixMachinesOneRepairer() {
    // Birth-death on k = machines down, birth (6 - k)λ, death μ: π_k = π0 · 6!/(6-k)! (λ/μ)^k.
    // With λ/μ = 0.1 the terms are 1, 0.6, 0.3, 0.12, 0.036, 0.0072, 0.00072 (sum 2.06392).
    double lambda = 0.05 / Chains.HOUR;
    double mu = 0.5 / Chains.HOUR;
    Ctmc chain = Chains.machineRepair(6, lambda, mu);
    double[] terms = {1, 0.6, 0.3, 0.12, 0.036, 0.0072, 0.00072};
    double total = 0;
    for (double t : terms) {
      total += t;
    }
    double[] pi = SteadyState.solve(chain);
    double meanDown = 0;
    for (int k = 0; k <= 6; k++) {
      assertEquals(terms[k] / total, pi[k], 1e-9 * pi[k]);
      meanDown += k * pi[k];
    }
    assertEquals(0.4845, pi[0], 5e-5); // the textbook figures, to 4 digits
    assertEquals(0.8451, meanDown, 5e-5);
    assertEquals(1.74432 / 2.06392, meanDown, 1e-9);
  }

  @Test
  void birthDeathChainAgainstItsProductFormula() {
    // π_k ∝ Π_{i<k} birth[i] / death[i]: the flow k -> k+1 balances the flow back.
    int n = 50;
    double[] birth = new double[n - 1];
    double[] death = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      birth[k] = (1 + 0.5 * Math.sin(k)) * 1e-5;
      death[k] = (1 + 0.3 * Math.cos(3 * k)) * 1.2e-5;
    }
    double[] expected = new double[n];
    expected[0] = 1;
    double total = 1;
    for (int k = 1; k < n; k++) {
      expected[k] = expected[k - 1] * birth[k - 1] / death[k - 1];
      total += expected[k];
    }
    Ctmc chain = Chains.birthDeath(birth, death);
    double[] gth = SteadyState.gth(chain);
    double[] iterative = SteadyState.iterative(chain, 1e-14, 100_000);
    for (int k = 0; k < n; k++) {
      double p = expected[k] / total;
      assertEquals(p, gth[k], 1e-12 * p, "GTH, state " + k); // every probability, relatively
      assertEquals(p, iterative[k], 1e-9, "iterative, state " + k);
    }
  }

  @Test
  void iterativeAgreesWithGthOnARandomStiffChain() {
    Ctmc chain = Chains.randomBanded(3000, 20, 42);
    double[] gth = SteadyState.gth(chain);
    double[] iterative = SteadyState.iterative(chain, 1e-13, 100_000);
    double maxDifference = 0;
    for (int i = 0; i < chain.size(); i++) {
      maxDifference = Math.max(maxDifference, Math.abs(gth[i] - iterative[i]));
    }
    assertTrue(maxDifference < 1e-9, "max difference " + maxDifference);
    assertTrue(SteadyState.residual(chain, gth) < 1e-14, "GTH residual");
    assertTrue(SteadyState.residual(chain, iterative) <= 1e-13, "iterative residual");
    // solve() iterates above 2 000 states, to residual 1e-12
    assertEquals(gth[17], SteadyState.solve(chain)[17], 1e-9);
  }

  @Test
  void iterativeAgreesWithGthOnATwoGroupAvailabilityChain() {
    // 43 x 43 = 1849 states, small enough for GTH
    Ctmc chain = Chains.twoGroups(42, 42, 2);
    double[] gth = SteadyState.gth(chain);
    SteadyState.Solution solution = SteadyState.iterativeSolution(chain, 1e-13, 100_000);
    double[] iterative = solution.probabilities();
    double maxDifference = 0;
    double unavailableGth = 0; // P(at least 8 units of A down): about 5e-7
    double unavailableIterative = 0;
    for (int s = 0; s < chain.size(); s++) {
      maxDifference = Math.max(maxDifference, Math.abs(gth[s] - iterative[s]));
      if (s / 43 >= 8) {
        unavailableGth += gth[s];
        unavailableIterative += iterative[s];
      }
    }
    assertTrue(maxDifference < 1e-9, "max difference " + maxDifference);
    assertEquals(unavailableGth, unavailableIterative, 1e-6 * unavailableGth);
    assertTrue(solution.residual() <= 1e-13);
    assertEquals(solution.residual(), SteadyState.residual(chain, iterative), 1e-20);
    assertTrue(solution.iterations() > 0);
  }

  /**
   * The iterative method keeps small probabilities to their relative precision, not just to the
   * residual: 3 000 units (MTTF 10⁶ h, MTTR 1 h), 3 001 states, so above the direct limit.
   * Birth-death: π_k ∝ Π_{i<k} (n − i)λ / (min(i + 1, c)μ), worked out here in logarithms. Every
   * probability of at least 1e-40 must be within 1e-9 of it relatively, and the tails
   * P(at least k down) too; the residual alone left P(at least 10 down) = 1.6e-32 off by 2.4e-5
   * with independent repairs, and by far more once deeper.
   */
  @Test
  void iterativeKeepsSmallProbabilitiesToTheirRelativePrecision() {
    int n = 3000;
    double lambda = 1 / (1e6 * Chains.HOUR);
    double mu = 1 / Chains.HOUR;
    for (int crew : new int[] {n, 1}) {
      double[] birth = new double[n];
      double[] death = new double[n];
      double[] log = new double[n + 1];
      for (int k = 0; k < n; k++) {
        birth[k] = (n - k) * lambda;
        death[k] = Math.min(k + 1, crew) * mu;
        log[k + 1] = log[k] + Math.log(birth[k] / death[k]);
      }
      double total = 0;
      for (double l : log) {
        total += Math.exp(l); // log[0] = 0 is the largest
      }
      SteadyState.Solution solution =
          SteadyState.iterativeSolution(Chains.birthDeath(birth, death), 1e-12, 100_000);
      double[] pi = solution.probabilities();
      assertTrue(solution.smallProbabilitiesSettled(), "refined: " + solution.relativeChange());
      assertTrue(solution.refinementSweeps() > 1, "sweeps " + solution.refinementSweeps());
      // cut short by the sweep limit, the refinement says so
      SteadyState.Solution cut = SteadyState.iterativeSolution(Chains.birthDeath(birth, death),
          1e-12, solution.iterations() + 1);
      assertEquals(1, cut.refinementSweeps());
      assertFalse(cut.smallProbabilitiesSettled(), "change " + cut.relativeChange());
      double tail = 0;
      double expectedTail = 0;
      int checked = 0;
      for (int k = n; k >= 0; k--) {
        double p = Math.exp(log[k]) / total;
        tail += pi[k];
        expectedTail += p;
        if (p >= 1e-40) {
          assertEquals(p, pi[k], 1e-9 * p, "crew " + crew + ", " + k + " down");
          assertEquals(expectedTail, tail, 1e-9 * expectedTail, "crew " + crew + ", >= " + k);
          checked++;
        }
      }
      assertTrue(checked >= 12, "probabilities from 1 down to 1e-40: " + checked);
    }
  }

  @Test
  void residualIsDimensionlessAndNormalises() {
    Ctmc chain = Chains.oneUnit(1, 9);
    assertEquals(0, SteadyState.residual(chain, new double[] {0.9, 0.1}), 1e-15);
    // (1, 0) Q = (-1, 1): ||·||_1 = 2, over Λ = 9; scaling pi changes nothing
    assertEquals(2.0 / 9, SteadyState.residual(chain, new double[] {1, 0}), 1e-15);
    assertEquals(2.0 / 9, SteadyState.residual(chain, new double[] {5, 0}), 1e-15);
  }

  @Test
  void notConvergingThrowsWithTheResidualReached() {
    Ctmc chain = Chains.randomBanded(500, 10, 7);
    CtmcException e = assertThrows(CtmcException.class,
        () -> SteadyState.iterative(chain, 1e-15, 1));
    assertTrue(e.getMessage().contains("did not converge: residual "), e.getMessage());
    assertTrue(e.getMessage().contains("after 1 Gauss-Seidel sweeps"), e.getMessage());
  }

  @Test
  void transientStatesGetZeroAndSeveralClosedClassesAreRefused() {
    // 0 -> 1 only; {1, 2} is the closed class, balanced as one unit with λ = 1, μ = 3.
    Ctmc chain = Ctmc.builder(3).rate(0, 1, 5).rate(1, 2, 1).rate(2, 1, 3).build();
    for (double[] pi : new double[][] {SteadyState.gth(chain),
        SteadyState.iterative(chain, 1e-14, 1000)}) {
      assertEquals(0, pi[0]);
      assertEquals(0.75, pi[1], 1e-12);
      assertEquals(0.25, pi[2], 1e-12);
    }
    Ctmc twoClasses = Ctmc.builder(4).rate(0, 1, 1).rate(1, 0, 1).rate(2, 3, 1).rate(3, 2, 1)
        .build();
    CtmcException e = assertThrows(CtmcException.class, () -> SteadyState.solve(twoClasses));
    assertTrue(e.getMessage().contains("closed classes"), e.getMessage());
    Ctmc absorbing = Ctmc.builder(3).rate(0, 1, 1).rate(0, 2, 1).build();
    assertThrows(CtmcException.class, () -> SteadyState.solve(absorbing));
    assertEquals(1, SteadyState.solve(Ctmc.builder(1).build())[0]);
    assertEquals(1, SteadyState.solve(Ctmc.builder(2).rate(0, 1, 1).build())[1]);
  }

  @Test
  void gthRefusesChainsTooLargeForADenseCopy() {
    Ctmc.Builder b = Ctmc.builder(Gth.MAX_STATES + 1);
    for (int i = 0; i < Gth.MAX_STATES; i++) {
      b.rate(i, i + 1, 1).rate(i + 1, i, 2);
    }
    CtmcException e = assertThrows(CtmcException.class, () -> SteadyState.gth(b.build()));
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
  }
}
