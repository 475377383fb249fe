package dev.nines.reports;

import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.StartRemark;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal table of a run: per scope, every figure with its confidence interval, n, the analytic
 * value, whether that value lies in the interval, and the formula.
 */
public final class ResultTable {

  private static final String[] HEADER = {"metric", "mean", "CI", "n", "analytic", "in CI", "formula"};

  private ResultTable() {}

  public static String render(ExperimentResult result) {
    Scenario s = result.scenario();
    StringBuilder out = new StringBuilder();
    out.append(s.name()).append('\n');
    out.append(Columns.wrap(String.format(Locale.ROOT,
        "seed %d · %d replications · horizon %s · warm-up %s · start %s%s · %s confidence "
            + "intervals, by which \"in CI\" is judged",
        s.seed(), s.replications(), Durations.format(s.horizon()), Durations.format(s.warmup()),
        s.start().text(),
        result.method() == null ? "" : " · method " + result.method().method().text(),
        Durations.number(100 * s.confidence()) + " %"), 0, Columns.WIDTH)).append('\n');
    if (result.precision() != null) {
      out.append(result.precision().line()).append('\n');
    }
    String remark = StartRemark.of(s);
    if (remark != null) {
      out.append(remark).append('\n');
    }
    if (result.incomplete() != null) {
      out.append("INCOMPLETE: ").append(result.incomplete()).append('\n');
    }
    List<MetricResult> scope = new ArrayList<>();
    for (MetricResult m : result.metrics()) {
      if (!scope.isEmpty() && !m.scope().equals(scope.get(0).scope())) {
        scope(out, scope);
        scope.clear();
      }
      scope.add(m);
    }
    scope(out, scope);
    return out.toString();
  }

  /**
   * One scope's table, then its notes: a reason that several rows share for having no analytic
   * value is said once, first, and left out of their rows.
   */
  private static void scope(StringBuilder out, List<MetricResult> scope) {
    if (scope.isEmpty()) {
      return;
    }
    SharedReason shared = SharedReason.of(scope);
    List<String[]> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (shared != null) {
      notes.add(shared.line());
    }
    for (MetricResult m : scope) {
      String[] row = row(m);
      if (shared != null && shared.covers(m)) {
        row[row.length - 1] = "";
      }
      rows.add(row);
      if (m.note() != null) {
        notes.add(m.name() + ": " + m.note());
      }
    }
    flush(out, scope.get(0).scope(), rows, notes);
  }

  /**
   * The interval as "[low, high]": an infinite bound (a side the data do not bound) reads "inf" or
   * "-inf"; "-" when a bound is unknown.
   */
  static String interval(MetricResult m) {
    return !Double.isNaN(m.low()) && !Double.isNaN(m.high())
        ? "[" + Values.format(m.low(), m.unit(), m.name()) + ", "
            + Values.format(m.high(), m.unit(), m.name()) + "]"
        : "-";
  }

  private static String[] row(MetricResult m) {
    String ci = interval(m);
    Boolean in = m.analyticInInterval();
    return new String[] {
      m.name(),
      Values.format(m.mean(), m.unit(), m.name()),
      ci,
      Long.toString(m.n()),
      Values.format(m.analytic(), m.unit(), m.name()),
      in == null ? "" : in ? "yes" : "NO",
      m.formula() == null ? "" : m.formula()
    };
  }

  private static void flush(StringBuilder out, String scope, List<String[]> rows,
      List<String> notes) {
    List<String[]> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(rows);
    Columns.print(out, scope, all);
    for (String note : notes) {
      out.append("  ").append(Columns.wrap(note, 4, Columns.WIDTH - 2)).append('\n');
    }
  }
}
