package dev.nines.cli;

import dev.nines.reports.PointLog;
import dev.nines.reports.SweepDefinition;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.sweep.Point;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nines merge DIR...}: joins the shards of one sweep ({@code nines sweep --shard i/N -o DIR})
 * into the whole sweep's result, exactly as one run of it would print.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Join a sweep's shards into one result, the same as the whole sweep run at once.",
      "Each DIR is written by nines sweep --shard I/N -o DIR."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines merge s1 s2",
      "  nines merge s1 s2 s3 --json -o merged"
    })
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' directories.")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--json", description = "Print the sweep as one JSON object.")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Also write the merged report into DIR.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Sweep sweep = null;
    Map<Integer, PointResult> points = new TreeMap<>();
    try {
      for (Path dir : dirs) {
        Path file = dir.resolve(PointLog.FILE);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException(file + ": no such file (is " + dir
              + " the -o directory of a sweep?)");
        }
        PointLog.Log log = PointLog.read(file);
        if (sweep != null && !SweepDefinition.key(sweep).equals(SweepDefinition.key(log.sweep()))) {
          throw new IllegalArgumentException(file + " holds another sweep than " + dirs.get(0)
              + ": shards must come from the same scenario and arguments");
        }
        sweep = log.sweep();
        points.putAll(log.points());
      }
      List<Integer> missing = new ArrayList<>();
      for (Point p : sweep.points()) {
        if (!points.containsKey(p.index())) {
          missing.add(p.index());
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(missing.size() + " of " + sweep.points().size()
            + " points are in none of the directories (indexes " + abbreviate(missing)
            + "): run the missing shards, or let them finish, then merge again");
      }
      Scenario base = sweep.scenario(sweep.points().get(0), sweep.overrides());
      return SweepOutput.print(spec, "merge", base, sweep, List.copyOf(points.values()), json,
          output, null);
    } catch (IllegalArgumentException e) {
      err.println("nines merge: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (ScenarioException e) {
      Problems.print(err, e);
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("nines merge: cannot read: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  private static String abbreviate(List<Integer> indexes) {
    List<String> shown = indexes.stream().limit(10).map(String::valueOf).toList();
    return String.join(", ", shown) + (indexes.size() > 10 ? ", ..." : "");
  }
}
