package dev.nines.scenarios.sweep;

import dev.nines.models.start.StartPlan;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.Replication;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replications {@code from} (inclusive) to {@code to} (exclusive) of one point of a sweep: the unit
 * of work a {@link Replicator} runs. It is serializable and carries what it needs besides the
 * scenario's text, so it can run on another machine.
 *
 * @param point the point's index in the grid
 * @param set the point's values as written, by path ({@link Point#texts()})
 */
public record Block(int point, Map<String, String> set, int from, int to) implements Serializable {

  public Block {
    set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("a block runs replications from..to with 0 <= from <= to, "
          + "not " + from + ".." + to);
    }
  }

  /** How many replications the block runs. */
  public int size() {
    return to - from;
  }

  /** The block cut into consecutive blocks of at most {@code size} replications, in order. */
  public List<Block> split(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a block holds at least one replication");
    }
    List<Block> blocks = new ArrayList<>();
    for (int start = from; start < to; start += size) {
      blocks.add(new Block(point, set, start, (int) Math.min(to, (long) start + size)));
    }
    return blocks;
  }

  /**
   * Loads the point's scenario from the sweep's text and runs the block's replications one after
   * the other, in order. Replication i draws from the streams of (seed, i) only, so the result is
   * the same on any machine.
   *
   * @throws ScenarioException when the point's scenario is invalid (the sweep loads every point
   *     before it runs any, so this does not happen in a sweep)
   */
  public List<Replication> replicate(String text, String file, Overrides overrides)
      throws ScenarioException {
    Scenario scenario = ScenarioLoader.parse(text, file, overrides, set);
    List<Replication> replications = new ArrayList<>(size());
    StartPlan start = scenario.startPlan(); // worked out once, not per replication
    for (int i = from; i < to; i++) {
      replications.add(Experiment.replicate(scenario, start, i, new double[0], null));
    }
    return replications;
  }
}
