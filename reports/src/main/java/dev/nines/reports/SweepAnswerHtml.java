package dev.nines.reports;

import static dev.nines.reports.ReportPage.escape;

import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;

/**
 * The top of a sweep's report: the best design and why (the cheapest point whose intervals meet
 * every target, its figures with their intervals and cost, and how many points meet), then every
 * point in one table with its figures, interval, verdict and cost, the best row marked. A shard's
 * report says that its best is the best of this shard only.
 */
final class SweepAnswerHtml {

  private SweepAnswerHtml() {}

  static void write(StringBuilder out, SweepAnswer a, double confidence) {
    String level = Double.isFinite(confidence) ? Durations.number(100 * confidence) + " % " : "";
    out.append("<section id=\"answer\">\n<h2>")
        .append(a.sharded() ? "Answer for this shard" : "Answer").append("</h2>\n")
        .append("<p id=\"best\" class=\"lead\"><strong>").append(escape(a.headline()))
        .append("</strong>: ").append(escape(a.why())).append(".</p>\n<ul class=\"figures\">\n");
    SweepAnswer.Point best = a.bestPoint();
    if (best != null) {
      for (MetricResult m : best.figures()) {
        if (m != null) {
          out.append("<li>").append(escape(m.scope() + " " + m.name())).append(" <strong>")
              .append(escape(Values.format(m.mean(), m.unit(), m.name()))).append("</strong>, ")
              .append(escape(level)).append("interval ").append(escape(ResultTable.interval(m)))
              .append(m.analytic() == null ? "" : ", formula "
                  + escape(Values.format(m.analytic(), m.unit(), m.name())))
              .append("</li>\n");
        }
      }
      if (Double.isFinite(best.cost())) {
        out.append("<li>cost <strong>").append(escape(Durations.number(best.cost())))
            .append("</strong>").append(a.cost() == null ? "" : " = " + escape(a.cost()))
            .append("</li>\n");
      }
    }
    if (!a.targets().isEmpty()) {
      out.append("<li>").append(escape(a.tally())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
    points(out, a, level);
  }

  /** Every point: its values, n, each figure with its interval and formula, verdict, cost. */
  private static void points(StringBuilder out, SweepAnswer a, String level) {
    boolean targets = !a.targets().isEmpty();
    boolean cost = a.points().stream().anyMatch(p -> Double.isFinite(p.cost()));
    out.append("<section id=\"points\">\n<h2>Every point</h2>\n<div class=\"scroll\">\n")
        .append("<table class=\"points\">\n<thead><tr>");
    for (String path : a.parameters()) {
      out.append("<th class=\"num\">").append(escape(path)).append("</th>");
    }
    out.append("<th class=\"num\">n</th>");
    for (SweepAnswer.Figure f : a.figures()) {
      out.append("<th class=\"num\">").append(escape(f.label())).append("</th>")
          .append("<th class=\"num\">").append(escape(level)).append("interval</th>")
          .append("<th class=\"num\">formula</th>");
    }
    if (targets) {
      out.append("<th>verdict</th>");
    }
    if (cost) {
      out.append("<th class=\"num\">cost</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (SweepAnswer.Point p : a.points()) {
      boolean isBest = p.index() == a.best();
      out.append(isBest ? "<tr class=\"best\">" : "<tr>");
      for (String path : a.parameters()) {
        out.append("<td class=\"num\">").append(escape(p.set().getOrDefault(path, "–")))
            .append("</td>");
      }
      out.append("<td class=\"num\">").append(p.replications()).append("</td>");
      for (MetricResult m : p.figures()) {
        out.append("<td class=\"num\">").append(m == null ? "–"
                : escape(Values.format(m.mean(), m.unit(), m.name()))).append("</td>")
            .append("<td class=\"num\">").append(interval(m)).append("</td>")
            .append("<td class=\"num\">").append(m == null || m.analytic() == null ? "–"
                : escape(Values.format(m.analytic(), m.unit(), m.name()))).append("</td>");
      }
      if (targets) {
        String verdict = p.verdict(true);
        String css = p.meets() == null ? "none" : p.meets() ? "agrees" : "outside";
        out.append("<td class=\"").append(css).append("\">").append(verdict)
            .append(isBest ? (a.sharded() ? " · best of this shard" : " · best") : "")
            .append("</td>");
      }
      if (cost) {
        out.append("<td class=\"num\">").append(Double.isFinite(p.cost())
            ? escape(Durations.number(p.cost())) : "–").append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  /** "[low, high]", escaped, or "–" when unknown. */
  private static String interval(MetricResult m) {
    String ci = m == null ? "-" : ResultTable.interval(m);
    return ci.equals("-") ? "–" : escape(ci);
  }
}
