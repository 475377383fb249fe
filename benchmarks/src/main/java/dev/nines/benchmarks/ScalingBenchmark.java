package dev.nines.benchmarks;

import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How replications scale with threads: {@code thousand-units} with 40 replications, run and
 * summarized by {@link Experiment#run} on 1 and on 2 threads, as {@code nines run --threads}
 * does. The speed-up is the 1-thread time over the 2-thread time.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * ScalingBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ScalingBenchmark {

  @Param({"1", "2"})
  int threads;

  Scenario scenario;

  @Setup(Level.Trial)
  public void load() {
    scenario = BenchmarkScenarios.load("thousand-units", Map.of("replications", "40"));
  }

  @Benchmark
  public ExperimentResult run() {
    return Experiment.run(scenario, threads);
  }
}
