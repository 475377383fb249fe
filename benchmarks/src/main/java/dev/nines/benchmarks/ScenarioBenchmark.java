package dev.nines.benchmarks;

import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.Replication;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Whole replications of realistic scenarios, as {@code nines run} runs them
 * ({@link Experiment#replicate}: build the model, simulate, observe), one thread:
 * {@code thousand-units} (1,000 units, 990-of-1000, a crew of 6, 10 years) and
 * {@code hundred-servers} (100 servers, power-of-two, 10^7 requests). JMH reports replications per
 * second ({@code replicate}) and, through an auxiliary counter, events per second ({@code events}).
 * Each invocation runs the next replication index, so no path is replayed.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * ScenarioBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScenarioBenchmark {

  @State(Scope.Thread)
  public static class Loaded {
    @Param({"thousand-units", "hundred-servers"})
    String scenario;

    Scenario loaded;
    int next;

    @Setup(Level.Trial)
    public void load() {
      loaded = BenchmarkScenarios.load(scenario, Map.of());
    }
  }

  /** The events fired, which JMH turns into events per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Work {
    public long events;
  }

  @Benchmark
  public Replication replicate(Loaded state, Work work) {
    Replication replication = Experiment.replicate(state.loaded, state.next++);
    work.events += replication.events();
    return replication;
  }
}
