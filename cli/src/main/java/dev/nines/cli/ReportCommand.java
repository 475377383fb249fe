package dev.nines.cli;

import dev.nines.reports.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nines report DIR}: draws the charts and report.html again from a saved results.json. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Draw the charts and report.html again from DIR/results.json; nothing is simulated.",
      "DIR is written by nines run -o DIR or nines compare -o DIR."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines run scenarios/examples/two-of-three.yaml -o out",
      "  nines report out"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A directory holding results.json.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path results = dir.resolve("results.json");
    if (!Files.isRegularFile(results)) {
      err.println("nines report: " + results + ": no such file");
      err.println("  hint: give a directory written by nines run FILE -o DIR or nines compare -o DIR");
      return ExitCodes.BAD_INPUT;
    }
    try {
      ReportFiles.render(dir);
    } catch (IllegalArgumentException e) {
      err.println("nines report: " + results + ": " + e.getMessage());
      err.println("  hint: results.json must be as nines wrote it; run the scenario again with -o");
      return ExitCodes.BAD_INPUT;
    } catch (IOException | UncheckedIOException e) {
      err.println("nines report: cannot write into " + dir + ": " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    err.println("nines report: wrote " + dir.resolve("report.html"));
    return ExitCodes.OK;
  }
}
