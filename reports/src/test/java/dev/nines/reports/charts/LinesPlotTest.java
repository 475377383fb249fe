package dev.nines.reports.charts;

import static dev.nines.reports.charts.ImageChecks.broken;
import static dev.nines.reports.charts.ImageChecks.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** LINES: series, bands, styles, group colours, gaps, markers, log axes. */
class LinesPlotTest {

  private static final double NAN = Double.NaN;
  private static final double[] X = {0, 600, 1200, 1800, 2400, 3000};

  private static Chart chart() {
    return new Chart("response-time", Chart.Kind.LINES, "Response time over time",
        Axis.linear("Time", "s"), Axis.linear("Response time", "s"), null, List.of(),
        List.of(
            Series.band("least loaded", "least-loaded", X, new double[] {0.02, 0.03, 0.025, 0.02,
                0.022, 0.021}, new double[] {0.018, 0.027, NAN, 0.018, 0.02, 0.019},
                new double[] {0.022, 0.033, NAN, 0.022, 0.024, 0.023}),
            Series.line("least loaded, formula", "least-loaded", Style.ANALYTIC, X,
                new double[] {0.021, 0.029, NAN, 0.021, 0.021, 0.021}),
            Series.line("round robin", "round-robin", Style.SIMULATED, X,
                new double[] {0.03, 0.04, 0.035, 0.03, 0.031, 0.03}),
            Series.line("objective", "objective", Style.TARGET, new double[] {0, 3000},
                new double[] {0.05, 0.05})),
        List.of(Marker.atX("fault", 900, Style.SIMULATED),
            Marker.atY("formula mean", 0.021, Style.ANALYTIC),
            Marker.atY("SLO", 0.08, Style.TARGET)));
  }

  @Test
  void drawsSeriesBandsAndMarkers() {
    Chart chart = chart();
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertEquals("Response time over time", drawn.getTitle().getText());
    XYPlot plot = drawn.getXYPlot();
    assertEquals("Time", plot.getDomainAxis().getLabel());
    assertEquals("Response time", plot.getRangeAxis().getLabel());

    // Dataset 0: one line per series, keyed by label. Dataset 1: the band, in two stretches
    // because its interval is NaN at the third point.
    assertEquals(2, plot.getDatasetCount());
    XYDataset lines = plot.getDataset(0);
    assertEquals(4, lines.getSeriesCount());
    assertEquals(List.of("least loaded", "least loaded, formula", "round robin", "objective"),
        List.of(lines.getSeriesKey(0), lines.getSeriesKey(1), lines.getSeriesKey(2),
            lines.getSeriesKey(3)));
    assertEquals(2, plot.getDataset(1).getSeriesCount());
    assertInstanceOf(DeviationRenderer.class, plot.getRenderer(1));

    // A NaN y stays in the line as a gap.
    assertTrue(Double.isNaN(lines.getYValue(1, 2)));
    assertEquals(6, lines.getItemCount(1));

    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(0);
    assertFalse(broken(renderer.getSeriesStroke(0)), "simulated lines are solid");
    assertTrue(broken(renderer.getSeriesStroke(1)), "formula lines are dashed");
    assertTrue(broken(renderer.getSeriesStroke(3)), "targets are dotted");
    assertNotEquals(renderer.getSeriesStroke(1), renderer.getSeriesStroke(3));
    assertEquals(Theme.line(Style.ANALYTIC), renderer.getSeriesStroke(1));
    assertEquals(Theme.line(Style.TARGET), renderer.getSeriesStroke(3));

    // One group, one colour; groups coloured by first appearance.
    assertEquals(Palette.of(0), renderer.getSeriesPaint(0));
    assertEquals(renderer.getSeriesPaint(0), renderer.getSeriesPaint(1));
    assertEquals(Palette.of(1), renderer.getSeriesPaint(2));
    assertEquals(Palette.of(2), renderer.getSeriesPaint(3));
    assertEquals(Palette.of(0), plot.getRenderer(1).getSeriesPaint(0), "band in the line colour");

    Collection<?> vertical = plot.getDomainMarkers(Layer.FOREGROUND);
    Collection<?> horizontal = plot.getRangeMarkers(Layer.FOREGROUND);
    assertEquals(1, vertical.size());
    assertEquals(2, horizontal.size());
    List<ValueMarker> lines2 = new ArrayList<>();
    horizontal.forEach(m -> lines2.add((ValueMarker) m));
    assertEquals(0.021, lines2.get(0).getValue());
    assertTrue(broken(lines2.get(0).getStroke()));
    assertEquals(900, ((ValueMarker) vertical.iterator().next()).getValue());
    assertEquals(List.of("fault", "formula mean", "SLO"), ImageChecks.markerLabels(plot));
    assertFalse(broken(((ValueMarker) vertical.iterator().next()).getStroke()));
    // The SLO lies above every value, and the axis stretches to show it.
    assertTrue(plot.getRangeAxis().getUpperBound() > 0.08);

    assertEquals(List.of("least loaded", "least loaded, formula", "round robin", "objective",
        "fault", "formula mean", "SLO"), labels(plot.getLegendItems()));
    assertNotNull(drawn.getLegend());
  }

  @Test
  void imagesAreDeterministic() throws Exception {
    ImageChecks.checkImages(chart(), 800, 480);
  }

  @Test
  void oneSeriesWithoutMarkersHasNoLegend() throws Exception {
    Chart chart = new Chart("sweep", Chart.Kind.LINES, "Availability by MTTR",
        Axis.log("MTTR", "s"), Axis.linear("Availability", "1"), null, List.of(),
        List.of(Series.line("availability", "a", Style.SIMULATED,
            new double[] {60, 600, 3600, 36000}, new double[] {0.99999, 0.9999, 0.9995, 0.995})),
        List.of());
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertNull(drawn.getLegend());
    assertInstanceOf(LogAxis.class, drawn.getXYPlot().getDomainAxis());
    assertEquals(1, drawn.getXYPlot().getDatasetCount());
    ImageChecks.checkImages(chart, 800, 480);
  }

  @Test
  void aLonePointGetsAWhiskerAndRoom() {
    Chart chart = new Chart("lone", Chart.Kind.LINES, "One point", Axis.linear("Time", "s"),
        Axis.linear("Availability", "1"), null, List.of(),
        List.of(Series.band("a", "a", new double[] {100}, new double[] {0.99994},
            new double[] {0.9999}, new double[] {0.99998})),
        List.of());
    XYPlot plot = ChartRenderer.draw(chart).getXYPlot();
    assertEquals(2, plot.getDatasetCount());
    assertInstanceOf(XYErrorRenderer.class, plot.getRenderer(1));
    assertEquals(0.9999, ((IntervalXYDataset) plot.getDataset(1)).getStartYValue(0, 0));
    assertTrue(plot.getDomainAxis().getRange().getLength() >= 10, "a lone x is not zoomed in");
  }

  @Test
  void aLineNeedsOneXPerY() {
    assertThrows(IllegalArgumentException.class, () -> new Chart("bad", Chart.Kind.LINES, "Bad",
        Axis.linear("x", "1"), Axis.linear("y", "1"), null, List.of(),
        List.of(Series.line("a", "a", Style.SIMULATED, new double[] {1, 2}, new double[] {1})),
        List.of()));
  }

  /** U(t) on a log axis: zero (every replication up) at most times, one share down at t = 20. */
  private static Chart unavailability() {
    int n = 41;
    double[] x = new double[n];
    double[] u = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      high[i] = 0.116;
      exact[i] = 2e-4 * (1 - Math.exp(-i / 5.0));
    }
    u[20] = 1 / 30.0;
    low[20] = 8.4e-4;
    high[20] = 0.17;
    return new Chart("transient", Chart.Kind.LINES, "U(t)", Axis.linear("Time", "s"),
        Axis.log("Unavailability U(t)", "1"), null, List.of(),
        List.of(Series.band("simulated", "simulated", x, u, low, high),
            Series.line("exact", "exact", Style.ANALYTIC, x, exact)),
        List.of(Marker.atY("steady state", 2e-4, Style.ANALYTIC)));
  }

  @Test
  void onALogAxisZerosAreMarkedAtTheAxisAndTheBandReachesIt() throws Exception {
    Chart chart = unavailability();
    JFreeChart drawn = ChartRenderer.draw(chart);
    XYPlot plot = drawn.getXYPlot();
    assertInstanceOf(LogAxis.class, plot.getRangeAxis());
    double edge = plot.getRangeAxis().getLowerBound();
    assertTrue(edge <= 2e-4 * (1 - Math.exp(-1 / 5.0)) / 10,
        "a decade below the smallest value: " + edge);
    assertTrue(plot.getRangeAxis().getUpperBound() >= 0.17);

    // Dataset 1: the band, one stretch over every point, its zero low ends at the axis.
    IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(1);
    assertEquals(1, band.getSeriesCount());
    assertEquals(41, band.getItemCount(0));
    assertEquals(edge, band.getStartYValue(0, 0));
    assertEquals(8.4e-4, band.getStartYValue(0, 20));
    assertEquals(0.116, band.getEndYValue(0, 0));

    // Dataset 2: the 40 zeros of the simulated series, marked just above the axis.
    XYDataset zeros = plot.getDataset(2);
    assertEquals(1, zeros.getSeriesCount());
    assertEquals("simulated" + LinesPlot.ZERO_KEY, zeros.getSeriesKey(0));
    assertEquals(40, zeros.getItemCount(0));
    double mark = zeros.getYValue(0, 0);
    assertTrue(mark > edge && mark < edge * Math.pow(plot.getRangeAxis().getUpperBound() / edge,
        0.05), "just above the axis: " + mark);
    assertTrue(labels(plot.getLegendItems()).contains(LinesPlot.ZERO_LABEL));

    // The lone nonzero value, between two zeros a log axis leaves out, still shows as a dot.
    XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer(0);
    assertTrue(lines.getItemShapeVisible(0, 20));
    assertFalse(lines.getItemShapeVisible(1, 20), "a point inside a line needs no dot");

    // Many points: the curve runs from axis to axis.
    assertEquals(0, plot.getDomainAxis().getLowerBound());
    assertEquals(40, plot.getDomainAxis().getUpperBound());
    for (double tick : ImageChecks.ticks(chart, drawn, plot.getRangeAxis())) {
      assertEquals(Math.rint(Math.log10(tick)), Math.log10(tick), 1e-9, "decades: " + tick);
    }
    ImageChecks.checkImages(chart, 800, 480);
  }

  @Test
  void aCountOnTheXAxisGetsWholeNumberTicks() {
    Chart counts = new Chart("replicas", Chart.Kind.LINES, "U against replicas",
        Axis.linear("components.web.count", "1"), Axis.log("Unavailability", "1"), null,
        List.of(), List.of(Series.line("simulated", "s", Style.SIMULATED,
            new double[] {2, 3, 4, 5, 6}, new double[] {3e-2, 1.5e-3, 1e-4, 1.7e-5, 3.8e-6})),
        List.of(Marker.atY("target", 1e-4, Style.TARGET)));
    JFreeChart drawn = ChartRenderer.draw(counts);
    List<Double> ticks = ImageChecks.ticks(counts, drawn, drawn.getXYPlot().getDomainAxis());
    assertTrue(ticks.containsAll(List.of(2.0, 3.0, 4.0, 5.0, 6.0)), ticks.toString());
    for (double tick : ticks) {
      assertEquals(Math.rint(tick), tick, 0.0, "a whole number: " + tick);
    }

    Chart loads = new Chart("loads", Chart.Kind.LINES, "p99 against load",
        Axis.linear("Offered load", "1"), Axis.linear("p99", "s"), null, List.of(),
        List.of(Series.line("p99", "p", Style.SIMULATED, new double[] {0.5, 0.6, 0.7},
            new double[] {0.05, 0.07, 0.1})), List.of());
    JFreeChart drawnLoads = ChartRenderer.draw(loads);
    assertTrue(ImageChecks.ticks(loads, drawnLoads, drawnLoads.getXYPlot().getDomainAxis())
        .stream().anyMatch(t -> t != Math.rint(t)), "a load is no count");
  }
}
