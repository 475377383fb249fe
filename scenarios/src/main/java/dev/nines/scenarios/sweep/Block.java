package dev.nines.scenarios.sweep;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodUnavailable;
import dev.nines.scenarios.experiment.ReplicationRunner;
import dev.nines.scenarios.experiment.RunMethods;
import dev.nines.simulator.StopSignal;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replications {@code from} (inclusive) to {@code to} (exclusive) of one point of a sweep, under
 * the method its point was planned with: the unit of work a {@link Replicator} runs. It is
 * serializable and carries what it needs besides the scenario's text, so it can run on another
 * machine.
 *
 * @param point the point's index in the grid
 * @param set the point's values as written, by path ({@link Point#texts()})
 * @param method the method the sweep chose for the point ({@link Sweep#plan}), never auto
 */
public record Block(int point, Map<String, String> set, int from, int to, Method method)
    implements Serializable {

  public Block {
    set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    Objects.requireNonNull(method, "method");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("a block runs replications from..to with 0 <= from <= to, "
          + "not " + from + ".." + to);
    }
    if (method == Method.AUTO) {
      throw new IllegalArgumentException("a block runs the method its point was planned with, "
          + "not auto");
    }
  }

  /** A block of plain simulation. */
  public Block(int point, Map<String, String> set, int from, int to) {
    this(point, set, from, to, Method.CRUDE);
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
      blocks.add(new Block(point, set, start, (int) Math.min(to, (long) start + size), method));
    }
    return blocks;
  }

  /**
   * The runner of the block's method for its point's scenario (loaded with {@code overrides}).
   *
   * @throws ScenarioException when the point's scenario is invalid (the sweep loads every point
   *     before it runs any, so this does not happen in a sweep)
   * @throws IllegalStateException when the method cannot run the scenario (the sweep planned the
   *     point with it, so this does not happen in a sweep either)
   */
  public ReplicationRunner<?> runner(String text, String file, Overrides overrides)
      throws ScenarioException {
    Scenario scenario = ScenarioLoader.parse(text, file, overrides, set);
    try {
      return RunMethods.runner(method, scenario, Map.of(), false);
    } catch (MethodUnavailable e) {
      throw new IllegalStateException("point " + point + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the point's scenario from the sweep's text and runs the block's replications one after
   * the other, in order, under the block's method. Replication i draws from the streams of
   * (seed, i) only, so the result is the same on any machine.
   *
   * @return what each replication yields under the method ({@link ReplicationRunner}), in order
   * @throws ScenarioException as {@link #runner}
   */
  public List<?> replicate(String text, String file, Overrides overrides)
      throws ScenarioException {
    return replicate(runner(text, file, overrides));
  }

  private <R> List<R> replicate(ReplicationRunner<R> runner) {
    List<R> replications = new ArrayList<>(size());
    for (int i = from; i < to; i++) {
      replications.add(runner.replicate(i, StopSignal.none()));
    }
    return replications;
  }
}
