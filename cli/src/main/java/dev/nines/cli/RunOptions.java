package dev.nines.cli;

import dev.nines.scenarios.Overrides;
import dev.nines.simulator.Replications;
import picocli.CommandLine.Option;

/**
 * The options every simulating command shares (DESIGN.md §6): overrides of the scenario's seed,
 * replications and horizon, {@code --force} past the event and size limits, and
 * {@code --threads}. A picocli mixin: {@code @Mixin RunOptions options;}.
 */
final class RunOptions {

  @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
  Long seed;

  @Option(names = "--replications", paramLabel = "N",
      description = "Override the number of replications (at least 2).")
  Integer replications;

  @Option(names = "--horizon", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Override the simulated time per replication, e.g. 10y or 1h.")
  Double horizon;

  @Option(names = "--force",
      description = "Run even when the scenario's expected number of events is beyond the limit "
          + "(such a run may take hours), or its units, replications or worker slots are "
          + "(it needs the memory to match).")
  boolean force;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for replications (default: every core). "
          + "Does not change the results.")
  int threads = Replications.defaultThreads();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Also write results.json, replications.csv, charts/*.png|svg and a "
          + "self-contained report.html into DIR (created if missing).")
  java.nio.file.Path output;

  /** The overrides to load the scenario with. */
  Overrides overrides() {
    return new Overrides(seed, replications, horizon, force);
  }

  /** A message when {@code --threads} or {@code --output} is not usable, else null. */
  String problem(String command) {
    if (threads < 1) {
      return "nines " + command + ": --threads must be at least 1, got " + threads;
    }
    if (output != null && java.nio.file.Files.exists(output)
        && !java.nio.file.Files.isDirectory(output)) {
      return "nines " + command + ": --output " + output + " is a file, not a directory\n"
          + "  hint: name a directory to write the report into; it is created if missing";
    }
    return null;
  }
}
