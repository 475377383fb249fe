package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The likelihood-ratio bookkeeping of a branch against a hand-worked case: two exponential units in
 * parallel (λ each), one repairer (μ). From "one down, in repair" (state 1) the other fails first
 * with probability λ/(λ + μ), into "both down" (state 2), which lasts 1/μ and returns to state 1.
 * The expected down time d₁ of an excursion and its expected failures f₁ solve
 * d₁ = λ/(λ + μ)·(1/μ + d₁) and f₁ = λ/(λ + μ)·(1 + f₁): d₁ = λ/μ², f₁ = λ/μ. Branches started at
 * an excursion's first failure must average W·(down time) to λ/μ² and W·(failures) to λ/μ, however
 * they are biased.
 */
class BranchTest {

  private static final double HOUR = 3600;
  private static final double LAMBDA = 1 / (1000 * HOUR);
  private static final double MU = 1 / (10 * HOUR);
  private static final int BRANCHES = 20_000;

  private static final SystemModel PAIR = new SystemModel(
      List.of(new ComponentGroup("pair", 2, new Exponential(1 / LAMBDA), new Exponential(1 / MU),
          null, "tech")),
      List.of(new Crew("tech", 1)), new Structure.AtLeastOfGroup(1, "pair"));

  /** Mean and standard error of W·(down time) and W·(failures) over the branches. */
  private record Means(double down, double downError, double failures, double failuresError,
      double farthestWeight) {}

  private static Means run(Biasing biasing, long seed) {
    Layout layout = Layout.of(PAIR);
    SystemState snapshot = new SystemState(layout);
    Branch branch = new Branch(layout, biasing, 0, Double.MAX_VALUE,
        RandomSource.XO_SHI_RO_256_PP.create(seed));
    double d = 0;
    double dd = 0;
    double f = 0;
    double ff = 0;
    double farthest = 0;
    for (int i = 0; i < BRANCHES; i++) {
      Branch.Outcome o = branch.run(snapshot, 0);
      double down = o.downTime();
      double failures = o.failures();
      d += down;
      dd += down * down;
      f += failures;
      ff += failures * failures;
      farthest = Math.max(farthest, Math.abs(o.weight() - 1));
    }
    double n = BRANCHES;
    return new Means(d / n, Math.sqrt((dd / n - d * d / (n * n)) / (n - 1)), f / n,
        Math.sqrt((ff / n - f * f / (n * n)) / (n - 1)), farthest);
  }

  private static void assertExact(Means m, String what, double relativeError) {
    double down = LAMBDA / (MU * MU);
    double failures = LAMBDA / MU;
    assertTrue(Math.abs(m.down() - down) < 4 * m.downError(),
        what + ": down " + m.down() + " vs " + down + " ± " + m.downError());
    assertTrue(Math.abs(m.failures() - failures) < 4 * m.failuresError(),
        what + ": failures " + m.failures() + " vs " + failures + " ± " + m.failuresError());
    assertTrue(m.downError() / down < relativeError,
        what + ": relative error " + m.downError() / down);
  }

  @Test
  void forcedBranchesAverageToTheChain() {
    assertExact(run(Biasing.DEFAULT, 1), "default", 0.02);
    assertExact(run(new Biasing(0.5, 0.5, false, false), 2), "q = 0.5, repairs as drawn", 0.03);
    assertExact(run(new Biasing(0.7, 0, false, true), 3), "q = 0.7, by share only", 0.02);
    // Exact too, if wasteful: forcing failures again once the system is back up.
    assertExact(run(new Biasing(0.95, 1, true, false), 4), "q = 0.95, after failures", 0.2);
  }

  /**
   * A forcing probability of 1e-12 forces only windows whose own failure probability is below it
   * (no longer than a hundredth of a microsecond here), and with repairs drawn as they are, every
   * branch runs under P but for a factor (1 − p)/(1 − q) within 1e-12 of 1 now and then: W = 1 to
   * 1e-9. The 20,000 plain branches see about 200 failures, enough to agree with the chain within
   * their wider interval.
   */
  @Test
  void unforcedBranchesKeepWeightOne() {
    Means plain = run(new Biasing(1e-12, 0.5, false, false), 5);
    assertTrue(plain.farthestWeight() < 1e-9, "weight off 1 by " + plain.farthestWeight());
    double down = LAMBDA / (MU * MU);
    assertTrue(Math.abs(plain.down() - down) < 4 * plain.downError());
    assertEquals(LAMBDA / MU, plain.failures(), 4 * plain.failuresError());
  }
}
