package dev.nines.scenarios.sweep;

import dev.nines.models.start.StartPlan;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.Replication;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.StopSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a sweep's replications run: on this machine's threads ({@link #threads(int)}), or
 * elsewhere, e.g. as Spark tasks. Each replication depends on the scenario, the seed and its index
 * only, so every replicator gives the same replications, and the sweep the same result.
 */
public interface Replicator {

  /**
   * How many points the sweep hands over at once: 1 finishes (and saves) point after point; more
   * keeps many machines busy.
   */
  int points();

  /**
   * Runs the blocks.
   *
   * @return the replications of each block, in the order of the blocks, each in replication order
   */
  List<List<Replication>> replicate(Sweep sweep, List<Block> blocks) throws ScenarioException;

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
    public List<List<Replication>> replicate(Sweep sweep, List<Block> blocks)
        throws ScenarioException {
      List<List<Replication>> results = new ArrayList<>();
      for (Block block : blocks) {
        Scenario scenario = sweep.scenario(block.set(), sweep.overrides());
        StartPlan start = scenario.startPlan(); // worked out once, not per replication
        List<Replication> replications = Replications.run(block.size(), threads,
            i -> Experiment.replicate(scenario, start, block.from() + i, new double[0], signal),
            signal);
        if (replications.size() < block.size()) {
          throw new StopSignal.Stopped(signal.reason());
        }
        results.add(replications);
      }
      return results;
    }
  }
}
