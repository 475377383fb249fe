package dev.nines.cli;

import dev.nines.reports.PointLog;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodUnavailable;
import dev.nines.scenarios.experiment.Precision;
import dev.nines.scenarios.sweep.Cost;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.Point;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Replicator;
import dev.nines.simulator.StopSignal;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nines sweep FILE --set PATH=VALUES ... [--target EXPR] [--cost EXPR]}: the scenario at
 * every point of a grid of designs, on common random numbers, with the cheapest point that meets
 * the targets. With {@code -o DIR} each finished point is appended to DIR/points.jsonl, and a sweep
 * run again with the same arguments resumes where it stopped.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    resourceBundle = "dev.nines.cli.OptionHelp$Sweep",
    description = {
      "Find the cheapest design that meets the targets, over a grid of designs.",
      "Runs the scenario at every point of the grid (capacity planning), each on the same "
          + "random numbers, judges each point against the targets and prices it.",
      "Same arguments and seed give the same output, byte for byte, for any --threads or --shard."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines sweep scenarios/examples/web-tier-capacity.yaml \\",
      "      --set components.web.count=2..6 --set crews.ops.size=1,2 \\",
      "      --target 'availability>=0.9999' \\",
      "      --cost 'components.web.count*300 + crews.ops.size*9000'",
      "  nines sweep scenarios/examples/web-tier-capacity.yaml \\",
      "      --set components.web.count=2..6 --shard 1/2 -o s1"
    })
public final class SweepCommand implements Callable<Integer> {

  /** Where the points' replications run, given --threads: this machine's threads, or Spark. */
  /** The replicator for --threads and the run's stop signal. */
  private final BiFunction<Integer, StopSignal, Replicator> replicators;

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Mixin MethodOption method;

  @Parameters(paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUES", required = true,
      description = "A field and its values: a list (1,2,3), a range (2..8), a range of N points "
          + "(1h..24h:6) or N log-spaced points (1e-4..1e-1:log4). Several make a grid.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--target", paramLabel = "EXPR",
      description = "A goal such as 'availability>=0.9999' or 'traffic.response-p99<=200ms' "
          + "([scope.]metric OP value); several must all hold.")
  List<String> targets = new ArrayList<>();

  @Option(names = "--cost", paramLabel = "EXPR",
      description = "The price of a point, e.g. 'components.app.count*300 + crews.ops.size*9000'.")
  String cost;

  @Option(names = "--precision", paramLabel = "GOAL",
      description = "Run more replications at each point (doubling) until the first target's "
          + "figure (without a target, the system's unavailability) is this precise: a "
          + "percentage is a relative half-width, a number a half-width, e.g. --precision 1e-4 "
          + "or --precision 10%%.")
  String precision;

  @Option(names = "--max-replications", paramLabel = "N", defaultValue = "10000",
      description = "The most replications a point may take with --precision (default: ${DEFAULT-VALUE}).")
  int maxReplications;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Run every N-th point only, starting with the I-th (1 ≤ I ≤ N); join the "
          + "shards' directories with nines merge.")
  String shard;

  @Option(names = "--json", description = "Print the sweep as one JSON object.")
  boolean json;

  SweepCommand() {
    this(Replicator::threads);
  }

  private SweepCommand(BiFunction<Integer, StopSignal, Replicator> replicators) {
    this.replicators = replicators;
  }

  /**
   * {@code nines sweep} as a command line of its own whose replications run where
   * {@code replicators} says (given --threads): how the Spark module runs the same sweep on a
   * cluster, with the same arguments, output and files.
   */
  public static CommandLine commandLine(IntFunction<Replicator> replicators) {
    // Such a replicator is not stopped mid-point: a limit or Ctrl-C ends the sweep between points.
    return NinesCommand.withErrorHandling(new CommandLine(new SweepCommand(
        (threads, signal) -> replicators.apply(threads))));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String problem = options.problem("sweep");
    if (problem != null) {
      err.println(problem);
      return ExitCodes.BAD_INPUT;
    }
    Sweep sweep;
    Scenario base;
    int[] shardOf;
    try {
      ScenarioLoader.load(file, options.overrides()); // the file's own problems, located
      sweep = sweep(Files.readString(file, StandardCharsets.UTF_8));
      base = sweep.scenario(sweep.points().get(0), options.overrides());
      shardOf = shard(shard);
      for (Point point : sweep.points()) {
        sweep.scenario(point, options.overrides()); // every point loads before any runs
        sweep.price(point); // and has a price
      }
      for (int i = shardOf[0] - 1; sweep.method() != Method.AUTO && i < sweep.points().size();
          i += shardOf[1]) {
        Point point = sweep.points().get(i);
        try {
          sweep.plan(point); // a method named runs every point of the shard, or none
        } catch (MethodUnavailable e) {
          throw new IllegalArgumentException("at " + point.label() + ": " + e.getMessage(), e);
        }
      }
    } catch (ScenarioException e) {
      Problems.print(err, e);
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("nines sweep: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("nines sweep: " + file + ": cannot read the file: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Warnings.print(err, file);
    List<Point> mine = new ArrayList<>();
    for (Point p : sweep.points()) {
      if (p.index() % shardOf[1] == shardOf[0] - 1) {
        mine.add(p);
      }
    }
    Map<Integer, PointResult> done = new TreeMap<>();
    PointLog log = null;
    if (options.output != null) {
      try {
        log = PointLog.open(options.output, sweep);
        done.putAll(log.done());
      } catch (IllegalArgumentException e) {
        err.println("nines sweep: " + e.getMessage());
        err.println("  hint: write this sweep into another directory, or remove "
            + options.output.resolve(PointLog.FILE) + " to start again");
        return ExitCodes.BAD_INPUT;
      } catch (IOException e) {
        err.println("nines sweep: cannot write into " + options.output + ": " + e.getMessage());
        return ExitCodes.FAILURE;
      }
    }
    List<Point> todo = Sweep.remaining(mine, done);
    if (!done.isEmpty()) {
      err.println("nines sweep: resuming: " + (mine.size() - todo.size()) + " of " + mine.size()
          + " points already done in " + options.output.resolve(PointLog.FILE));
    }
    StopSignal signal = options.stopSignal();
    try (Interrupts interrupts = Interrupts.install(signal, err)) {
      return run(err, sweep, base, mine, todo, done, log, signal, interrupts);
    }
  }

  /** Runs the points to do, then prints and writes the sweep; a stopped sweep keeps its points. */
  private int run(PrintWriter err, Sweep sweep, Scenario base, List<Point> mine, List<Point> todo,
      Map<Integer, PointResult> done, PointLog log, StopSignal signal, Interrupts interrupts) {
    try (Progress progress = Progress.of(err, mine.size(), mine.size() - todo.size())) {
      PointLog sink = log;
      sweep.run(todo, replicators.apply(options.threads, signal), result -> {
        if (sink != null) {
          try {
            sink.append(result);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        done.put(result.point().index(), result);
        progress.step(result.replications());
        if (signal.stopped() && done.size() < mine.size()) {
          throw new StopSignal.Stopped(signal.reason()); // between points, for any replicator
        }
      });
    } catch (StopSignal.Stopped e) {
      return stopped(err, signal, interrupts, done.size(), mine.size());
    } catch (UncheckedIOException e) {
      err.println("nines sweep: cannot append to " + options.output.resolve(PointLog.FILE)
          + ": " + e.getCause().getMessage());
      return ExitCodes.FAILURE;
    } catch (ScenarioException e) {
      Problems.print(err, e);
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("nines sweep: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    List<PointResult> results = mine.stream().map(p -> done.get(p.index())).toList();
    err.println("nines sweep: " + methods(sweep.method(), results));
    err.flush();
    return SweepOutput.print(spec, "sweep", base, sweep, results, json, options.output, file);
  }

  /** Says how far a stopped sweep got and how to go on; the exit status says why it stopped. */
  private int stopped(PrintWriter err, StopSignal signal, Interrupts interrupts, int finished,
      int total) {
    err.println("nines sweep: stopped: " + signal.reason() + " after " + finished + " of " + total
        + " points");
    if (options.output != null) {
      err.println("  the finished points are saved in " + options.output.resolve(PointLog.FILE)
          + "; run the same command again to go on from there");
    } else {
      err.println("  hint: with -o DIR the finished points are saved, and the same command "
          + "run again goes on from there");
    }
    return interrupts.stopStatus();
  }

  /**
   * What the points ran with, for stderr: {@code method auto: importance at 3 points, crude at 2
   * (each point's method and why are in the output)}.
   */
  static String methods(Method asked, List<PointResult> results) {
    List<String> used = new ArrayList<>();
    for (Method m : Method.values()) {
      long n = results.stream()
          .filter(r -> r.method() != null && r.method().method() == m).count();
      if (n > 0) {
        used.add(m.text() + " at " + n + (used.isEmpty() ? n == 1 ? " point" : " points" : ""));
      }
    }
    return "method " + asked.text() + ": " + (used.isEmpty() ? "not recorded"
        : String.join(", ", used)) + " (each point's method and why are in the output)";
  }

  private Sweep sweep(String text) {
    List<Parameter> parameters = new ArrayList<>();
    for (String set : sets) {
      parameters.add(Parameter.parse(set));
    }
    List<Target> goals = new ArrayList<>();
    for (String target : targets) {
      goals.add(Target.parse(target));
    }
    Overrides given = options.overrides();
    return new Sweep(text, file.toString(), given, parameters, goals,
        cost == null ? null : Cost.parse(cost), precision == null ? null : goal(precision),
        maxReplications, method.parse());
  }

  private static Precision goal(String text) {
    try {
      return Precision.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--precision: " + e.getMessage(), e);
    }
  }

  /** {@code I/N} as {I, N}; {1, 1} when not given. */
  static int[] shard(String text) {
    if (text == null) {
      return new int[] {1, 1};
    }
    String[] parts = text.split("/", -1);
    try {
      int i = Integer.parseInt(parts[0].trim());
      int n = Integer.parseInt(parts[1].trim());
      if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) {
        return new int[] {i, n};
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException("--shard " + text + ": give I/N with 1 ≤ I ≤ N, e.g. "
        + "--shard 2/4 for the second of four shards");
  }
}
