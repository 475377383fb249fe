package dev.nines.spark;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.sweep.Block;
import dev.nines.scenarios.sweep.Portable;
import dev.nines.scenarios.sweep.Replicator;
import dev.nines.scenarios.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep's replications as Spark tasks: each block of a point's replications is cut into
 * blocks of at most {@link #replicationsPerTask} replications, and each of those is one task. A
 * task loads the point's scenario from the sweep's text and runs its replications in order under
 * the point's method (plain simulation or importance sampling, chosen on the driver); replication
 * i draws from the streams of (seed, i) only, so what comes back ({@link Portable}) is exactly
 * what this machine would have computed, whatever the cluster, the order or a retried task.
 *
 * <p>Settings ({@code --conf} of spark-submit):
 * <ul>
 *   <li>{@value #POINTS}: the points handed over at once (default one per core of the cluster).
 *       Their replications come back to the driver (a few KB each) and are held there until each
 *       point is summarized, so this bounds the driver's memory and the size of each result.
 *   <li>{@value #REPLICATIONS_PER_TASK}: replications per task (default: enough for about four
 *       tasks per core in each round).
 * </ul>
 */
public final class SparkReplicator implements Replicator {

  /** The setting for the points handed over at once. */
  public static final String POINTS = "spark.nines.pointsPerRound";
  /** The setting for the replications per task. */
  public static final String REPLICATIONS_PER_TASK = "spark.nines.replicationsPerTask";
  /** The job group of the sweep's Spark jobs (in the Spark UI). */
  public static final String JOB_GROUP = "nines-sweep";

  private final JavaSparkContext spark;
  private final int points;
  private final int replicationsPerTask;

  public SparkReplicator(JavaSparkContext spark) {
    this.spark = spark;
    SparkConf conf = spark.getConf();
    int cores = Math.max(1, spark.defaultParallelism());
    this.points = positive(conf, POINTS, cores);
    this.replicationsPerTask = positive(conf, REPLICATIONS_PER_TASK, 0);
  }

  private static int positive(SparkConf conf, String key, int otherwise) {
    int value = conf.getInt(key, otherwise);
    if (value < 0 || (value == 0 && otherwise != 0)) {
      throw new IllegalArgumentException(key + " must be a positive number, not " + value);
    }
    return value;
  }

  @Override
  public int points() {
    return points;
  }

  /** The replications per task for these blocks. */
  int replicationsPerTask(List<Block> blocks) {
    if (replicationsPerTask > 0) {
      return replicationsPerTask;
    }
    long total = blocks.stream().mapToLong(Block::size).sum();
    long tasks = 4L * Math.max(1, spark.defaultParallelism());
    return (int) Math.max(1, (total + tasks - 1) / tasks);
  }

  @Override
  public List<List<?>> replicate(Sweep sweep, List<Block> blocks) {
    int size = replicationsPerTask(blocks);
    List<Block> tasks = new ArrayList<>();
    for (Block block : blocks) {
      tasks.addAll(block.split(size));
    }
    String text = sweep.text();
    String file = sweep.file();
    Overrides overrides = sweep.overrides();
    spark.setJobGroup(JOB_GROUP, "nines sweep " + file + ": " + tasks.size() + " tasks", false);
    // One slice per block: Spark runs each block as a task of its own.
    List<ArrayList<Object>> ran = spark.parallelize(tasks, Math.max(1, tasks.size()))
        .map(block -> run(block, text, file, overrides))
        .collect();
    List<List<?>> results = new ArrayList<>();
    int next = 0;
    for (Block block : blocks) {
      List<Object> all = new ArrayList<>(block.size());
      int pieces = (block.size() + size - 1) / size;
      for (int i = 0; i < pieces; i++) {
        all.addAll(Portable.unpack(ran.get(next++)));
      }
      results.add(all);
    }
    return results;
  }

  /** A task: static, so that the closure sent to the executors holds only its arguments. */
  private static ArrayList<Object> run(Block block, String text, String file,
      Overrides overrides) {
    try {
      return Portable.pack(block.replicate(text, file, overrides));
    } catch (ScenarioException e) {
      // The driver loaded every point before the sweep began; the same text cannot fail here.
      throw new IllegalStateException("point " + block.point() + " does not load on the executor: "
          + e.getMessage(), e);
    }
  }
}
