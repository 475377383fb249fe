package dev.nines.reports.charts;

import static dev.nines.reports.charts.ImageChecks.broken;
import static dev.nines.reports.charts.ImageChecks.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** INTERVALS: a row per category, each zoomed to its own interval and formula. */
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

  @SuppressWarnings("unchecked")
  private static List<XYPlot> rows(JFreeChart drawn) {
    return ((CombinedDomainXYPlot) drawn.getPlot()).getSubplots();
  }

  private static List<ValueMarker> formulaLines(XYPlot row) {
    Collection<?> markers = row.getRangeMarkers(Layer.FOREGROUND);
    List<ValueMarker> result = new ArrayList<>();
    if (markers != null) {
      markers.forEach(m -> result.add((ValueMarker) m));
    }
    return result;
  }

  @Test
  void drawsARowPerCategoryOnItsOwnScale() {
    JFreeChart drawn = ChartRenderer.draw(chart());
    assertEquals("Availability by scope", drawn.getTitle().getText());
    List<XYPlot> rows = rows(drawn);
    assertEquals(3, rows.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("system", "web", "database").get(i),
          rows.get(i).getDomainAxis().getLabel(), "the category names its row");
      assertEquals(PlotOrientation.HORIZONTAL, rows.get(i).getOrientation());
      assertEquals(1, rows.get(i).getDatasetCount());
      assertEquals("simulated", rows.get(i).getDataset().getSeriesKey(0));
    }
    assertEquals("Availability", rows.get(2).getRangeAxis().getLabel());

    // Row 0: mean, whisker and formula all on a scale zoomed far below 0.001, on which the
    // whisker takes a good share of the width.
    XYPlot system = rows.get(0);
    IntervalXYDataset points = (IntervalXYDataset) system.getDataset();
    assertEquals(0.99941, points.getYValue(0, 0));
    assertEquals(0.99938, points.getStartYValue(0, 0));
    assertEquals(0.99944, points.getEndYValue(0, 0));
    ValueAxis scale = system.getRangeAxis();
    Range range = scale.getRange();
    assertTrue(range.contains(0.99938) && range.contains(0.99944) && range.contains(0.99950));
    assertTrue(range.getLength() < 0.001, "zoomed: " + range);
    assertTrue((0.99944 - 0.99938) / range.getLength() > 0.2, "whisker visible: " + range);
    List<ValueMarker> formula = formulaLines(system);
    assertEquals(1, formula.size());
    assertEquals(0.99950, formula.get(0).getValue());
    assertEquals(IntervalsPlot.FORMULA_LABEL, formula.get(0).getLabel());
    assertTrue(broken(formula.get(0).getStroke()), "the formula line is dashed");

    // Row 1 has its own, much wider, scale and no formula line.
    assertTrue(rows.get(1).getRangeAxis().getRange().getLength() > 0.1);
    assertEquals(0, formulaLines(rows.get(1)).size());

    // Row 2: no simulated mean.
    XYPlot database = rows.get(2);
    assertEquals(0, database.getDataset().getItemCount(0));
    assertEquals(1, formulaLines(database).size());
    assertEquals(IntervalsPlot.NO_DATA,
        ((XYTextAnnotation) database.getAnnotations().get(0)).getText());

    assertEquals(List.of("simulated mean, CI", "formula"),
        labels(drawn.getPlot().getLegendItems()));
  }

  @Test
  void imagesGrowWithTheRows() throws Exception {
    Document svg = ImageChecks.checkImages(chart(), 800, 150 + 3 * 110);
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
    assertEquals(null, drawn.getLegend());
    assertEquals(0, formulaLines(rows(drawn).get(0)).size());
  }
}
