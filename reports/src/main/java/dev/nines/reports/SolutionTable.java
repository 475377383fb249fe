package dev.nines.reports;

import dev.nines.scenarios.experiment.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal table of {@code nines solve}: analytic figures per scope, A(t), state probabilities.
 * Unavailabilities are printed in scientific form with four significant digits ({@code 3.779e-04},
 * {@code 1.000e-18}): they are what is left of the nines, which an availability written out in
 * decimals would need eighteen or thirty digits to show.
 */
public final class SolutionTable {

  private SolutionTable() {}

  public static String render(Solution solution) {
    StringBuilder out = new StringBuilder(solution.scenario().name()).append('\n');
    out.append(solution.states() > 0
        ? "exact CTMC: " + solution.states() + (solution.states() == 1 ? " state\n" : " states\n")
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
      rows.add(new String[] {f.name(), format(f),
          f.formula() == null ? "" : f.formula()});
    }
    Columns.print(out, scope, rows);
    if (!solution.overTime().isEmpty()) {
      rows = new ArrayList<>();
      rows.add(new String[] {"t", "A(t)", "U(t)"});
      for (Solution.Point p : solution.overTime()) {
        rows.add(new String[] {p.label(), Values.format(p.availability(), "1", "availability"),
            unavailability(p.unavailability())});
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

  private static String format(Solution.Figure f) {
    if (f.name().endsWith("unavailability") && f.value() != null) {
      return unavailability(f.value());
    }
    return Values.format(f.value(), f.unit(), f.name());
  }

  /** An unavailability in scientific form, four significant digits: 1.000e-18; 0 as "0". */
  static String unavailability(double u) {
    return u == 0 ? "0" : String.format(Locale.ROOT, "%.3e", u);
  }
}
