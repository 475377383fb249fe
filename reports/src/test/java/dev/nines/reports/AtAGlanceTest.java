package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At a glance counts a figure only when its formula gives a value and there is an interval; it
 * lists each disagreement with its formula, and each reason a formula does not apply once.
 */
class AtAGlanceTest {

  @Test
  void aComparisonCountsItsRunsOnlyAndNotTheFormulasThatDoNotApply() throws Exception {
    AtAGlance g = AtAGlance.of(CompareFixture.document());
    // Throughput under 3 balancers at 2 loads, response time under random at 2 loads: 8 checks.
    // Round-robin's and least-connections' response times have a reason, not a value: 4 not
    // counted. The paired differences (the formulas' difference) are not counted again.
    assertEquals(8, g.checked());
    assertEquals(7, g.agreeing());
    assertEquals(1, g.outside().size());
    assertEquals(Map.of("no formula: round-robin here", 2, "no closed form for least-connections",
        2), g.notApplying());
    assertEquals(4, g.notCounted());
    // 5 % of 8 is 0.4 expected by chance: one disagreement is within what chance gives.
    assertEquals(0.4, g.expectedByChance(), 1e-12);
    assertTrue(g.withinChance());
    // Random at 0.9: 110 ms [104.5, 115.5] against 1/(μ(1 − ρ)) = 100 ms, 4.3 % below the
    // interval's low end: (104.5 − 100)/104.5 = 0.0431.
    assertEquals("random at load 0.9: traffic response-time 110ms [104.5ms, 115.5ms], formula "
        + "100ms, 4.3 % below the interval (random split at λ/n, M/M/1: 1/(μ − λ/n))",
        g.outside().get(0).text());
  }

  @Test
  void aRowWithoutAnAnalyticValueIsNotAgreeing() {
    List<Map.Entry<String, MetricResult>> figures = List.of(
        Map.entry("", new MetricResult("system", "availability", "1", 0.999, 0.998, 0.9995, 10,
            0.999, "A = μ/(λ+μ)")),
        Map.entry("", new MetricResult("system", "mttr", "s", 60, 50, 70, 10, null,
            "no formula: repairs share a crew")),
        Map.entry("", new MetricResult("system", "mtbf", "s", 60, 50, 70, 10, null,
            "no formula: repairs share a crew")),
        Map.entry("", new MetricResult("system", "outage-p99", "s", 60, Double.NaN, Double.NaN,
            10, 55.0, "exponential repair")),
        Map.entry("", new MetricResult("system", "failures", "1", 3, 2, 4, 10, null, null)));
    AtAGlance g = AtAGlance.of(figures, 0.95);
    assertEquals(1, g.checked(), "only the availability has both a value and an interval");
    assertEquals(1, g.agreeing());
    assertEquals(Map.of("no formula: repairs share a crew", 2), g.notApplying());
  }

  @Test
  void theGlanceOnThePageListsTheDisagreementAndSaysEachReasonOnce() throws Exception {
    String html = ReportPage.html(CompareFixture.document(), Map.of());
    String glance = html.substring(html.indexOf("<section id=\"glance\">"),
        html.indexOf("<section id=\"settings\">"));
    assertTrue(glance.contains("8 figures have a formula that applies: <span class=\"agrees\">7 "
        + "agree</span>"), glance);
    assertTrue(glance.contains("<span class=\"outside\">1 disagree</span>: no more than chance"),
        glance);
    assertEquals(1, glance.split("<li>", -1).length - 1, glance);
    assertTrue(glance.contains("Not counted: 4 figures whose formula does not apply here (no "
        + "formula: round-robin here ×2; no closed form for least-connections ×2)."), glance);
  }
}
