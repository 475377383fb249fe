package dev.nines.benchmarks;

import dev.nines.models.ctmc.Absorption;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.SteadyState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Solving a 100 489-state availability chain. Two groups of 316 units (A: MTTF 1000 h, MTTR 8 h;
 * B: MTTF 2000 h, MTTR 4 h) share one crew of {@code crew} repairers who serve A first; the state
 * is (A down, B down), numbered a · 317 + b, so state 0 is all up. The crew is not lumpable into
 * two independent groups, so there is no product form: this is the kind of chain nines builds for
 * a scenario with a shared crew.
 *
 * <p>{@code crew = 5}: enough repairers (A alone needs 2.5 on average, B 0.6); the probability sits
 * near all-up and Gauss-Seidel converges in a few hundred sweeps. {@code crew = 3}: overloaded, B
 * waits behind A and its down count spreads over 0..250; the hard case, thousands of sweeps.
 *
 * <p>{@code solve} is {@link SteadyState#solve} (the iterative path at this size, residual 1e-12);
 * {@code iterativeTo1e10} stops at residual 1e-10; {@code meanTimeToFailure} is the mean time
 * from all up until 12 units of A are down ({@link Absorption#meanTimeTo}, iterative here);
 * {@code build} measures building the sparse chain from its 300 000-odd rates. After each trial
 * the residual of the last solution is checked (outside the measurement): at most 1e-10, else
 * the run fails.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CtmcBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class CtmcBenchmark {

  static final int UNITS = 316;
  static final double HOUR = 3600;

  @Param({"5", "3"})
  int crew;

  Ctmc chain;
  boolean[] failed;
  double[] up;
  double[] lastSolution;

  /** The chain of the class comment. */
  static Ctmc twoGroups(int units, int crew) {
    double lambdaA = 1 / (1000 * HOUR);
    double muA = 1 / (8 * HOUR);
    double lambdaB = 1 / (2000 * HOUR);
    double muB = 1 / (4 * HOUR);
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

  @Setup(Level.Trial)
  public void setUp() {
    chain = twoGroups(UNITS, crew);
    failed = new boolean[chain.size()];
    for (int s = 12 * (UNITS + 1); s < chain.size(); s++) {
      failed[s] = true;
    }
    up = new double[chain.size()];
    up[0] = 1;
  }

  @TearDown(Level.Trial)
  public void checkResidual() {
    if (lastSolution == null) {
      return;
    }
    double residual = checkedResidual(chain, lastSolution);
    SteadyState.Solution s = SteadyState.iterativeSolution(chain, 1e-12, 1_000_000);
    System.out.printf("%n[crew %d] residual of the last solution %.2e; to 1e-12: %d sweeps, "
        + "final omega %.2f, P(all up) %.6e%n", crew, residual, s.iterations(), s.omega(),
        s.probabilities()[0]);
  }

  /** The residual of a solution, which must be at most 1e-10, or the run fails. */
  static double checkedResidual(Ctmc chain, double[] solution) {
    double residual = SteadyState.residual(chain, solution);
    if (!(residual <= 1e-10)) {
      throw new IllegalStateException("residual " + residual + " > 1e-10");
    }
    return residual;
  }

  @Benchmark
  public Ctmc build() {
    return twoGroups(UNITS, crew);
  }

  @Benchmark
  public double[] solve() {
    lastSolution = SteadyState.solve(chain);
    return lastSolution;
  }

  @Benchmark
  public double[] iterativeTo1e10() {
    lastSolution = SteadyState.iterative(chain, 1e-10, 1_000_000);
    return lastSolution;
  }

  @Benchmark
  public double meanTimeToFailure() {
    return Absorption.meanTimeTo(chain, up, failed);
  }
}
