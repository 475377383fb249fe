package dev.nines.cli;

import dev.nines.models.traffic.BalancerSpec;
import dev.nines.reports.CompareCharts;
import dev.nines.reports.ComparisonJson;
import dev.nines.reports.ReplicationsCsv;
import dev.nines.reports.ComparisonTable;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.Suggestions;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.Durations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nines compare FILE --balancers a,b,c [--loads 0.5,0.9]}: the scenario's traffic under each
 * balancer, at each load, on common random numbers, with each balancer's paired difference against
 * the first.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    resourceBundle = "dev.nines.cli.OptionHelp$Compare",
    description = {
      "Compare load balancers on a scenario's traffic, on common random numbers.",
      "Every balancer sees the same arrivals, work and failures, so each difference against the "
          + "first balancer is paired per replication (a narrow interval).",
      "Same file and seed give the same output, byte for byte, for any --threads."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines compare scenarios/examples/balancers-at-90-percent.yaml \\",
      "      --balancers random,round-robin,power-of-two,least-connections",
      "  nines compare scenarios/examples/load-vs-p99.yaml \\",
      "      --balancers round-robin,power-of-two --loads 0.5,0.9 -o out"
    })
final class CompareCommand implements Callable<Integer> {

  private static final Pattern POWER_OF = Pattern.compile("power-of-\\d+");
  private static final String NAMES = String.join(", ", BalancerSpec.NAMES)
      + " (and power-of-N for power-of-d with d = N)";

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Parameters(paramLabel = "FILE", description = "The scenario file (YAML), with a traffic: section.")
  Path file;

  @Option(names = "--balancers", split = ",", paramLabel = "NAME", required = true,
      description = "The balancers to compare, the first as the baseline, e.g. "
          + "--balancers random,round-robin,least-connections,power-of-two. "
          + "The scenario's balancer options (weights, d, virtualNodes) carry over.")
  List<String> balancers = new ArrayList<>();

  @Option(names = "--loads", split = ",", paramLabel = "RHO",
      description = "Offered loads ρ = λE[S]/(nc) in (0, 1) to run at, e.g. --loads 0.5,0.9 "
          + "(the arrival rates scaled to each); default: the scenario's own rate.")
  List<String> loads = new ArrayList<>();

  @Option(names = "--json", description = "Print the comparison as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String problem = options.problem("compare");
    if (problem != null) {
      err.println(problem);
      return ExitCodes.BAD_INPUT;
    }
    List<String> names;
    List<Double> levels;
    try {
      names = balancerNames(balancers);
      levels = loads(loads);
    } catch (IllegalArgumentException e) {
      err.println("nines compare: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(file, options.overrides());
    } catch (ScenarioException e) {
      Problems.print(err, e);
      return ExitCodes.BAD_INPUT;
    }
    Warnings.print(err, file);
    if (scenario.traffic() == null) {
      err.println("nines compare: " + file + " has no traffic: section to compare balancers on");
      err.println("  hint: add one, e.g. traffic: {arrivals: {poisson: 100/s}, "
          + "service: {dist: exponential, mean: 10ms}, servers: GROUP, balancer: random}");
      return ExitCodes.BAD_INPUT;
    }
    double events = Comparison.estimatedEvents(scenario, names.size(), levels);
    if (!options.force && events > ScenarioLoader.MAX_EVENTS) {
      err.println("nines compare: " + file + ": this comparison would simulate about "
          + Durations.number(events) + " events (" + names.size() + " balancers"
          + (levels.isEmpty() ? "" : " × " + levels.size() + " loads") + "), more than the limit of "
          + Durations.number(ScenarioLoader.MAX_EVENTS));
      err.println("  hint: shorten the horizon (--horizon), use fewer replications "
          + "(--replications), or run it anyway with --force");
      return ExitCodes.BAD_INPUT;
    }
    StopSignal signal = options.stopSignal();
    try (Interrupts interrupts = Interrupts.install(signal, err)) {
      Comparison.Result result;
      Comparison.Listener progress = CompareProgress.of(scenario.replications(),
          names.size() * Math.max(1, levels.size()));
      try {
        List<BalancerSpec> specs = new ArrayList<>();
        for (String name : names) {
          specs.add(scenario.traffic().balancer().withName(name));
        }
        try {
          result = Comparison.run(scenario, specs, levels, options.threads, signal, progress);
        } finally {
          CompareProgress.close(progress); // the line ends before anything else is printed
        }
      } catch (IllegalArgumentException e) {
        err.println("nines compare: " + file + ": " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      } catch (Experiment.StoppedEarly e) {
        err.println("nines compare: stopped: " + e.getMessage() + "; nothing written: the"
            + " variants are compared on the same replications, so a comparison is all or nothing");
        err.println("  hint: compare fewer balancers or loads, or use fewer replications");
        return interrupts.stopStatus();
      }
      spec.commandLine().getOut().print(json ? ComparisonJson.render(result)
          : ComparisonTable.render(result));
      spec.commandLine().getOut().flush();
      if (options.output == null) {
        return ExitCodes.OK;
      }
      return ReportOutput.write(err, "compare", options.output, file, scenario,
          (provenance, text) -> ComparisonJson.render(result, provenance, text,
              CompareCharts.of(result)),
          ReplicationsCsv.render(result));
    }
  }

  /**
   * The balancer names, trimmed, each known and given once.
   *
   * @throws IllegalArgumentException with a did-you-mean and the list of names
   */
  static List<String> balancerNames(List<String> given) {
    List<String> names = new ArrayList<>();
    for (String raw : given) {
      String name = raw.trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("--balancers: an empty name; the balancers are: "
            + NAMES);
      }
      if (!BalancerSpec.NAMES.contains(name) && !POWER_OF.matcher(name).matches()) {
        String close = Suggestions.closest(name, BalancerSpec.NAMES);
        throw new IllegalArgumentException("--balancers: unknown balancer '" + name + "'"
            + (close == null ? "" : " (did you mean '" + close + "'?)")
            + "; the balancers are: " + NAMES);
      }
      try {
        BalancerSpec.named(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--balancers: " + name + ": " + e.getMessage());
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("--balancers: '" + name + "' is given twice");
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--balancers: give at least one balancer; the balancers "
          + "are: " + NAMES);
    }
    return names;
  }

  /**
   * The loads, each a number in (0, 1) given once.
   *
   * @throws IllegalArgumentException for anything else
   */
  static List<Double> loads(List<String> given) {
    List<Double> loads = new ArrayList<>();
    for (String raw : given) {
      String text = raw.trim();
      double load;
      try {
        load = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--loads: '" + text + "' is not a number; give loads "
            + "in (0, 1), e.g. --loads 0.5,0.9");
      }
      if (!(load > 0 && load < 1)) {
        throw new IllegalArgumentException("--loads: " + text + " is not in (0, 1): at a load of 1 "
            + "or more the servers cannot keep up and the queues grow without bound");
      }
      if (loads.contains(load)) {
        throw new IllegalArgumentException("--loads: " + text + " is given twice");
      }
      loads.add(load);
    }
    return loads;
  }
}
