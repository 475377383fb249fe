package dev.nines.reports.charts;

import static dev.nines.reports.charts.ImageChecks.broken;
import static dev.nines.reports.charts.ImageChecks.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** HISTOGRAM: flat bars between bin edges, markers as vertical lines. */
class HistogramPlotTest {

  private static Chart chart() {
    return new Chart("response-times", Chart.Kind.HISTOGRAM, "Response times",
        Axis.linear("Response time", "s"), Axis.linear("Requests", "requests"), null, List.of(),
        List.of(Series.line("responses", "responses", Style.SIMULATED,
            new double[] {0, 0.01, 0.02, 0.03, 0.04}, new double[] {120, 60, 30, 10})),
        List.of(Marker.atX("p50", 0.008, Style.SIMULATED),
            Marker.atX("mean (formula)", 0.012, Style.ANALYTIC)));
  }

  @Test
  void drawsBinsAndMarkers() throws Exception {
    JFreeChart drawn = ChartRenderer.draw(chart());
    assertEquals("Response times", drawn.getTitle().getText());
    XYPlot plot = drawn.getXYPlot();
    assertEquals("Response time", plot.getDomainAxis().getLabel());
    assertEquals("Requests (requests)", plot.getRangeAxis().getLabel());

    IntervalXYDataset bins = (IntervalXYDataset) plot.getDataset();
    assertEquals(1, bins.getSeriesCount());
    assertEquals("responses", bins.getSeriesKey(0));
    assertEquals(4, bins.getItemCount(0));
    assertEquals(0.01, bins.getStartXValue(0, 1));
    assertEquals(0.02, bins.getEndXValue(0, 1));
    assertEquals(60, bins.getYValue(0, 1));

    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    assertInstanceOf(StandardXYBarPainter.class, renderer.getBarPainter());
    assertFalse(renderer.getShadowsVisible());
    assertEquals(0, renderer.getMargin());
    assertEquals(0, plot.getRangeAxis().getLowerBound(), "bars start at zero");

    List<ValueMarker> lines = new ArrayList<>();
    plot.getDomainMarkers(Layer.FOREGROUND).forEach(m -> lines.add((ValueMarker) m));
    assertEquals(2, lines.size());
    assertEquals(0.008, lines.get(0).getValue());
    assertEquals(0.012, lines.get(1).getValue());
    assertEquals(List.of("p50", "mean (formula)"), ImageChecks.markerLabels(plot));
    assertFalse(broken(lines.get(0).getStroke()));
    assertTrue(broken(lines.get(1).getStroke()));
    assertEquals(List.of("responses", "p50", "mean (formula)"), labels(plot.getLegendItems()));

    ImageChecks.checkImages(chart(), 800, 480);
  }

  @Test
  void needsOneMoreEdgeThanCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Chart("bad", Chart.Kind.HISTOGRAM,
        "Bad", Axis.linear("x", "1"), Axis.linear("n", "1"), null, List.of(),
        List.of(Series.line("a", "a", Style.SIMULATED, new double[] {0, 1}, new double[] {1, 2})),
        List.of()));
  }
}
