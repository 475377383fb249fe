package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartRenderer;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import java.util.List;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/**
 * The paired differences of a comparison as charts: one per figure that differs anywhere, every
 * other balancer at every load a row on one shared axis, zero marked by a line across the rows.
 */
class CompareChartsTest {

  private static List<Chart> differences() throws Exception {
    return CompareCharts.of(CompareFixture.result()).stream()
        .filter(c -> c.id().startsWith(CompareCharts.DIFFERENCE)).toList();
  }

  @Test
  void eachFigureThatDiffersHasOneChartWithZeroMarked() throws Exception {
    List<Chart> charts = differences();
    assertEquals(List.of("difference-throughput", "difference-response-time"),
        charts.stream().map(Chart::id).toList(), "none for drops, 0 everywhere");
    for (Chart c : charts) {
      assertEquals(Chart.Kind.INTERVALS, c.kind());
      assertFalse(c.y().log(), "a difference can be negative: a linear axis");
      assertEquals(List.of(Marker.atY(Charts.NO_DIFFERENCE, 0, Style.TARGET)), c.markers());
      // One chart holds every other balancer at every load: one axis for all of them.
      assertEquals(List.of("round-robin at 0.5", "least-connections at 0.5",
          "round-robin at 0.9", "least-connections at 0.9"), c.categories());
    }
    assertEquals(charts, CompareFixture.document().charts().stream()
        .filter(c -> c.id().startsWith(CompareCharts.DIFFERENCE)).toList(),
        "results.json keeps them, zero line and all");
  }

  @Test
  void theResponseTimeDifferencesAreTheFasterBalancersMinusRandom() throws Exception {
    Chart c = differences().get(1);
    Series simulated = c.series(Style.SIMULATED).get(0);
    // Random's mean is 1/(μ(1 − ρ)) (110 % of it at 0.9); round-robin's 0.7 and least-connections'
    // 0.5 of 1/(μ(1 − ρ)): 20 ms and 100 ms at ρ = 0.5 and 0.9.
    double w5 = 1 / (CompareFixture.MU * 0.5);
    double w9 = 1 / (CompareFixture.MU * 0.1);
    assertArrayEquals(new double[] {-0.3 * w5, -0.5 * w5, 0.7 * w9 - 1.1 * w9,
        0.5 * w9 - 1.1 * w9}, simulated.y(), 1e-12);
    // The drawn axis shows zero and every whisker: all rows below zero, the line at the edge.
    Range range = ChartRenderer.draw(c).getXYPlot().getRangeAxis().getRange();
    assertTrue(range.contains(0), range.toString());
    for (double low : simulated.low()) {
      assertTrue(range.contains(low), range + " " + low);
    }
    assertTrue(range.getUpperBound() < 0.1 * w9, "zero near the top edge, not mid-plot: " + range);
  }
}
