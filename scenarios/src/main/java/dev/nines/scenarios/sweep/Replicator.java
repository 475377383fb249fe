package dev.nines.scenarios.sweep;

import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.experiment.ReplicationRunner;
import dev.nines.simulator.Replications;
import dev.nines.simulator.StopSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a sweep's replications run: on this machine's threads ({@link #threads(int)}), or
 * elsewhere, e.g. as Spark tasks. Each replication depends on the scenario, the seed, its index and
 * the method of its block only, so every replicator gives the same replications, and the sweep the
 * same result.
 */
public interface Replicator {

  /**
   * How many points the sweep hands over at once: 1 finishes (and saves) point after point; more
   * keeps many machines busy.
   */
  int points();

  /**
   * Runs the blocks, each under its method ({@link Block#runner}).
   *
   * @return what the replications of each block yield under its method (a
   *     {@link dev.nines.scenarios.experiment.Replication} for plain simulation), in the order of
   *     the blocks, each in replication order
   */
  List<List<?>> replicate(Sweep sweep, List<Block> blocks) throws ScenarioException;

  /** On this machine, each block's replications spread over {@code threads} threads. */
  static Replicator threads(int threads) {
    return new Threads(threads, StopSignal.none());
  }

  /**
   * As {@link #threads(int)}, stopped by {@code signal}: a block cut short throws
   * {@link StopSignal.Stopped}, and its point is not finished.
   */
  static Replicator threads(int threads, StopSignal signal) {
    return new Threads(threads, signal);
  }

  /** The replicator of {@link #threads(int)}: one point at a time, its replications in parallel. */
  record Threads(int threads, StopSignal signal) implements Replicator {

    public Threads {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      java.util.Objects.requireNonNull(signal, "signal");
    }

    @Override
    public int points() {
      return 1;
    }

    @Override
    public List<List<?>> replicate(Sweep sweep, List<Block> blocks) throws ScenarioException {
      List<List<?>> results = new ArrayList<>();
      for (Block block : blocks) {
        results.add(run(block, block.runner(sweep.text(), sweep.file(), sweep.overrides())));
      }
      return results;
    }

    private <R> List<R> run(Block block, ReplicationRunner<R> runner) {
      List<R> replications = Replications.run(block.size(), threads,
          i -> runner.replicate(block.from() + i, signal), signal);
      if (replications.size() < block.size()) {
        throw new StopSignal.Stopped(signal.reason());
      }
      return replications;
    }
  }
}
