package dev.nines.reports.charts;

import static dev.nines.reports.charts.ImageChecks.broken;
import static dev.nines.reports.charts.ImageChecks.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** INTERVALS: a row per category, every row on one shared value axis. */
class IntervalsPlotTest {

  private static final double NAN = Double.NaN;

  private static Chart chart() {
    return new Chart("availability", Chart.Kind.INTERVALS, "Availability by scope",
        Axis.linear("Scope", ""), Axis.linear("Availability", "1"), null,
        List.of("system", "web", "database"),
        List.of(
            Series.values("simulated", Style.SIMULATED, new double[] {0.99941, 0.5, NAN},
                new double[] {0.99938, 0.4, NAN}, new double[] {0.99944, 0.6, NAN}),
            Series.values("analytic", Style.ANALYTIC, new double[] {0.99950, NAN, 0.9998},
                null, null)),
        List.of());
  }

  /** Hot, warm and cold spares' unavailabilities: a decade apart, which one log axis shows. */
  private static Chart spares(double coldMean, double coldLow) {
    return new Chart("availability", Chart.Kind.INTERVALS, "Unavailability by scope",
        Axis.linear("", ""), Axis.log("Unavailability 1 − A", "1"), null,
        List.of("hot", "warm", "cold"),
        List.of(
            Series.values("simulated", Style.SIMULATED, new double[] {2.1e-3, 1.2e-3, coldMean},
                new double[] {2.0e-3, 1.1e-3, coldLow}, new double[] {2.2e-3, 1.3e-3, 2e-4}),
            Series.values("formula", Style.ANALYTIC, new double[] {2.09e-3, 1.21e-3, 1.0e-4},
                null, null)),
        List.of(Marker.atY("target", 1e-3, Style.TARGET)));
  }

  private static List<XYLineAnnotation> formulaLines(XYPlot plot) {
    List<XYLineAnnotation> lines = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYLineAnnotation line) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void drawsARowPerCategoryOnOneSharedAxis() {
    JFreeChart drawn = ChartRenderer.draw(chart());
    assertEquals("Availability by scope", drawn.getTitle().getText());
    XYPlot plot = drawn.getXYPlot();
    assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
    assertEquals(1, plot.getRangeAxisCount(), "one value axis for every row");
    SymbolAxis names = assertInstanceOf(SymbolAxis.class, plot.getDomainAxis());
    assertEquals(List.of("system", "web", "database"), List.of(names.getSymbols()));
    assertTrue(names.isInverted(), "the first category at the top");
    assertEquals("Availability", plot.getRangeAxis().getLabel());

    // Row 0 and row 1 on the same scale: it reaches from web's 0.4 to the formula's 0.9998.
    IntervalXYDataset points = (IntervalXYDataset) plot.getDataset();
    assertEquals("simulated", points.getSeriesKey(0));
    assertEquals(2, points.getItemCount(0), "no point for the row without data");
    assertEquals(0, points.getXValue(0, 0));
    assertEquals(0.99941, points.getYValue(0, 0));
    assertEquals(0.99938, points.getStartYValue(0, 0));
    assertEquals(0.99944, points.getEndYValue(0, 0));
    assertEquals(1, points.getXValue(0, 1));
    Range range = plot.getRangeAxis().getRange();
    assertTrue(range.getLowerBound() < 0.4 && range.getUpperBound() > 0.9998, range.toString());
    assertTrue(range.getLowerBound() > 0.3 && range.getUpperBound() < 1.05, "fitted: " + range);

    // The formulas: a dashed stroke across rows 0 and 2, none in row 1.
    List<XYLineAnnotation> formulas = formulaLines(plot);
    assertEquals(2, formulas.size());
    assertEquals(0.99950, formulas.get(0).getY1());
    assertEquals(0.99950, formulas.get(0).getY2());
    assertTrue(formulas.get(0).getX1() < 0 && formulas.get(0).getX2() > 0, "across row 0");
    assertEquals(0.9998, formulas.get(1).getY1());
    assertTrue(formulas.get(1).getX1() < 2 && formulas.get(1).getX2() > 2, "across row 2");
    assertTrue(broken(formulas.get(0).getStroke()), "the formula line is dashed");

    XYTextAnnotation note = plot.getAnnotations().stream()
        .filter(XYTextAnnotation.class::isInstance).map(XYTextAnnotation.class::cast)
        .findFirst().orElseThrow();
    assertEquals(IntervalsPlot.NO_DATA, note.getText());
    assertEquals(2, note.getX(), "in the database's row");

    assertEquals(List.of("simulated mean, CI", "formula"), labels(plot.getLegendItems()));
  }

  @Test
  void comparedRowsShareOneLogAxisWithRoundTicks() {
    Chart chart = spares(8e-4, 6e-4);
    JFreeChart drawn = ChartRenderer.draw(chart);
    XYPlot plot = drawn.getXYPlot();
    LogAxis axis = assertInstanceOf(LogAxis.class, plot.getRangeAxis());
    Range range = axis.getRange();
    assertTrue(range.contains(6e-4) && range.contains(2.2e-3) && range.contains(1e-4),
        range.toString());
    assertTrue(range.getUpperBound() / range.getLowerBound() < 100, "fitted: " + range);
    List<Double> ticks = ImageChecks.ticks(chart, drawn, axis);
    assertTrue(ticks.size() >= 3, ticks.toString());
    for (double tick : ticks) {
      double mantissa = tick / Math.pow(10, Math.floor(Math.log10(tick) + 1e-9));
      assertEquals(Math.rint(mantissa), mantissa, 1e-9, "a round tick: " + tick);
    }
    // The hot spare's whisker ends where the warm one's would on the same axis: one scale.
    IntervalXYDataset points = (IntervalXYDataset) plot.getDataset();
    assertEquals(2.2e-3, points.getEndYValue(0, 0));
    assertEquals(1.3e-3, points.getEndYValue(0, 1));
    assertEquals(List.of("simulated mean, CI", "formula", "target"),
        labels(plot.getLegendItems()));
  }

  @Test
  void aZeroOnALogAxisIsMarkedAtTheAxisAndItsWhiskerReachesIt() throws Exception {
    Chart chart = spares(0, 0);
    JFreeChart drawn = ChartRenderer.draw(chart);
    XYPlot plot = drawn.getXYPlot();
    IntervalXYDataset points = (IntervalXYDataset) plot.getDataset();
    assertEquals(2, points.getItemCount(0), "hot and warm have a mean");
    assertEquals("simulated" + IntervalsPlot.ZERO_KEY, points.getSeriesKey(1));
    assertEquals(1, points.getItemCount(1), "cold saw no outage");
    double edge = plot.getRangeAxis().getLowerBound();
    assertEquals(edge, points.getStartYValue(1, 0), "the whisker runs from the axis");
    assertEquals(2e-4, points.getEndYValue(1, 0), "to the interval's upper end");
    assertTrue(edge <= 1e-4 / 10, "a decade below the smallest value: " + edge);
    assertTrue(labels(plot.getLegendItems()).contains(IntervalsPlot.ZERO_LABEL));
    ImageChecks.checkImages(chart, 800, 150 + 3 * IntervalsPlot.ROW_HEIGHT);
  }

  @Test
  void imagesGrowWithTheRows() throws Exception {
    Document svg = ImageChecks.checkImages(chart(), 800, 150 + 3 * IntervalsPlot.ROW_HEIGHT);
    assertTrue(ImageChecks.texts(svg).contains("database"));
    assertTrue(ImageChecks.texts(svg).contains(IntervalsPlot.NO_DATA));
  }

  @Test
  void withoutAnyFormulaTheLegendGoes() {
    Chart chart = new Chart("latency", Chart.Kind.INTERVALS, "Latency", Axis.linear("", ""),
        Axis.linear("Mean response time", "s"), null, List.of("web"),
        List.of(Series.values("simulated", Style.SIMULATED, new double[] {0.012},
            new double[] {0.011}, new double[] {0.013}),
            Series.values("formula", Style.ANALYTIC, new double[] {NAN}, null, null)),
        List.of());
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertNull(drawn.getLegend());
    assertEquals(0, formulaLines(drawn.getXYPlot()).size());
  }
}
