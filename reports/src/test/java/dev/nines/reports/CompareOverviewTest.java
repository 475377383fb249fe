package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A comparison's overview: the balancers as columns, each load a block of rows, one table. */
class CompareOverviewTest {

  @Test
  void theOverviewHasABalancerPerColumnAndABlockOfRowsPerLoad() throws Exception {
    ReportDocument doc = CompareFixture.document();
    CompareOverview o = (CompareOverview) doc.answer();
    assertEquals("random", o.baseline());
    assertEquals(CompareFixture.BALANCERS, o.balancers());
    assertEquals(List.of(0.5, 0.9), o.loads().stream().map(CompareOverview.Load::load).toList());
    assertEquals(List.of(100.0, 180.0),
        o.loads().stream().map(CompareOverview.Load::arrivalRate).toList());
    assertEquals(List.of("throughput", "response-time", "response-p99", "drops"), o.names());
    assertEquals(List.of("drops"), o.zeros(), "no drops under any balancer at any load");
    for (CompareOverview.Load l : o.loads()) {
      assertEquals(3, l.runs().size());
      assertEquals(0, l.differences().get(0).size(), "no difference of the baseline with itself");
      assertEquals(3, l.differences().get(2).size());
    }
    // Random at 0.9: 1/(μ(1 − ρ)) = 1/(100 · 0.1) = 100 ms is its formula.
    assertEquals(0.1, CompareOverview.find(o.loads().get(1).runs().get(0), "response-time")
        .analytic(), 1e-12);

    String html = ReportPage.html(doc, Map.of());
    int start = html.indexOf("<table class=\"overview\">");
    String table = html.substring(start, html.indexOf("</table>", start));
    String header = table.substring(0, table.indexOf("</thead>"));
    assertEquals(1 + 3, header.split("</th>", -1).length - 1, "the figure, then each balancer");
    assertTrue(header.contains("random <small>(baseline)</small>"), header);
    assertEquals(2, table.split("<tbody>", -1).length - 1, "a block per load");
    assertEquals(2, table.split("<tr class=\"load\">", -1).length - 1);
    assertTrue(table.contains("load 0.9 · λ = 180/s"), table);
    // Three figures at two loads; drops is said once under the table.
    assertEquals(3 * 2, table.split("<tr><td class=\"name\">", -1).length - 1, table);
    assertTrue(html.contains("drops: 0 under every balancer at every load"), html);
    assertTrue(table.contains("<td class=\"num outside\">110ms <small>[104.5ms, 115.5ms]</small>"),
        table);
    // The overview, then the paired differences as small multiples, then at a glance.
    int overview = html.indexOf("id=\"overview\"");
    int multiples = html.indexOf("<div class=\"multiples\">");
    assertTrue(overview < multiples && multiples < html.indexOf("id=\"glance\""), html);
    assertEquals(2, html.split("<figure id=\"chart-difference-", -1).length - 1,
        "throughput and response-time differ somewhere; drops never");
    String charts = html.substring(html.indexOf("<section id=\"charts\">"));
    assertTrue(!charts.contains("chart-difference-"), "the multiples are not drawn twice");
  }
}
