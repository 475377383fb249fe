package dev.nines.cli;

import dev.nines.reports.Provenance;
import dev.nines.reports.ReportFiles;
import dev.nines.reports.SweepCharts;
import dev.nines.reports.SweepJson;
import dev.nines.reports.SweepTable;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code sweep} and {@code merge} print and, with {@code -o DIR}, write as a report. */
final class SweepOutput {

  private SweepOutput() {}

  static int print(CommandSpec spec, String command, Scenario base, Sweep sweep,
      List<PointResult> results, boolean json, Path dir, Path file) {
    spec.commandLine().getOut().print(json ? SweepJson.render(base, sweep, results)
        : SweepTable.render(base, sweep, results));
    spec.commandLine().getOut().flush();
    if (dir == null) {
      return ExitCodes.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      byte[] text = sweep.text().getBytes(StandardCharsets.UTF_8);
      Provenance provenance = new Provenance(file == null ? sweep.file() : file.toString(),
          Provenance.sha256(text), base.seed(), base.replications(),
          NinesCommand.Version.number(), Provenance.currentJdk());
      ReportFiles.writeReport(dir, SweepJson.render(base, sweep, results, provenance,
          SweepCharts.of(sweep, results)), null);
    } catch (IOException | UncheckedIOException e) {
      err.println("nines " + command + ": cannot write the report into " + dir + ": "
          + e.getMessage());
      return ExitCodes.FAILURE;
    }
    err.println("nines " + command + ": wrote " + dir.resolve(ReportFiles.PAGE));
    return ExitCodes.OK;
  }
}
