package dev.nines.reports.charts;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** The tick values an axis chooses, for tests of any package: the ticks, never the pixels. */
public final class ChartTicks {

  private ChartTicks() {}

  /**
   * The labelled (major) tick values of an axis of the chart as drawn at its size: the chart is
   * drawn once to an image so that the axis knows the length it has for its labels.
   */
  public static List<Double> of(Chart chart, JFreeChart drawn, ValueAxis axis) {
    Dimension size = ChartImages.size(chart);
    BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      ChartRenderingInfo info = new ChartRenderingInfo();
      drawn.draw(g2, new Rectangle2D.Double(0, 0, size.width, size.height), info);
      Rectangle2D area = info.getPlotInfo().getDataArea();
      XYPlot plot = drawn.getXYPlot();
      RectangleEdge edge = axis == plot.getDomainAxis() ? plot.getDomainAxisEdge()
          : plot.getRangeAxisEdge();
      List<Double> values = new ArrayList<>();
      for (Object tick : axis.refreshTicks(g2, new AxisState(), area, edge)) {
        if (tick instanceof ValueTick value && value.getTickType() == TickType.MAJOR) {
          values.add(value.getValue());
        }
      }
      return values;
    } finally {
      g2.dispose();
    }
  }
}
