package dev.nines.reports;

import dev.nines.reports.charts.Chart;
import dev.nines.reports.diagram.BlockDiagram;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained HTML5 page with the scenario; for a sweep its answer (the
 * best design and every point, {@link SweepAnswerHtml}) and for a comparison its overview and paired
 * differences ({@link CompareOverviewHtml}) first; the verdicts at a glance ({@link AtAGlance}), the
 * settings, the tables of figures beside their formulas (a sweep's and a comparison's folded, after
 * the charts), the charts as embedded PNGs (each linking its SVG in
 * {@code charts/}), the scenario's text and the provenance. Inline CSS only: no scripts, nothing
 * fetched. Every text that comes from a user (names, descriptions, formulas, titles, the source) is
 * escaped. The same document and images always give the same bytes.
 */
public final class ReportPage {

  private static final String CSS = """
      body { margin: 0; color: #1b1b1b; background: #fff;
        font: 15px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
      main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
      h1 { font-size: 1.8rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
      h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem;
        border-bottom: 1px solid #d8d8d8; overflow-wrap: anywhere; }
      .description { margin: 0 0 1rem; color: #444; white-space: pre-line; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.2rem; margin: 0; }
      dt { color: #555; }
      dd { margin: 0; overflow-wrap: anywhere; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: .9rem; }
      th, td { padding: .3rem .55rem; text-align: left; vertical-align: top;
        border-bottom: 1px solid #e4e4e4; }
      th { background: #f3f3f3; font-weight: 600; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      th, .results tr:not(.reason) td:nth-child(-n+2), .name { white-space: nowrap; }
      tr.reason td { color: #555; font-size: .85rem; border-bottom-color: #ccc; }
      tr.best td { background: #eaf5ec; }
      tr.load th { background: #e8edf4; }
      small { color: #555; }
      .lead { font-size: 1.15rem; margin: 0 0 .5rem; }
      ul.figures, ul.disagree { margin: .3rem 0 .8rem; padding-left: 1.3rem; }
      .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr));
        gap: 0 1.5rem; }
      .multiples figure { margin: .5rem 0 1rem; }
      details > summary { cursor: pointer; font-size: 1.2rem; font-weight: 600; margin: 2rem 0 .6rem;
        padding-bottom: .2rem; border-bottom: 1px solid #d8d8d8; }
      h3 { font-size: 1rem; margin: 1.4rem 0 .4rem; overflow-wrap: anywhere; }
      .agrees { color: #136f2d; font-weight: 600; }
      .outside { color: #b3261e; font-weight: 600; }
      .none { color: #888; }
      figure { margin: 1rem 0 2rem; break-inside: avoid; }
      figure img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { margin-top: .3rem; color: #444; font-size: .9rem; }
      pre { margin: 0; padding: .8rem; overflow-x: auto; font-size: .85rem; background: #f6f6f6;
        border: 1px solid #e4e4e4; }
      footer { margin-top: 2.5rem; color: #777; font-size: .85rem; }
      @media print {
        body { font-size: 10pt; }
        main { max-width: none; padding: 0; }
        a { color: inherit; text-decoration: none; }
        h2 { break-after: avoid; }
        tr, figure { break-inside: avoid; }
        pre { white-space: pre-wrap; }
      }
      """;

  private ReportPage() {}

  /**
   * The page of a document.
   *
   * @param pngByChartId each chart's PNG by its id; a chart without one is listed without image
   */
  public static String html(ReportDocument doc, Map<String, byte[]> pngByChartId) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(doc.title())).append(" · nines</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>").append(escape(doc.title())).append("</h1>\n");
    if (!doc.description().isBlank()) {
      out.append("<p class=\"description\">").append(escape(doc.description().strip()))
          .append("</p>\n");
    }
    out.append("</header>\n");
    answer(out, doc, pngByChartId);
    if (doc.structure() != null) {
      out.append(BlockDiagram.html(doc.structure()));
    }
    glance(out, doc);
    settings(out, doc);
    if (doc.answer() == null) {
      for (ReportDocument.Section section : doc.sections()) {
        table(out, section, doc.confidence(), "h2");
      }
      charts(out, doc, pngByChartId);
    } else {
      charts(out, doc, pngByChartId);
      details(out, doc);
    }
    if (!doc.source().isEmpty()) {
      out.append("<section id=\"source\">\n<h2>Scenario</h2>\n<pre><code>")
          .append(escape(doc.source())).append("</code></pre>\n</section>\n");
    }
    provenance(out, doc.provenance());
    out.append("<footer>Written by nines").append(doc.provenance() == null ? ""
        : " " + escape(doc.provenance().version())).append(".</footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * What the page says first: a sweep's best design and its table of points, or a comparison's
   * overview and its paired differences as small multiples; nothing for a run.
   */
  private static void answer(StringBuilder out, ReportDocument doc, Map<String, byte[]> pngs) {
    if (doc.answer() instanceof SweepAnswer sweep) {
      SweepAnswerHtml.write(out, sweep, doc.confidence());
    } else if (doc.answer() instanceof CompareOverview overview) {
      CompareOverviewHtml.write(out, overview, doc.confidence(), doc.charts(), pngs);
    }
  }

  /** How many disagreements the glance lists; the rest are counted. */
  static final int GLANCE_LIST = 8;

  /**
   * The verdicts at a glance: how many figures were checked against a formula that applies, how
   * many agree, a short list of those that do not and why, and the formulas that do not apply
   * here, each reason once (not counted as agreeing).
   */
  private static void glance(StringBuilder out, ReportDocument doc) {
    AtAGlance g = AtAGlance.of(doc);
    out.append("<section id=\"glance\">\n<h2>At a glance</h2>\n<p>");
    if (g.checked() == 0) {
      out.append("No figure here has a formula that applies to check it against.");
    } else {
      out.append(g.checked()).append(g.checked() == 1 ? " figure has" : " figures have")
          .append(" a formula that applies: <span class=\"agrees\">").append(g.agreeing())
          .append(" agree</span> (the formula lies in the simulated interval)");
      if (g.outside().isEmpty()) {
        out.append(".");
      } else {
        out.append(", <span class=\"outside\">").append(g.outside().size())
            .append(" disagree</span>");
        String level = Double.isFinite(g.confidence())
            ? Durations.number(100 * g.confidence()) + " %" : "";
        if (!level.isEmpty()) {
          out.append(g.withinChance()
              ? ": no more than chance gives (at " + level + " confidence about "
                  + Durations.number(g.expectedByChance()) + " of " + g.checked()
                  + " fall outside with every formula right)"
              : ": more than chance gives (about " + Durations.number(g.expectedByChance())
                  + " of " + g.checked() + " at " + level + " confidence), so an assumption of"
                  + " these formulas may not hold");
        }
        out.append(".");
      }
    }
    out.append("</p>\n");
    if (!g.outside().isEmpty()) {
      out.append("<ul class=\"disagree\">\n");
      g.outside().stream().limit(GLANCE_LIST).forEach(d -> out.append("<li>")
          .append(escape(d.text())).append("</li>\n"));
      if (g.outside().size() > GLANCE_LIST) {
        out.append("<li>and ").append(g.outside().size() - GLANCE_LIST)
            .append(" more, marked outside in the tables</li>\n");
      }
      out.append("</ul>\n");
    }
    if (g.notCounted() > 0) {
      out.append("<p class=\"none\">Not counted: ").append(g.notCounted())
          .append(g.notCounted() == 1 ? " figure whose formula does not apply here ("
              : " figures whose formula does not apply here (");
      List<String> reasons = new java.util.ArrayList<>();
      g.notApplying().forEach((reason, n) -> reasons.add(escape(reason) + (n > 1 ? " ×" + n
          : "")));
      out.append(String.join("; ", reasons)).append(").</p>\n");
    }
    out.append("</section>\n");
  }

  private static void settings(StringBuilder out, ReportDocument doc) {
    out.append("<section id=\"settings\">\n<h2>Settings</h2>\n<dl>\n");
    for (ReportDocument.Setting s : doc.settings()) {
      out.append("<dt>").append(escape(s.label())).append("</dt><dd>").append(escape(s.value()))
          .append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  /**
   * A section's table, grouped by scope: a reason that several rows of a scope share for having no
   * analytic value is said once, in a row under them ({@link SharedReason}), not on every row.
   */
  static void table(StringBuilder out, ReportDocument.Section section, double confidence,
      String heading) {
    String level = Double.isFinite(confidence)
        ? Durations.number(100 * confidence) + " % interval" : "interval";
    out.append("<section class=\"results\">\n<").append(heading).append('>')
        .append(escape(section.heading())).append("</").append(heading).append(">\n")
        .append("<div class=\"scroll\">\n<table>\n<thead><tr>")
        .append("<th>scope</th><th>metric</th><th class=\"num\">mean</th>")
        .append("<th class=\"num\">").append(escape(level)).append("</th>")
        .append("<th class=\"num\">n</th><th class=\"num\">formula value</th><th>formula</th>")
        .append("<th>verdict</th></tr></thead>\n<tbody>\n");
    List<MetricResult> metrics = section.metrics();
    for (int from = 0; from < metrics.size(); ) {
      int to = from;
      while (to < metrics.size() && metrics.get(to).scope().equals(metrics.get(from).scope())) {
        to++;
      }
      List<MetricResult> scope = metrics.subList(from, to);
      SharedReason shared = SharedReason.of(scope);
      for (MetricResult m : scope) {
        row(out, m, shared != null && shared.covers(m));
      }
      if (shared != null) {
        out.append("<tr class=\"reason\"><td></td><td colspan=\"7\">")
            .append(escape(shared.line())).append("</td></tr>\n");
      }
      from = to;
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  /**
   * A comparison's or a sweep's every table, folded: the overview or the answer above says what
   * they hold, and a reader opens them for each figure's formula.
   */
  private static void details(StringBuilder out, ReportDocument doc) {
    if (doc.sections().isEmpty()) {
      return;
    }
    out.append("<details id=\"details\">\n<summary>Every figure with its formula and verdict, ")
        .append(doc.answer() instanceof SweepAnswer ? "point by point" : "run by run")
        .append(" (").append(doc.sections().size())
        .append(doc.sections().size() == 1 ? " table" : " tables").append(")</summary>\n");
    for (ReportDocument.Section section : doc.sections()) {
      table(out, section, doc.confidence(), "h3");
    }
    out.append("</details>\n");
  }

  private static void row(StringBuilder out, MetricResult m, boolean sharedReason) {
    String interval = ResultTable.interval(m);
    if (interval.equals("-")) {
      interval = "–";
    }
    Boolean in = m.analyticInInterval();
    String verdictClass = in == null ? "none" : in ? "agrees" : "outside";
    String verdict = in == null ? "–" : in ? "agrees" : "outside";
    out.append("<tr><td>").append(escape(m.scope())).append("</td>")
        .append("<td>").append(escape(m.name()))
        .append(m.note() == null ? ""
            : "<br><small class=\"note\">" + escape(m.note()) + "</small>")
        .append("</td>")
        .append("<td class=\"num\">").append(escape(Values.format(m.mean(), m.unit(), m.name())))
        .append("</td>")
        .append("<td class=\"num\">").append(escape(interval)).append("</td>")
        .append("<td class=\"num\">").append(m.n()).append("</td>")
        .append("<td class=\"num\">").append(m.analytic() == null ? "–"
            : escape(Values.format(m.analytic(), m.unit(), m.name()))).append("</td>")
        .append("<td>").append(m.formula() == null || sharedReason ? "" : escape(m.formula()))
        .append("</td>")
        .append("<td class=\"").append(verdictClass).append("\">").append(verdict)
        .append("</td></tr>\n");
  }

  private static void charts(StringBuilder out, ReportDocument doc, Map<String, byte[]> pngs) {
    List<Chart> charts = doc.charts().stream()
        .filter(c -> !(doc.answer() instanceof CompareOverview && CompareOverviewHtml.multiple(c)))
        .toList();
    if (charts.isEmpty()) {
      return;
    }
    out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    for (Chart chart : charts) {
      figure(out, chart, pngs.get(chart.id()));
    }
    out.append("</section>\n");
  }

  /** A chart as a figure: its PNG (when drawn) with its size, its title and a link to its SVG. */
  static void figure(StringBuilder out, Chart chart, byte[] png) {
    String title = escape(chart.title());
    String id = escape(chart.id());
    out.append("<figure id=\"chart-").append(id).append("\">");
    if (png != null) {
      out.append("<img src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\" alt=\"").append(title)
          .append('"');
      int[] size = pngSize(png);
      if (size != null) {
        out.append(" width=\"").append(size[0]).append("\" height=\"").append(size[1])
            .append('"');
      }
      out.append('>');
    }
    out.append("<figcaption>").append(title).append(" · <a href=\"charts/").append(id)
        .append(".svg\">SVG</a></figcaption></figure>\n");
  }

  private static void provenance(StringBuilder out, Provenance p) {
    if (p == null) {
      return;
    }
    out.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n");
    String[][] rows = {
      {"scenario file", p.scenarioFile()},
      {"scenario SHA-256", p.scenarioSha256()},
      {"seed", Long.toString(p.seed())},
      {"replications", Integer.toString(p.replications())},
      {"nines version", p.version()},
      {"JDK", p.jdk()}
    };
    for (String[] row : rows) {
      out.append("<dt>").append(row[0]).append("</dt><dd>").append(escape(row[1]))
          .append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  /** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
  static int[] pngSize(byte[] png) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (png.length < 24) {
      return null;
    }
    for (int i = 0; i < signature.length; i++) {
      if (png[i] != signature[i]) {
        return null;
      }
    }
    if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
      return null;
    }
    return new int[] {int32(png, 16), int32(png, 20)};
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
        | (b[at + 3] & 0xff);
  }

  /** Text made safe for HTML content and double- or single-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
