package dev.nines.reports.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * {@link Chart.Kind#HEATMAP}: a coloured block per grid point of the first series, with a colour
 * scale at the right labelled by {@link Chart#value()}. A grid of at most {@value #NAMED} values
 * on an axis, or one with uneven steps (a sweep over 1, 2, 5, 10) or on a log axis, is drawn one
 * equal block per value, and the axis names the values; markers between two values go between
 * their blocks. A larger evenly spaced grid gets a numeric axis and blocks as wide as its spacing.
 * Points with a NaN value are painted light grey. The categories, when given, are written in the
 * cells, one text per point, where they fit (see {@link CellTexts}); an axis of whole numbers in
 * unit {@code 1} gets whole-number ticks.
 */
final class HeatMapPlot {

  static {
    Headless.ensure();
  }

  /** Grids with at most this many values on an axis have each value named on it. */
  static final int NAMED = 20;

  /** At most this many labels per axis; the other values keep a tick without a label. */
  private static final int NAMES_X = 14;
  private static final int NAMES_Y = 10;

  private HeatMapPlot() {}

  static JFreeChart draw(Chart chart) {
    ChartRenderer.require(!chart.series().isEmpty(), chart, "a heat map needs a series");
    Series s = chart.series().get(0);
    double[] x = s.x();
    double[] y = s.y();
    double[] z = s.z();
    ChartRenderer.require(x != null && z != null && x.length == y.length && z.length == y.length,
        chart, s.label() + ": a heat map needs x, y and z of one length");
    x = Axes.showable(x, chart.x());
    y = Axes.showable(y, chart.y());
    z = Axes.showable(z, chart.value());

    int n = 0;
    double[][] points = new double[3][y.length];
    for (int i = 0; i < y.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        points[0][n] = x[i];
        points[1][n] = y[i];
        points[2][n] = z[i];
        n++;
      }
    }
    double[] px = Arrays.copyOf(points[0], n);
    double[] py = Arrays.copyOf(points[1], n);
    double[] pz = Arrays.copyOf(points[2], n);
    Grid gx = Grid.of(px, chart.x(), NAMES_X);
    Grid gy = Grid.of(py, chart.y(), NAMES_Y);
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(s.label(), new double[][] {
        Arrays.stream(px).map(gx.position).toArray(),
        Arrays.stream(py).map(gy.position).toArray(), pz});

    ViridisScale scale = scale(Arrays.stream(pz).filter(Double::isFinite).toArray(),
        chart.value().log());
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(gx.block);
    renderer.setBlockHeight(gy.block);
    renderer.setPaintScale(scale);

    XYPlot plot = new XYPlot(data, gx.axis, gy.axis, renderer);
    Theme.style(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    List<Marker> placed = new ArrayList<>();
    for (Marker m : chart.markers()) {
      double at = (m.onX() ? gx : gy).position.applyAsDouble(m.value());
      if (Double.isFinite(at)) {
        placed.add(new Marker(m.label(), at, m.onX(), m.style()));
      }
    }
    ReferenceLines.addTo(plot, placed, new LegendItemCollection(), false);
    if (!chart.categories().isEmpty()) {
      plot.addAnnotation(texts(chart.categories(), x, y, z, gx, gy, scale));
    }

    ValueAxis values = Axes.create(chart.value());
    values.setRange(scale.getLowerBound(), scale.getUpperBound());
    PaintScaleLegend legend = new PaintScaleLegend(scale, values);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    legend.setAxisOffset(4);
    legend.setStripWidth(14);
    legend.setStripOutlineVisible(false);
    legend.setSubdivisionCount(256);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setMargin(new RectangleInsets(10, 14, 10, 0));

    JFreeChart result = Theme.chart(chart.title(), plot, false);
    result.addSubtitle(legend);
    return result;
  }

  /** Each point's text in its cell, on the cell's colour (grey where its value is missing). */
  private static CellTexts texts(List<String> texts, double[] x, double[] y, double[] z, Grid gx,
      Grid gy, ViridisScale scale) {
    List<CellTexts.Cell> cells = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      double cx = gx.position.applyAsDouble(x[i]);
      double cy = gy.position.applyAsDouble(y[i]);
      if (Double.isFinite(cx) && Double.isFinite(cy) && !texts.get(i).isEmpty()) {
        Color background = Double.isFinite(z[i]) ? (Color) scale.getPaint(z[i])
            : ViridisScale.MISSING;
        cells.add(new CellTexts.Cell(cx, cy, gx.block, gy.block,
            List.of(texts.get(i).split("\n")), background));
      }
    }
    return new CellTexts(cells);
  }

  /** The colour scale over the values, widened a little when they are all equal. */
  private static ViridisScale scale(double[] z, boolean log) {
    double low = Arrays.stream(z).min().orElse(log ? 1 : 0);
    double high = Arrays.stream(z).max().orElse(log ? 10 : 1);
    if (low == high) {
      if (log) {
        low /= 1.1;
        high *= 1.1;
      } else {
        double pad = low == 0 ? 1 : Math.abs(low) * 0.01;
        low -= pad;
        high += pad;
      }
    }
    return new ViridisScale(low, high, log);
  }

  /**
   * How one axis places its grid values: where a value goes (NaN where it cannot), the block size,
   * and the axis itself.
   */
  private record Grid(DoubleUnaryOperator position, double block, ValueAxis axis) {

    static Grid of(double[] values, Axis model, int names) {
      double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
      double step = evenStep(distinct);
      if (!model.log() && step > 0 && distinct.length > NAMED) {
        ValueAxis axis = Axes.create(model);
        Axes.wholeNumbers(axis, model, List.of(values));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return new Grid(v -> v, step, axis);
      }
      String[] labels = new String[distinct.length];
      int every = Math.max(1, (int) Math.ceil(distinct.length / (double) names));
      NumberFormat format = TickFormats.of(model.unit());
      for (int i = 0; i < distinct.length; i++) {
        labels[i] = i % every == 0 ? format.format(distinct[i]) : "";
      }
      SymbolAxis axis = new SymbolAxis(Axes.label(model), labels);
      axis.setGridBandsVisible(false);
      Theme.style(axis);
      return new Grid(v -> index(distinct, v, model.log()), 1, axis);
    }

    /** The value's place among the sorted values, between two indices if between two values. */
    private static double index(double[] sorted, double v, boolean log) {
      int found = Arrays.binarySearch(sorted, v);
      if (found >= 0) {
        return found;
      }
      int above = -found - 1;
      if (above == 0 || above == sorted.length || (log && !(v > 0))) {
        return Double.NaN; // off the grid
      }
      double a = sorted[above - 1];
      double b = sorted[above];
      double t = log ? Math.log(v / a) / Math.log(b / a) : (v - a) / (b - a);
      return above - 1 + t;
    }

    /** The common step of evenly spaced sorted values (within 1 %), else 0. */
    private static double evenStep(double[] sorted) {
      if (sorted.length < 2) {
        return 0;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = 0;
      for (int i = 1; i < sorted.length; i++) {
        double step = sorted[i] - sorted[i - 1];
        min = Math.min(min, step);
        max = Math.max(max, step);
      }
      return max - min <= 0.01 * max ? (min + max) / 2 : 0;
    }
  }
}
