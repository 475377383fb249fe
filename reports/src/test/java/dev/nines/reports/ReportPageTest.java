package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.experiment.ExperimentResult;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** report.html from a document: tables, charts, escaping. */
class ReportPageTest {

  /** A 3 x 2 PNG's signature and IHDR: enough for the page to read its size. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4nGP4z8DwHwYZYBwAR+4F+zHJ/kMAAAAASUVORK5CYII=");

  private static String page() throws Exception {
    ReportDocument doc = ReportDocument.parse(Fixtures.runJson());
    return ReportPage.html(doc, Map.of("availability", PNG));
  }

  @Test
  void hasTheTableRowsWithFormulasAndVerdicts() throws Exception {
    String html = page();
    assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
    assertTrue(html.contains("<meta charset=\"utf-8\">"), html);
    assertTrue(html.contains("<tr><td>system</td><td>availability</td>"
        + "<td class=\"num\">0.999400</td><td class=\"num\">[0.99900, 0.999800]</td>"
        + "<td class=\"num\">4</td><td class=\"num\">0.999500</td><td>A = μ/(λ+μ)</td>"
        + "<td class=\"agrees\">agrees</td></tr>"), html);
    assertTrue(html.contains("<td>mtbf</td><td class=\"num\">1h</td>"
        + "<td class=\"num\">[58.33m, 1.028h]</td><td class=\"num\">4</td>"
        + "<td class=\"num\">1.111h</td><td>1/λ &lt;n&gt;</td>"
        + "<td class=\"outside\">outside</td></tr>"), html);
    assertTrue(html.contains("<td>outage-p99</td><td class=\"num\">12s</td>"
        + "<td class=\"num\">–</td><td class=\"num\">4</td><td class=\"num\">–</td><td></td>"
        + "<td class=\"none\">–</td></tr>"), html);
    assertTrue(html.contains("<th class=\"num\">95 % interval</th>"), html);
    assertTrue(html.contains("<dt>horizon</dt><dd>1.667m</dd>"), html);
  }

  /**
   * A figure that rests on no failure shows its one-sided bound, an unbounded side as "inf", and its
   * note, read back from results.json.
   */
  @Test
  void aOneSidedFigureShowsItsBoundAndNote() throws Exception {
    var mtbf = new dev.nines.scenarios.experiment.MetricResult("system", "mtbf", "s", Double.NaN,
        3600, Double.POSITIVE_INFINITY, 4, null, null, List.of(),
        "no failure seen: one-sided bound");
    var result = new dev.nines.scenarios.experiment.ExperimentResult(Fixtures.scenario(),
        List.of(mtbf));
    String json = JsonResults.render(result, Fixtures.provenance(), "name: x", List.of());
    String html = ReportPage.html(ReportDocument.parse(json), Map.of());
    assertTrue(html.contains("<td>mtbf<br><small class=\"note\">no failure seen: one-sided bound"
        + "</small></td><td class=\"num\">-</td>"), html);
  }

  @Test
  void userTextIsEscapedAndThereAreNoScripts() throws Exception {
    String html = page();
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
    assertTrue(html.contains("two servers &amp; &lt;img src=x onerror=alert(2)&gt;"), html);
    assertTrue(html.contains("Availability &lt;b&gt;&amp;&lt;/b&gt;"), html);
    assertTrue(html.contains("name: &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"), html);
    assertFalse(html.contains("http://") || html.contains("https://"), "nothing fetched");
  }

  @Test
  void chartsAreEmbeddedWithTheirSizeAndLinkTheirSvg() throws Exception {
    String html = page();
    assertTrue(html.contains("<figure id=\"chart-availability\"><img src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(PNG) + "\" alt=\"Availability &lt;b&gt;&amp;&lt;/b&gt;\""
        + " width=\"3\" height=\"2\"><figcaption>Availability &lt;b&gt;&amp;&lt;/b&gt; · "
        + "<a href=\"charts/availability.svg\">SVG</a></figcaption></figure>"), html);
    assertTrue(html.contains("<figure id=\"chart-outages-system\"><figcaption>Outage durations · "
        + "<a href=\"charts/outages-system.svg\">SVG</a></figcaption></figure>"),
        "a chart without a PNG is listed without image: " + html);
    assertEquals(1, html.split("<img ", -1).length - 1);
  }

  @Test
  void showsProvenanceAndSource() throws Exception {
    String html = page();
    assertTrue(html.contains("<dt>scenario file</dt><dd>test.yaml</dd>"), html);
    assertTrue(html.contains("<dt>nines version</dt><dd>0.1.0-test</dd>"), html);
    assertTrue(html.contains("<pre><code>name: &quot;"), html);
  }

  @Test
  void sameDocumentSameBytes() throws Exception {
    assertEquals(page(), page());
  }

  @Test
  void aComparisonShowsItsOverviewFirstAndFoldsATablePerRunAndDifference() throws Exception {
    ReportDocument doc = ReportDocument.parse(ComparisonJson.render(Fixtures.comparison()));
    String html = ReportPage.html(doc, Map.of());
    assertEquals(1, html.split("<table class=\"overview\">", -1).length - 1);
    assertTrue(html.indexOf("id=\"overview\"") < html.indexOf("id=\"glance\""), html);
    String details = html.substring(html.indexOf("<details id=\"details\">"));
    assertEquals(3, details.split("<table>", -1).length - 1);
    assertTrue(details.contains("<h3>least-connections − random at load 0.5</h3>"), html);
    assertFalse(html.contains("id=\"charts\""), "no charts section without charts");
    assertFalse(html.contains("id=\"provenance\""));
  }

  @Test
  void aReasonSharedByAScopeIsSaidOnceUnderItsRowsAndNamesDoNotWrap() throws Exception {
    String reason = "no formula: one crew serves two groups";
    ExperimentResult run = new ExperimentResult(Fixtures.scenario(), List.of(
        Fixtures.metric("system", "availability", "1", 0.9994, 0.999, 0.9998, 0.9995, "A"),
        Fixtures.metric("system", "mttr", "s", 60, 50, 70, null, reason),
        Fixtures.metric("system", "downtime-per-year", "s", 600, 500, 700, null, reason),
        Fixtures.metric("app", "mttr", "s", 60, 50, 70, null, reason)));
    String html = ReportPage.html(ReportDocument.parse(JsonResults.render(run)), Map.of());
    String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
    // Said once for the system's two rows, under them; the app's lone row keeps its own.
    assertEquals(2, table.split(reason, -1).length - 1, table);
    assertTrue(table.contains("<td>downtime-per-year</td><td class=\"num\">10m</td>"
        + "<td class=\"num\">[8.333m, 11.67m]</td><td class=\"num\">4</td>"
        + "<td class=\"num\">–</td><td></td>"), table);
    assertTrue(table.contains("<tr class=\"reason\"><td></td><td colspan=\"7\">analytic: "
        + reason + "</td></tr>\n<tr><td>app</td>"), table);
    assertTrue(html.contains("th, .results tr:not(.reason) td:nth-child(-n+2), .name "
        + "{ white-space: nowrap; }"), "scope and metric names never wrap");
  }

  @Test
  void pngSizeReadsTheHeaderOnly() {
    assertEquals(List.of(3, 2), List.of(ReportPage.pngSize(PNG)[0], ReportPage.pngSize(PNG)[1]));
    assertEquals(null, ReportPage.pngSize(new byte[] {1, 2, 3}));
    assertEquals(Chart.Kind.values().length, Fixtures.charts().size());
  }
}
