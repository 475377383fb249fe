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
      description = "Run even when the estimate before the run is beyond a limit: expected "
          + "events (hours of work), memory, units, replications or worker slots (the run needs "
          + "the memory to match); and write -o into a directory that holds files nines did not "
          + "write (nines replaces only its own).")
  boolean force;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop after this much wall-clock time, e.g. 10m, and report the replications "
          + "finished so far, marked incomplete (exit status 3).")
  Double timeout;

  @Option(names = "--max-events", paramLabel = "N", converter = EventCountConverter.class,
      description = "Stop after this many simulated events in all, e.g. 1e9, and report the "
          + "replications finished so far, marked incomplete (exit status 3).")
  Long maxEvents;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for replications (default: every core). "
          + "Does not change the results.")
  int threads = Replications.defaultThreads();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Also write results.json, replications.csv, charts/*.png|svg and a "
          + "self-contained report.html into DIR (created if missing).")
  java.nio.file.Path output;

  /** A stop signal with this command's limits; Ctrl-C raises it too, through {@link Interrupts}. */
  dev.nines.simulator.StopSignal stopSignal() {
    return new dev.nines.simulator.StopSignal(maxEvents == null ? Long.MAX_VALUE : maxEvents,
        timeout == null ? 0 : (long) Math.min(Long.MAX_VALUE / 2.0, timeout * 1e9));
  }

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
    if (output != null && !force) {
      java.util.List<java.nio.file.Path> foreign;
      try {
        foreign = dev.nines.reports.ReportFiles.foreign(output);
      } catch (java.io.IOException e) {
        return "nines " + command + ": --output " + output + ": cannot read the directory: "
            + e.getMessage();
      }
      if (!foreign.isEmpty()) {
        String names = foreign.stream().limit(3)
            .map(p -> output.relativize(p) + (java.nio.file.Files.isDirectory(p) ? "/" : ""))
            .collect(java.util.stream.Collectors.joining(", "));
        return "nines " + command + ": --output " + output + " holds files nines did not write: "
            + names + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "") + "\n"
            + "  hint: name a new or empty directory, or add --force to write beside them "
            + "(nines replaces only its own files)";
      }
    }
    return null;
  }
}
