package dev.nines.cli;

import dev.nines.models.ComponentGroup;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nines validate FILE...}: check scenario files without running them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = "Check scenario files: every problem of each, with file, line and column.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines validate scenarios/examples/two-of-three.yaml",
      "  nines validate scenarios/examples/*.yaml"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = ExitCodes.OK;
    for (Path file : files) {
      try {
        Scenario s = ScenarioLoader.load(file, Overrides.NONE);
        Warnings.print(err, file);
        int units = s.system().groups().stream().mapToInt(ComponentGroup::count).sum();
        int crews = s.system().crews().size();
        int groups = s.system().groups().size();
        out.printf("%s: ok (%s: %s, %s%s)%n", file, s.name(), count(groups, "group"),
            count(units, "unit"), crews == 0 ? "" : ", " + count(crews, "crew"));
      } catch (ScenarioException e) {
        Problems.print(err, e);
        status = ExitCodes.BAD_INPUT;
      }
    }
    out.flush();
    err.flush();
    return status;
  }

  /** "1 group", "3 groups". */
  static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
