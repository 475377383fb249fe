package dev.nines.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every chart: fonts of the logical SansSerif family, a white background with a
 * light grid, the legend at the bottom, and the line and marker strokes of each {@link Style}:
 * measured values solid, formulas dashed, targets dotted.
 */
final class Theme {

  static {
    Headless.ensure();
  }

  static final String FONT_FAMILY = "SansSerif";
  static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 17);
  static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
  static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
  static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
  static final Font NOTE_FONT = new Font(FONT_FAMILY, Font.ITALIC, 12);

  static final Color TEXT = new Color(0x222222);
  static final Color GRID = new Color(0xE4E4E4);
  static final Color OUTLINE = new Color(0xB0B0B0);
  static final Color MARKER_GREY = new Color(0x8A8A8A);
  static final Color MARKER_DARK = new Color(0x404040);

  /** The legend text of the mark of a zero value that a log axis cannot place. */
  static final String ZERO_LABEL = "0 (at the axis: off a log scale)";

  /** The width of data lines. */
  static final float LINE_WIDTH = 2f;

  private Theme() {}

  /** The stroke of a data line in this style: solid, dashed or dotted. */
  static Stroke line(Style style) {
    return stroke(style, LINE_WIDTH);
  }

  /** The stroke of a reference line: thin solid for measured values, else dashed or dotted. */
  static Stroke marker(Style style) {
    return style == Style.SIMULATED ? new BasicStroke(1f) : stroke(style, 1.5f);
  }

  /** The colour of a reference line: light grey for measured values, dark grey otherwise. */
  static Color markerPaint(Style style) {
    return style == Style.SIMULATED ? MARKER_GREY : MARKER_DARK;
  }

  private static Stroke stroke(Style style, float width) {
    switch (style) {
      case ANALYTIC:
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {3 * width + 2, 2 * width + 1}, 0f);
      case TARGET:
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {0.1f, 2 * width + 1}, 0f);
      default:
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
  }

  /** The dot drawn at each point of a line with few points. */
  static Shape dot() {
    return new Ellipse2D.Double(-3.5, -3.5, 7, 7);
  }

  /**
   * A triangle pointing at the axis, the mark of a value of zero that a log axis cannot place:
   * pointing left on a turned plot, else down.
   */
  static Shape zeroMark(boolean left) {
    java.awt.geom.Path2D.Double triangle = new java.awt.geom.Path2D.Double();
    triangle.moveTo(0, 0);
    triangle.lineTo(7, -4);
    triangle.lineTo(7, 4);
    triangle.closePath();
    Shape centred = java.awt.geom.AffineTransform.getTranslateInstance(-3.5, 0)
        .createTransformedShape(triangle);
    return left ? centred
        : java.awt.geom.AffineTransform.getRotateInstance(-Math.PI / 2)
            .createTransformedShape(centred);
  }

  /** A chart with the title on top and, if asked for, the plot's legend at the bottom. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(6, 8, 6, 12));
    chart.getTitle().setPaint(TEXT);
    chart.getTitle().setMargin(new RectangleInsets(4, 0, 8, 0));
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setPosition(RectangleEdge.BOTTOM);
      legendTitle.setFrame(BlockBorder.NONE);
      legendTitle.setBackgroundPaint(Color.WHITE);
      legendTitle.setItemFont(LEGEND_FONT);
      legendTitle.setItemPaint(TEXT);
      legendTitle.setMargin(new RectangleInsets(8, 0, 0, 0));
    }
    return chart;
  }

  /** Whether a legend says anything: more than one entry, or any reference line. */
  static boolean wantsLegend(int entries, List<Marker> markers) {
    return entries > 1 || !markers.isEmpty();
  }

  /** White background, light solid grid, thin outline. */
  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(OUTLINE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** White background, light solid grid across the values, thin outline. */
  static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(OUTLINE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** Label and tick fonts and colours. */
  static void style(Axis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(TEXT);
    axis.setTickLabelInsets(new RectangleInsets(6, 6, 6, 6));
    axis.setAxisLinePaint(OUTLINE);
    axis.setTickMarkPaint(OUTLINE);
  }

  /**
   * A labelled reference line on a category plot (a Pareto chart's), where {@link MarkerLabels}
   * does not go. Vertical lines carry their label at the top, right of the line
   * (left when {@code flip}: near the right edge); horizontal ones at the right end, above the line
   * (below when {@code flip}: near the top). Labels are staggered by {@code stagger}, a line down
   * or further left, so that close neighbours stay readable.
   */
  static ValueMarker marker(Marker marker, int stagger, boolean flip) {
    ValueMarker line = new ValueMarker(marker.value(), markerPaint(marker.style()),
        marker(marker.style()));
    line.setLabel(marker.label());
    line.setLabelFont(MARKER_FONT);
    line.setLabelPaint(TEXT);
    line.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    double down = 3 + 15 * (stagger % 4);
    if (marker.onX()) {
      line.setLabelAnchor(flip ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
      line.setLabelTextAnchor(flip ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
      line.setLabelOffset(new RectangleInsets(down, 3, 3, 3));
    } else {
      line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      line.setLabelTextAnchor(flip ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
      line.setLabelOffset(new RectangleInsets(3, 3, 3, 6 + 90 * (stagger % 4)));
    }
    return line;
  }

  /**
   * A reference line without a label, in the marker's style: on an x-y plot {@link MarkerLabels}
   * writes the labels of all lines together, so that they do not collide.
   */
  static ValueMarker line(Marker marker) {
    return new ValueMarker(marker.value(), markerPaint(marker.style()), marker(marker.style()));
  }

  /** A legend entry for a line, with a dot on it if the line has dots. */
  static LegendItem lineItem(String label, Color colour, Stroke stroke, boolean dot) {
    Shape line = new Line2D.Double(-14, 0, 14, 0);
    return new LegendItem(label, null, null, null, dot, dot(), true, colour, false, colour,
        stroke, true, line, stroke, colour);
  }

  /** A legend entry for a reference line. */
  static LegendItem markerItem(Marker marker) {
    return lineItem(marker.label(), markerPaint(marker.style()), marker(marker.style()), false);
  }

  /** A legend entry for bars or filled areas. */
  static LegendItem boxItem(String label, Color colour) {
    return new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), colour);
  }
}
