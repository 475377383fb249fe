package dev.nines.spark;

import dev.nines.cli.SweepCommand;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;

/**
 * {@code nines sweep} on Apache Spark:
 * {@code spark-submit --class dev.nines.spark.SparkSweep nines-spark.jar FILE --set ... -o DIR}.
 * It takes the arguments of {@code nines sweep} and prints and writes the same bytes; only the
 * replications run elsewhere, as Spark tasks ({@link SparkReplicator}). {@code --threads} is not
 * used: each task runs on one of the cluster's cores.
 */
public final class SparkSweep {

  private SparkSweep() {}

  public static void main(String[] args) {
    Context context = new Context();
    int status;
    try {
      status = run(context, args);
    } finally {
      context.close();
    }
    System.exit(status);
  }

  /** Runs the sweep with the context's Spark, which starts only once the sweep is ready to run. */
  static int run(Context context, String... args) {
    return commandLine(context).execute(args);
  }

  /** {@code nines sweep} with its replications as tasks on the context's Spark. */
  static CommandLine commandLine(Context context) {
    return SweepCommand.commandLine(threads -> new SparkReplicator(context.spark()));
  }

  /**
   * The Spark context of spark-submit's settings, started when first asked for: bad arguments
   * are told (exit status 2) without starting Spark.
   */
  static class Context implements AutoCloseable {
    private JavaSparkContext spark;

    JavaSparkContext spark() {
      if (spark == null) {
        spark = start();
      }
      return spark;
    }

    JavaSparkContext start() {
      return new JavaSparkContext(new SparkConf().setAppName("nines sweep"));
    }

    @Override
    public void close() {
      if (spark != null) {
        spark.close();
      }
    }
  }
}
