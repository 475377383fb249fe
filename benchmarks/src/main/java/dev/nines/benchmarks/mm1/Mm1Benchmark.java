package dev.nines.benchmarks.mm1;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second on the M/M/1 queue of {@link Mm1} (λ = 0.9, μ = 1, 10^7 customers, two events
 * each, one thread), one invocation per run of 10^7 customers: nines's engine through its public
 * API, a minimal primitive-heap loop, a {@link java.util.PriorityQueue} loop and SSJ 3.3.1. JMH
 * reports operations per second, and an operation is one event.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Mm1Benchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Mm1Benchmark.EVENTS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class Mm1Benchmark {

  static final int CUSTOMERS = 10_000_000;
  static final int EVENTS = 2 * CUSTOMERS;

  /** A new seed per run, so that no engine replays one path. */
  private long seed = 2026;

  @Benchmark
  public double nines() {
    return Mm1.check("nines", NinesMm1.run(seed++, CUSTOMERS));
  }

  @Benchmark
  public double minimalHeap() {
    return Mm1.check("minimal heap", MinimalHeapMm1.run(seed++, CUSTOMERS));
  }

  @Benchmark
  public double priorityQueue() {
    return Mm1.check("PriorityQueue", PriorityQueueMm1.run(seed++, CUSTOMERS));
  }

  @Benchmark
  public double ssj() {
    return Mm1.check("SSJ", SsjMm1.run(CUSTOMERS));
  }
}
