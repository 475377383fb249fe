package dev.nines.cli;

import dev.nines.reports.Provenance;
import dev.nines.reports.ReportFiles;
import dev.nines.scenarios.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -o DIR}: a result's files in a directory. results.json and replications.csv come from the
 * run; the charts and report.html are drawn from results.json alone, exactly as {@code nines report
 * DIR} draws them again. Every file goes to a temporary name first and is moved into place.
 */
final class ReportOutput {

  private ReportOutput() {}

  /** The provenance of a run of the scenario file. */
  static Provenance provenance(Path file, Scenario scenario) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new Provenance(file.toString(), Provenance.sha256(bytes), scenario.seed(),
        scenario.replications(), NinesCommand.Version.number(), Provenance.currentJdk());
  }

  /** The scenario file's text, as it was run. */
  static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /**
   * Writes the files and the report drawn from them; says where on {@code err}.
   *
   * @return the exit code: OK, or FAILURE when the directory cannot be written
   */
  static int write(PrintWriter err, String command, Path dir, String resultsJson,
      String replicationsCsv) {
    try {
      ReportFiles.writeReport(dir, resultsJson, replicationsCsv);
    } catch (IOException | UncheckedIOException e) {
      err.println("nines " + command + ": cannot write the report into " + dir + ": "
          + reason(e));
      err.println("  hint: choose a directory you can write to, with room to spare");
      return ExitCodes.FAILURE;
    }
    err.println("nines " + command + ": wrote " + dir.resolve("report.html"));
    return ExitCodes.OK;
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName().replace("Exception", "")
        + (message == null ? "" : " " + message);
  }
}
