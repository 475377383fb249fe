package dev.nines.reports.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * Texts written in the cells of a heat map (a sweep point's figure, verdict and cost), centred,
 * dark on light cells and white on dark ones. Written only when every text fits its cell, measured
 * once the plot knows its size: a large grid stays a clean picture rather than a smear of text.
 */
final class CellTexts extends AbstractXYAnnotation {

  static {
    Headless.ensure();
  }

  private static final long serialVersionUID = 1L;

  /** Room kept free around the text inside a cell, as a share of the cell. */
  private static final double FILL = 0.9;

  /**
   * One cell's text: where the cell is (in the plot's coordinates), its size, its lines, and the
   * colour it is painted, which decides the colour of the text.
   */
  record Cell(double x, double y, double width, double height, List<String> lines,
      Color background) {
    Cell {
      lines = List.copyOf(lines);
      Objects.requireNonNull(background, "background");
    }
  }

  private final List<Cell> cells;

  CellTexts(List<Cell> cells) {
    this.cells = List.copyOf(cells);
  }

  List<Cell> cells() {
    return cells;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    g2.setFont(Theme.MARKER_FONT);
    FontMetrics metrics = g2.getFontMetrics();
    double lineHeight = metrics.getAscent() + metrics.getDescent();
    double[][] boxes = new double[cells.size()][];
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      double x0 = domainAxis.valueToJava2D(c.x() - c.width() / 2, dataArea,
          plot.getDomainAxisEdge());
      double x1 = domainAxis.valueToJava2D(c.x() + c.width() / 2, dataArea,
          plot.getDomainAxisEdge());
      double y0 = rangeAxis.valueToJava2D(c.y() - c.height() / 2, dataArea,
          plot.getRangeAxisEdge());
      double y1 = rangeAxis.valueToJava2D(c.y() + c.height() / 2, dataArea,
          plot.getRangeAxisEdge());
      double widest = 0;
      for (String line : c.lines()) {
        widest = Math.max(widest, metrics.getStringBounds(line, g2).getWidth());
      }
      if (widest > FILL * Math.abs(x1 - x0) || lineHeight * c.lines().size()
          > FILL * Math.abs(y1 - y0)) {
        return; // one text does not fit: none is written
      }
      boxes[i] = new double[] {(x0 + x1) / 2, (y0 + y1) / 2};
    }
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      g2.setPaint(dark(c.background()) ? Color.WHITE : Theme.TEXT);
      double top = boxes[i][1] - lineHeight * c.lines().size() / 2;
      for (int k = 0; k < c.lines().size(); k++) {
        TextUtils.drawAlignedString(c.lines().get(k), g2, (float) boxes[i][0],
            (float) (top + lineHeight * (k + 0.5)), TextAnchor.CENTER);
      }
    }
  }

  /** Whether white text reads better than dark on this colour (relative luminance below 0.4). */
  static boolean dark(Color colour) {
    double luminance = (0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
        + 0.0722 * linear(colour.getBlue()));
    return luminance < 0.4 * 0.4; // about half way in lightness
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellTexts t && cells.equals(t.cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }
}
