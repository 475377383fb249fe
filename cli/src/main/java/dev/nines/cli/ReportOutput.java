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

  /** The results.json document of a run, given its provenance and the scenario's text. */
  interface Document {
    String render(Provenance provenance, String scenarioText);
  }

  /**
   * Writes the files and the report drawn from them; says where on {@code err}. The scenario file
   * is read again for its text and its SHA-256 (the provenance).
   *
   * @return the exit code: OK, or FAILURE when the directory cannot be written
   */
  static int write(PrintWriter err, String command, Path dir, Path file, Scenario scenario,
      Document document, String replicationsCsv) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Provenance provenance = new Provenance(file.toString(), Provenance.sha256(bytes),
          scenario.seed(), scenario.replications(), NinesCommand.Version.number(),
          Provenance.currentJdk());
      String json = document.render(provenance, new String(bytes, StandardCharsets.UTF_8));
      ReportFiles.writeReport(dir, json, replicationsCsv);
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
    if (message != null && cause.getClass() == java.io.IOException.class) {
      return message; // ReportFiles' own: it names the file and the reason
    }
    return cause.getClass().getSimpleName().replace("Exception", "")
        + (message == null ? "" : " " + message);
  }
}
