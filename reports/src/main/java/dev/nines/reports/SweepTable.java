package dev.nines.reports;

import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodChoice;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.RunMethods;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table of a sweep: one row per point with its swept values, replications, the
 * method its figures come from ({@code crude} or {@code importance}), each target's figure with its interval (the system's availability without a target), whether it meets
 * the targets ("undecided" when an interval straddles one or has no width), and its cost; then
 * a note for each point run with plain simulation though fewer than one system failure per
 * replication was expected there (why: as asked, or importance sampling cannot run it), and the
 * best point.
 */
public final class SweepTable {

  private SweepTable() {}

  public static String render(Scenario base, Sweep sweep, List<PointResult> points) {
    StringBuilder out = new StringBuilder();
    out.append(base.name()).append('\n');
    out.append("sweep of ").append(points.size()).append(points.size() == 1 ? " point" : " points")
        .append(" · seed ").append(base.seed())
        .append(" · horizon ").append(Durations.format(base.horizon())).append(" · ")
        .append(Durations.number(100 * base.confidence())).append(" % confidence intervals")
        .append(" · the same random numbers at every point · method ")
        .append(sweep.method().text()).append('\n');
    List<String[]> figures = new ArrayList<>();
    for (Target t : sweep.targets()) {
      figures.add(new String[] {t.scope(), t.metric()});
    }
    if (figures.isEmpty()) {
      figures.add(new String[] {"system", "availability"});
    }
    List<String> header = new ArrayList<>();
    sweep.parameters().forEach(p -> header.add(p.path()));
    header.add("n");
    header.add("method");
    for (String[] f : figures) {
      header.add(f[0] + " " + f[1]);
      header.add("interval");
      header.add("formula");
    }
    if (!sweep.targets().isEmpty()) {
      header.add("meets");
    }
    if (sweep.cost() != null) {
      header.add("cost");
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(header.toArray(String[]::new));
    for (PointResult p : points) {
      List<String> row = new ArrayList<>();
      for (Parameter param : sweep.parameters()) {
        row.add(p.point().set().get(param.path()).text());
      }
      row.add(Integer.toString(p.replications()));
      row.add(p.method() == null ? "-" : p.method().method().text());
      for (String[] f : figures) {
        MetricResult m = p.metric(f[0], f[1]);
        row.add(m == null ? "-" : Values.format(m.mean(), m.unit(), m.name()));
        row.add(m == null || !Double.isFinite(m.low()) ? "-"
            : "[" + Values.format(m.low(), m.unit(), m.name()) + ", "
                + Values.format(m.high(), m.unit(), m.name()) + "]");
        row.add(m == null ? "-" : Values.format(m.analytic(), m.unit(), m.name()));
      }
      if (!sweep.targets().isEmpty()) {
        row.add(p.meets() == null ? "undecided" : p.meets() ? "yes" : "no");
      }
      if (sweep.cost() != null) {
        row.add(Durations.number(p.cost()));
      }
      rows.add(row.toArray(String[]::new));
    }
    Columns.print(out, "points", rows);
    for (PointResult p : points) {
      MethodChoice m = p.method();
      if (m != null && m.method() == Method.CRUDE && m.expectedFailures() < RunMethods.RARE) {
        out.append("note: ").append(p.point().label()).append(": ").append(m.line())
            .append('\n');
      }
    }
    if (!sweep.targets().isEmpty()) {
      out.append('\n');
      PointResult best = Sweep.best(points);
      List<String> targets = sweep.targets().stream().map(Target::toString).toList();
      if (best == null) {
        out.append("no point surely meets ").append(String.join(" and ", targets));
        long undecided = points.stream().filter(p -> p.meets() == null).count();
        if (undecided > 0) {
          out.append(" (").append(undecided).append(undecided == 1 ? " point is" : " points are")
              .append(" undecided: the interval straddles a target, or has no width because"
                  + " every replication gave the same value; run more replications, a longer"
                  + " horizon, or use --precision)");
        }
        out.append('\n');
      } else {
        boolean shard = points.size() < sweep.points().size();
        out.append(shard ? "best of this shard: " : "best: ").append(best.point().label())
            .append(sweep.cost() == null ? "" : " (cost " + Durations.number(best.cost()) + ")")
            .append(", the cheapest point whose intervals all meet ")
            .append(String.join(" and ", targets));
        if (shard) {
          out.append(" among the ").append(points.size()).append(" of the sweep's ")
              .append(sweep.points().size()).append(" points this shard holds; another shard may"
                  + " hold a better one (nines merge joins them)");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
