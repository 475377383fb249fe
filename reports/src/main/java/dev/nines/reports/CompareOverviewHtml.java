package dev.nines.reports;

import static dev.nines.reports.ReportPage.escape;

import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;
import java.util.List;
import java.util.Map;

/**
 * The top of a comparison's report: one overview table (the balancers as columns, each load a
 * block of rows, each cell a mean with its interval; figures that are 0 everywhere said once under
 * it), then the paired differences against the baseline as small multiples, one chart per figure
 * side by side, each with zero marked.
 */
final class CompareOverviewHtml {

  private CompareOverviewHtml() {}

  /** Whether a chart is one of the small multiples of paired differences. */
  static boolean multiple(Chart chart) {
    return chart.id().startsWith(CompareCharts.DIFFERENCE);
  }

  static void write(StringBuilder out, CompareOverview o, double confidence, List<Chart> charts,
      Map<String, byte[]> pngs) {
    String level = Double.isFinite(confidence) ? Durations.number(100 * confidence) + " % " : "";
    List<String> zeros = o.zeros();
    out.append("<section id=\"overview\">\n<h2>Overview</h2>\n")
        .append("<p>Each figure's mean and ").append(escape(level)).append("interval under each")
        .append(" balancer, all on the same random numbers (the same arrivals, work and failures);")
        .append(" <span class=\"outside\">red</span>: the formula lies outside the interval.</p>\n")
        .append("<div class=\"scroll\">\n<table class=\"overview\">\n<thead><tr><th>figure</th>");
    for (String b : o.balancers()) {
      out.append("<th class=\"num\">").append(escape(b))
          .append(b.equals(o.baseline()) ? " <small>(baseline)</small>" : "").append("</th>");
    }
    out.append("</tr></thead>\n");
    for (CompareOverview.Load l : o.loads()) {
      out.append("<tbody>\n");
      String at = CompareOverview.at(l.load());
      if (o.loads().size() > 1 || !at.isEmpty()) {
        out.append("<tr class=\"load\"><th colspan=\"").append(o.balancers().size() + 1)
            .append("\">").append(escape(at.isEmpty() ? "the scenario's own load" : at))
            .append(Double.isFinite(l.arrivalRate()) ? " · λ = " + escape(Values.format(
                l.arrivalRate(), "1/s", "arrival-rate")) : "").append("</th></tr>\n");
      }
      for (String name : o.names()) {
        if (zeros.contains(name)) {
          continue;
        }
        out.append("<tr><td class=\"name\">").append(escape(name)).append("</td>");
        for (List<MetricResult> run : l.runs()) {
          cell(out, CompareOverview.find(run, name));
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n</div>\n");
    if (!zeros.isEmpty()) {
      out.append("<p class=\"none\">").append(escape(String.join(", ", zeros)))
          .append(": 0 under every balancer").append(o.loads().size() > 1 ? " at every load" : "")
          .append(" (none seen; the bounds of their intervals are in the tables below).</p>\n");
    }
    out.append("</section>\n");
    List<Chart> multiples = charts.stream().filter(CompareOverviewHtml::multiple).toList();
    if (!multiples.isEmpty()) {
      out.append("<section id=\"differences\">\n<h2>Paired differences against ")
          .append(escape(o.baseline())).append("</h2>\n<p>Each balancer minus ")
          .append(escape(o.baseline())).append(", replication by replication, with its ")
          .append(escape(level)).append("interval; each figure on its own axis, shared by every")
          .append(" balancer and load. The dotted line is 0: a whisker across it is a difference")
          .append(" these replications cannot tell from none.</p>\n<div class=\"multiples\">\n");
      for (Chart c : multiples) {
        ReportPage.figure(out, c, pngs.get(c.id()));
      }
      out.append("</div>\n</section>\n");
    }
  }

  /** A mean over its interval; red when the formula lies outside the interval. */
  private static void cell(StringBuilder out, MetricResult m) {
    if (m == null) {
      out.append("<td class=\"num\">–</td>");
      return;
    }
    Boolean in = m.analyticInInterval();
    String ci = ResultTable.interval(m);
    boolean width = !ci.equals("-") && m.low() != m.high();
    out.append("<td class=\"num").append(Boolean.FALSE.equals(in) ? " outside" : "").append("\">")
        .append(escape(Values.format(m.mean(), m.unit(), m.name())))
        .append(width ? " <small>" + escape(ci) + "</small>" : "").append("</td>");
  }
}
