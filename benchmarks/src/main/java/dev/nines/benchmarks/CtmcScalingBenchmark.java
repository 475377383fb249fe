package dev.nines.benchmarks;

import dev.nines.models.analytics.SystemChain;
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
 * States against seconds: the chain of {@link CtmcBenchmark} (two groups sharing a crew that serves
 * A first) at 1 024 to 1 999 396 states, the last just under the {@link SystemChain#STATE_LIMIT}
 * above which nines gives no exact CTMC. The crew grows with the groups (5 repairers per 316 units
 * each, at least 1), so every size is equally loaded. {@code build} builds the sparse chain,
 * {@code solve} is {@link SteadyState#solve} (GTH up to 4 000 states, Gauss-Seidel to residual
 * 1e-12 above). After each trial the residual of the last solution is checked.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CtmcScalingBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class CtmcScalingBenchmark {

  @Param({"31", "100", "316", "1000", "1413"})
  int units;

  int crew;
  Ctmc chain;
  double[] lastSolution;

  @Setup(Level.Trial)
  public void setUp() {
    crew = Math.max(1, Math.round(units * 5 / 316f));
    chain = CtmcBenchmark.twoGroups(units, crew);
  }

  @TearDown(Level.Trial)
  public void checkResidual() {
    if (lastSolution == null) {
      return;
    }
    double residual = CtmcBenchmark.checkedResidual(chain, lastSolution);
    System.out.printf("%n[%d units per group, crew %d] %,d states, residual %.2e%n", units, crew,
        chain.size(), residual);
  }

  @Benchmark
  public Ctmc build() {
    return CtmcBenchmark.twoGroups(units, crew);
  }

  @Benchmark
  public double[] solve() {
    lastSolution = SteadyState.solve(chain);
    return lastSolution;
  }
}
