package dev.nines.reports;

import dev.nines.scenarios.experiment.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal table of {@code nines solve}: analytic figures per scope, A(t), state probabilities. */
public final class SolutionTable {

  private SolutionTable() {}

  public static String render(Solution solution) {
    StringBuilder out = new StringBuilder(solution.scenario().name()).append('\n');
    out.append(solution.states() > 0
        ? "exact CTMC: " + solution.states() + " states\n"
        : solution.chainReason() + "; closed forms for independent units\n");
    String scope = null;
    List<String[]> rows = new ArrayList<>();
    for (Solution.Figure f : solution.figures()) {
      if (!f.scope().equals(scope)) {
        Columns.print(out, scope, rows);
        scope = f.scope();
        rows = new ArrayList<>();
        rows.add(new String[] {"metric", "value", "formula"});
      }
      rows.add(new String[] {f.name(), Values.format(f.value(), f.unit(), f.name()),
          f.formula() == null ? "" : f.formula()});
    }
    Columns.print(out, scope, rows);
    if (!solution.overTime().isEmpty()) {
      rows = new ArrayList<>();
      rows.add(new String[] {"t", "A(t)"});
      for (Solution.Point p : solution.overTime()) {
        rows.add(new String[] {p.label(), Values.format(p.availability(), "1", "availability")});
      }
      Columns.print(out, "system availability A(t), uniformization (error < 1e-10)", rows);
    }
    if (!solution.probabilities().isEmpty()) {
      rows = new ArrayList<>();
      rows.add(new String[] {"state", "system", "probability"});
      for (Solution.StateProbability p : solution.probabilities()) {
        rows.add(new String[] {p.state(), p.up() ? "up" : "down",
            String.format(Locale.ROOT, "%.6e", p.probability())});
      }
      Columns.print(out, "steady-state probabilities", rows);
    }
    return out.toString();
  }
}
