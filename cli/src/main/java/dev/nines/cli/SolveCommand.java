package dev.nines.cli;

import dev.nines.reports.SolutionJson;
import dev.nines.reports.SolutionTable;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Solution;
import dev.nines.scenarios.experiment.Solver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nines solve FILE}: the analytic answer only, no simulation. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Solve a scenario analytically, without simulation.",
      "Steady-state availability, unavailability (exact to thirty nines and beyond), MTBF, "
          + "MTTR, MTTF per scope, from the exact CTMC when every unit is exponential or markov, "
          + "else from the closed forms for independent units."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines solve scenarios/examples/two-of-three.yaml",
      "  nines solve scenarios/examples/two-of-three-one-technician.yaml \\",
      "      --at 1h,1d,30d --states",
      "  nines solve scenarios/examples/two-of-three-seven-nines.yaml --json"
    })
final class SolveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(names = "--at", split = ",", paramLabel = "DURATION",
      description = "System availability A(t) and unavailability U(t) at these times, e.g."
          + " --at 1h,1d,30d,1y (needs the CTMC).")
  List<String> at = new ArrayList<>();

  @Option(names = "--states", description = "Also print every CTMC state's steady-state probability.")
  boolean states;

  @Option(names = "--json", description = "Print the solution as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    Scenario scenario;
    Map<String, Double> times;
    try {
      scenario = ScenarioLoader.load(file, Overrides.NONE);
      times = Solver.times(at);
    } catch (ScenarioException e) {
      Problems.print(spec.commandLine().getErr(), e);
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("nines solve: --at: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Warnings.print(spec.commandLine().getErr(), file);
    Solution solution;
    try {
      solution = Solver.solve(scenario, times, states);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("nines solve: " + file + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().print(json ? SolutionJson.render(solution)
        : SolutionTable.render(solution));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
