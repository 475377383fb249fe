package dev.nines.benchmarks.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The study's options. The same options give the same table: nothing in it depends on the clock or
 * on the number of threads.
 *
 * @param seeds the number of independent runs per case and replication count
 * @param firstSeed the first seed; runs use firstSeed, firstSeed + 1, ...
 * @param replications the replication counts, each a separate set of runs
 * @param cases a regular expression the case ids must match (somewhere)
 * @param threads runs at once (each run on one thread)
 * @param start null to run each case with its own start, or {@link Start#NEW} for every case
 * @param out the directory that receives coverage.md and coverage.json
 */
public record StudyOptions(int seeds, long firstSeed, List<Integer> replications, String cases,
    int threads, Start start, Path out) {

  public static final String USAGE = """
      usage: benchmarks/coverage/run [--seeds N] [--first-seed S] [--replications 10,30,100]
                                     [--cases REGEX] [--threads N] [--start case|new]
                                     [--out DIR]
        --seeds         independent runs per case and replication count (default 1000)
        --first-seed    seeds S, S+1, ... (default 1)
        --replications  replication counts, comma-separated (default 10,30,100)
        --cases         regular expression on case ids (default: every case)
        --threads       runs at once, each on one thread (default 2)
        --start         case: each case's own start (default); new: every unit new, the loader's
                        default (for numbers before 'start: stationary' exists)
        --out           directory for coverage.md and coverage.json (default benchmarks/results)
      """;

  public StudyOptions {
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    replications = List.copyOf(replications);
    if (replications.isEmpty() || replications.stream().anyMatch(r -> r < 2)) {
      throw new IllegalArgumentException("--replications needs counts of at least 2, got "
          + replications);
    }
  }

  /** The defaults: 1000 seeds from 1, at 10, 30 and 100 replications, two threads. */
  public static StudyOptions defaults() {
    return new StudyOptions(1000, 1, List.of(10, 30, 100), ".", 2, null,
        Path.of("benchmarks", "results"));
  }

  /** The options of a command line; throws IllegalArgumentException with a message for bad ones. */
  public static StudyOptions parse(String[] args) {
    StudyOptions o = defaults();
    int seeds = o.seeds;
    long firstSeed = o.firstSeed;
    List<Integer> replications = o.replications;
    String cases = o.cases;
    int threads = o.threads;
    Start start = o.start;
    Path out = o.out;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--seeds" -> seeds = integer(name, value);
        case "--first-seed" -> firstSeed = Long.parseLong(value);
        case "--replications" -> {
          replications = new ArrayList<>();
          for (String part : value.split(",")) {
            replications.add(integer(name, part.trim()));
          }
        }
        case "--cases" -> cases = value;
        case "--threads" -> threads = integer(name, value);
        case "--start" -> start = switch (value) {
          case "case" -> null;
          case "new" -> Start.NEW;
          default -> throw new IllegalArgumentException("--start takes case or new, got '"
              + value + "'");
        };
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new StudyOptions(seeds, firstSeed, replications, cases, threads, start, out);
  }

  /** The start a case runs with. */
  Start startOf(CoverageCase c) {
    return start == null ? c.start() : start;
  }

  /** The command line that gives these options, for the table's header. */
  String commandLine() {
    return "benchmarks/coverage/run --seeds " + seeds + " --first-seed " + firstSeed
        + " --replications " + String.join(",", replications.stream().map(String::valueOf).toList())
        + " --cases '" + cases + "' --start " + (start == null ? "case" : start.word());
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
    }
  }
}
