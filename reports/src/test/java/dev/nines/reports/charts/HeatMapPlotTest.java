package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** HEATMAP: blocks coloured along viridis, with a colour scale. */
class HeatMapPlotTest {

  /** An n x m grid over MTTR (hours) and load, availability falling with both. */
  private static Chart chart(int n, int m) {
    double[] x = new double[n * m];
    double[] y = new double[n * m];
    double[] z = new double[n * m];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        x[k] = 3600.0 * (i + 1);
        y[k] = 0.1 * (j + 1);
        z[k] = 1 - 0.0001 * (i + 1) * (j + 1);
        k++;
      }
    }
    return new Chart("availability-grid", Chart.Kind.HEATMAP, "Availability by MTTR and load",
        Axis.linear("MTTR", "s"), Axis.linear("Load", "%"), Axis.linear("Availability", "1"),
        List.of(), List.of(new Series("availability", "a", Style.SIMULATED, x, y, null, null, z)),
        List.of());
  }

  @Test
  void smallGridNamesEachValue() throws Exception {
    Chart chart = chart(4, 3);
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertEquals("Availability by MTTR and load", drawn.getTitle().getText());
    XYPlot plot = drawn.getXYPlot();
    assertEquals("MTTR", plot.getDomainAxis().getLabel());
    assertEquals("Load", plot.getRangeAxis().getLabel());
    SymbolAxis mttr = assertInstanceOf(SymbolAxis.class, plot.getDomainAxis());
    assertEquals(List.of("1 h", "2 h", "3 h", "4 h"), List.of(mttr.getSymbols()));
    XYZDataset data = (XYZDataset) plot.getDataset();
    assertEquals(1, data.getSeriesCount());
    assertEquals("availability", data.getSeriesKey(0));
    assertEquals(12, data.getItemCount(0));
    assertNull(drawn.getLegend());

    XYBlockRenderer renderer = (XYBlockRenderer) plot.getRenderer();
    PaintScale scale = renderer.getPaintScale();
    assertEquals(1 - 0.0012, scale.getLowerBound(), 1e-12);
    assertEquals(1 - 0.0001, scale.getUpperBound(), 1e-12);
    assertEquals(ViridisScale.colour(0), scale.getPaint(scale.getLowerBound()));
    assertEquals(ViridisScale.colour(1), scale.getPaint(scale.getUpperBound()));
    assertNotEquals(scale.getPaint(0.999), scale.getPaint(0.9995));

    PaintScaleLegend legend = (PaintScaleLegend) drawn.getSubtitles().stream()
        .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
    assertEquals("Availability", legend.getAxis().getLabel());
    assertEquals(scale, legend.getScale());

    ImageChecks.checkImages(chart, 800, 480);
  }

  @Test
  void largeEvenGridUsesItsSpacing() throws Exception {
    Chart chart = chart(30, 25);
    XYPlot plot = ChartRenderer.draw(chart).getXYPlot();
    assertInstanceOf(NumberAxis.class, plot.getDomainAxis());
    assertTrue(!(plot.getDomainAxis() instanceof SymbolAxis));
    XYBlockRenderer renderer = (XYBlockRenderer) plot.getRenderer();
    assertEquals(3600, renderer.getBlockWidth(), 1e-6);
    assertEquals(0.1, renderer.getBlockHeight(), 1e-9);
    ImageChecks.checkImages(chart, 800, 480);
  }

  @Test
  void eachCellSaysItsTextOnItsColourAndAMissingValueIsGrey() throws Exception {
    // Replicas 2..4 by technicians 1..2; at 4 replicas and 2 technicians no outage was seen.
    double[] x = {2, 2, 3, 3, 4, 4};
    double[] y = {1, 2, 1, 2, 1, 2};
    double[] nines = {1.5, 1.5, 2.8, 3.1, 4.0, Double.NaN};
    List<String> texts = List.of("1.50 nines\nmisses", "1.50 nines\nmisses", "2.80 nines\nmisses",
        "3.10 nines\nmisses", "4.00 nines\nbest: meets", "no outage seen\nundecided");
    Chart chart = Charts.heatMap("grid", "Nines over replicas and technicians",
        Axis.linear("replicas", "1"), Axis.linear("technicians", "1"),
        Axis.linear("nines", "1"), x, y, nines, texts);
    assertEquals(texts, chart.categories());
    XYPlot plot = ChartRenderer.draw(chart).getXYPlot();
    assertEquals(6, ((XYZDataset) plot.getDataset()).getItemCount(0), "the grey cell is drawn");
    CellTexts cells = (CellTexts) plot.getAnnotations().stream()
        .filter(CellTexts.class::isInstance).findFirst().orElseThrow();
    assertEquals(6, cells.cells().size());
    assertEquals(List.of("4.00 nines", "best: meets"), cells.cells().get(4).lines());
    assertEquals(ViridisScale.MISSING, cells.cells().get(5).background());
    PaintScale scale = ((XYBlockRenderer) plot.getRenderer()).getPaintScale();
    assertEquals(ViridisScale.MISSING, scale.getPaint(Double.NaN));
    assertEquals(1.5, scale.getLowerBound());
    assertEquals(4.0, scale.getUpperBound());
    assertTrue(CellTexts.dark((java.awt.Color) scale.getPaint(1.5)), "white on dark purple");
    assertTrue(!CellTexts.dark((java.awt.Color) scale.getPaint(4.0)), "dark on yellow");
    List<String> written = ImageChecks.texts(ImageChecks.checkImages(chart, 800, 480));
    assertTrue(written.containsAll(List.of("best: meets", "no outage seen", "1.50 nines")),
        written.toString());
  }

  @Test
  void aLargeGridOfCountsGetsWholeNumberTicksAndNoTextItCannotFit() throws Exception {
    int n = 30;
    double[] x = new double[n * 2];
    double[] y = new double[n * 2];
    double[] z = new double[n * 2];
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      x[i] = 1 + i / 2;
      y[i] = 1 + i % 2;
      z[i] = x[i];
      texts.add("a text far too long for a cell " + i);
    }
    Chart chart = Charts.heatMap("big", "Big", Axis.linear("replicas", "1"),
        Axis.linear("technicians", "1"), Axis.linear("nines", "1"), x, y, z, texts);
    JFreeChart drawn = ChartRenderer.draw(chart);
    NumberAxis axis = assertInstanceOf(NumberAxis.class, drawn.getXYPlot().getDomainAxis());
    for (double tick : ImageChecks.ticks(chart, drawn, axis)) {
      assertEquals(Math.rint(tick), tick, 0.0, "a whole number: " + tick);
    }
    List<String> written = ImageChecks.texts(ImageChecks.checkImages(chart, 800, 480));
    assertTrue(written.stream().noneMatch(t -> t.startsWith("a text far")), "none fits: none");
  }
}
