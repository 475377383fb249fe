package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** PARETO: bars in the given order and their cumulative share on a right-hand axis. */
class ParetoPlotTest {

  private static Chart chart(List<String> causes, double[] downtime) {
    return new Chart("downtime-causes", Chart.Kind.PARETO, "Downtime by cause",
        Axis.linear("Cause", ""), Axis.linear("Downtime", "s"), null, causes,
        List.of(Series.values("downtime", Style.SIMULATED, downtime, null, null)), List.of());
  }

  @Test
  void drawsBarsAndCumulativeShare() throws Exception {
    Chart chart = chart(List.of("disk", "network", "power"), new double[] {600, 300, 100});
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertEquals("Downtime by cause", drawn.getTitle().getText());
    CategoryPlot plot = drawn.getCategoryPlot();
    assertEquals("Cause", plot.getDomainAxis().getLabel());
    assertEquals("Downtime", plot.getRangeAxis().getLabel());

    CategoryDataset bars = plot.getDataset(0);
    assertEquals(List.of("downtime"), bars.getRowKeys());
    assertEquals(List.of("disk", "network", "power"), bars.getColumnKeys());
    assertEquals(300.0, bars.getValue(0, 1).doubleValue());

    CategoryDataset share = plot.getDataset(1);
    assertEquals(List.of(ParetoPlot.SHARE), share.getRowKeys());
    assertEquals(0.6, share.getValue(0, 0).doubleValue(), 1e-12);
    assertEquals(0.9, share.getValue(0, 1).doubleValue(), 1e-12);
    assertEquals(1.0, share.getValue(0, 2).doubleValue(), 1e-12);
    assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
    assertEquals(RectangleEdge.RIGHT, plot.getRangeAxisEdge(1));
    assertEquals(ParetoPlot.SHARE, plot.getRangeAxis(1).getLabel());
    assertNull(drawn.getLegend(), "one series, no markers");

    ImageChecks.checkImages(chart, 800, 480);
  }

  @Test
  void manyLongCategoriesTurnAndWiden() throws Exception {
    List<String> causes = new ArrayList<>();
    double[] downtime = new double[40];
    for (int i = 0; i < 40; i++) {
      causes.add("replica-" + i + "-of-the-payment-service");
      downtime[i] = 1000.0 / (i + 1);
    }
    Chart chart = chart(causes, downtime);
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertEquals(CategoryLabelPositions.UP_45,
        drawn.getCategoryPlot().getDomainAxis().getCategoryLabelPositions());
    java.awt.Dimension size = ChartImages.size(chart);
    assertTrue(size.width > 800 && size.height > 480, size.toString());
    ImageChecks.checkImages(chart, size.width, size.height);
  }

  @Test
  void needsOneValuePerCategory() {
    assertThrows(IllegalArgumentException.class, () -> chart(List.of("a", "b"), new double[] {1}));
  }
}
