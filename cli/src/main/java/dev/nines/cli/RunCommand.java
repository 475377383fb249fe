package dev.nines.cli;

import dev.nines.reports.CsvResults;
import dev.nines.reports.JsonResults;
import dev.nines.reports.ReplicationsCsv;
import dev.nines.reports.RunCharts;
import dev.nines.reports.ResultTable;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.CrudeRunner;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MethodUnavailable;
import dev.nines.scenarios.experiment.RunLoop;
import dev.nines.scenarios.experiment.RunMethods;
import dev.nines.scenarios.experiment.Solver;
import dev.nines.simulator.Durations;
import dev.nines.simulator.StopSignal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nines run FILE}: simulate a scenario and print its figures beside the formulas. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Simulate a scenario: every figure with its confidence interval, beside its analytic value.",
      "Same file and seed give the same output, byte for byte, for any --threads.",
      "With --precision, run until the system's unavailability is that precise."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines run scenarios/examples/two-of-three.yaml",
      "  nines run scenarios/examples/two-of-three.yaml --seed 7 --replications 200 \\",
      "      --json",
      "  nines run scenarios/examples/three-of-five-rare.yaml --precision 10%% \\",
      "      --max-replications 20000 --timeout 5m",
      "  nines run scenarios/examples/web-tier.yaml -o out    # out/report.html"
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Mixin MethodOptions methods;

  @Parameters(paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Option(names = "--csv", description = "Print the results as CSV, one row per figure.")
    boolean csv;
  }

  @Option(names = "--transient", split = ",", paramLabel = "DURATION",
      description = "Also estimate the system's availability A(t) at these times, e.g. "
          + "--transient 1h,1d,30d, beside the CTMC's uniformization value.")
  List<String> transientTimes = new ArrayList<>();

  @Override
  public Integer call() {
    String problem = options.problem("run");
    if (problem == null) {
      problem = methods.problem("run", options.force);
    }
    if (problem != null) {
      spec.commandLine().getErr().println(problem);
      return ExitCodes.BAD_INPUT;
    }
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(file, options.overrides());
    } catch (ScenarioException e) {
      Problems.print(spec.commandLine().getErr(), e);
      return ExitCodes.BAD_INPUT;
    }
    Warnings.print(spec.commandLine().getErr(), file);
    Map<String, Double> at;
    try {
      at = Solver.times(transientTimes);
      for (Map.Entry<String, Double> t : at.entrySet()) {
        if (t.getValue() > scenario.horizon()) {
          throw new IllegalArgumentException("'" + t.getKey() + "' lies beyond the horizon "
              + Durations.format(scenario.horizon()));
        }
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("nines run: --transient: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Path dir = options.output;
    PrintWriter err = spec.commandLine().getErr();
    RunMethods.Plan plan;
    try {
      plan = RunMethods.plan(methods.method(), scenario, at, dir != null);
    } catch (MethodUnavailable e) {
      err.println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    err.println("nines: " + plan.choice().line());
    if (methods.controlVariates) {
      if (plan.runner() instanceof CrudeRunner crude) {
        plan = new RunMethods.Plan(plan.choice(), crude.withControlVariates());
      } else {
        err.println("nines: --control-variates: not used, they correct plain simulation and "
            + plan.choice().method().text() + " was chosen");
      }
    }
    err.flush();
    StopSignal signal = options.stopSignal();
    try (Interrupts interrupts = Interrupts.install(signal, err)) {
      ExperimentResult result;
      RunLoop.Listener progress = RunProgress.of(scenario.replications(), methods.goal());
      try {
        result = RunLoop.run(plan.runner(), scenario, options.threads, methods.goal(),
            methods.maxReplications(), signal, progress).withMethod(plan.choice());
      } catch (Experiment.StoppedEarly e) {
        err.println("nines run: stopped: " + e.getMessage()
            + "; nothing to report, a figure needs two finished replications");
        return interrupts.stopStatus();
      } finally {
        RunProgress.close(progress);
      }
      String output = format.json ? JsonResults.render(result)
          : format.csv ? CsvResults.render(result)
          : ResultTable.render(result);
      spec.commandLine().getOut().print(output);
      spec.commandLine().getOut().flush();
      int status = dir == null ? ExitCodes.OK
          : ReportOutput.write(err, "run", dir, file, result.scenario(),
              (provenance, text) -> JsonResults.render(result, provenance, text,
                  RunCharts.of(result)),
              ReplicationsCsv.render(result));
      if (result.incomplete() == null || status != ExitCodes.OK) {
        return status;
      }
      err.println("nines run: incomplete: " + result.incomplete());
      return interrupts.stopStatus();
    }
  }
}
