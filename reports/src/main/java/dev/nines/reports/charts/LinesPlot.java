package dev.nines.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@link Chart.Kind#LINES}: x-y lines, dotted at each point when there are few, with translucent
 * confidence bands behind them. Dataset 0 holds the lines, one series per chart series with the
 * series label as its key. The next dataset, present when any series has a band, holds the bands,
 * one series per unbroken stretch of two or more finite intervals; the next the intervals of lone
 * points, which a band cannot show, drawn as whiskers; a last one, on a log value axis, the zeros.
 *
 * <p>A log value axis cannot place a zero (an unavailability where every replication was up): a
 * simulated zero is marked by a triangle at the axis (key: the series key + {@value #ZERO_KEY}), a band whose
 * low end is zero runs down to the axis, and the axis reaches a decade below the smallest value
 * shown. A lone value between gaps gets a dot. A curve of many points without lone whiskers runs
 * from edge to edge of the plot; an x axis of whole numbers in unit {@code 1} (replicas) gets
 * whole-number ticks.
 */
final class LinesPlot {

  static {
    Headless.ensure();
  }

  /** Series with at most this many points (finite x) get a dot at each point. */
  static final int DOTS_UP_TO = 25;

  /** The key suffix of a series' zero values on a log axis, and the legend text of their mark. */
  static final String ZERO_KEY = " = 0";
  static final String ZERO_LABEL = Theme.ZERO_LABEL;

  /** Opacity of confidence bands. */
  static final float BAND_ALPHA = 0.2f;

  private LinesPlot() {}

  static JFreeChart draw(Chart chart) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(Axes.create(chart.x()));
    plot.setRangeAxis(Axes.create(chart.y()));
    Theme.style(plot);
    boolean logY = chart.y().log();

    Map<String, Color> colours = Palette.byGroup(chart.series());
    XYSeriesCollection lines = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new LineRenderer();
    lineRenderer.setDrawSeriesLineAsPath(true);
    XYSeriesCollection zeros = new XYSeriesCollection();
    XYLineAndShapeRenderer zeroRenderer = new XYLineAndShapeRenderer(false, true);
    LegendItemCollection legend = new LegendItemCollection();
    Set<String> keys = new HashSet<>();
    List<Series> banded = new ArrayList<>();
    List<Double> bandValues = new ArrayList<>();
    boolean dotted = false;

    for (Series s : chart.series()) {
      ChartRenderer.require(s.x() != null && s.x().length == s.y().length, chart,
          s.label() + ": a line needs one x per y");
      double[] x = Axes.showable(s.x(), chart.x());
      double[] y = Axes.showable(s.y(), chart.y());
      String key = ChartRenderer.uniqueKey(s.label(), keys);
      XYSeries line = new XYSeries(key, false, true);
      XYSeries zero = new XYSeries(key + ZERO_KEY, false, true);
      int points = 0;
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i])) {
          line.add(x[i], y[i]); // a NaN y stays in the series: the line breaks there
          points++;
          if (logY && s.style() == Style.SIMULATED && s.y()[i] <= 0) {
            zero.add(x[i], Double.NaN); // placed once the axis is fitted
          }
        }
      }
      int index = lines.getSeriesCount();
      lines.addSeries(line);
      Color colour = colours.get(s.group());
      Stroke stroke = Theme.line(s.style());
      boolean dots = points <= DOTS_UP_TO;
      dotted |= dots;
      lineRenderer.setSeriesPaint(index, colour);
      lineRenderer.setSeriesStroke(index, stroke);
      lineRenderer.setSeriesShape(index, Theme.dot());
      lineRenderer.setSeriesShapesVisible(index, dots);
      lineRenderer.setSeriesShapesFilled(index, true);
      legend.add(Theme.lineItem(s.label(), colour, stroke, dots));
      if (zero.getItemCount() > 0) {
        zeroRenderer.setSeriesPaint(zeros.getSeriesCount(), colour);
        zeroRenderer.setSeriesShape(zeros.getSeriesCount(), Theme.zeroMark(false));
        zeros.addSeries(zero);
      }
      if (s.hasBand()) {
        banded.add(s);
        for (double[] ends : List.of(s.low(), s.high())) {
          for (double v : Axes.showable(ends, chart.y())) {
            if (Double.isFinite(v)) {
              bandValues.add(v);
            }
          }
        }
      }
    }
    if (zeros.getSeriesCount() > 0) {
      legend.add(new LegendItem(ZERO_LABEL, null, null, null, Theme.zeroMark(false),
          Theme.MARKER_DARK));
    }

    plot.setDataset(0, lines);
    plot.setRenderer(0, lineRenderer);
    boolean edgeToEdge = !dotted && chart.series().stream().allMatch(s -> whole(s));
    if (edgeToEdge) { // a curve over many points runs from axis to axis, its band too
      plot.getDomainAxis().setLowerMargin(0);
      plot.getDomainAxis().setUpperMargin(0);
    }
    Axes.wholeNumbers(plot.getDomainAxis(), chart.x(),
        chart.series().stream().map(Series::x).toList());
    if (logY && (zeros.getSeriesCount() > 0 || reachesZero(banded))) {
      // Values at zero sit below a log axis: show at least a decade under the smallest value.
      double smallest = smallestPositive(chart.series(), bandValues);
      if (Double.isFinite(smallest)) {
        bandValues.add(smallest / 10);
      }
    }
    // The axes are fitted over the lines, the bands and the markers, and then fixed, so that the
    // bands and zero marks added below can be placed at the axis's edge.
    ReferenceLines.addTo(plot, chart.markers(), legend, false, unbox(bandValues));
    ValueAxis yAxis = plot.getRangeAxis();
    yAxis.setRange(yAxis.getRange());
    plot.getDomainAxis().setRange(plot.getDomainAxis().getRange());
    double edge = yAxis.getLowerBound();

    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(BAND_ALPHA);
    YIntervalSeriesCollection whiskers = new YIntervalSeriesCollection();
    XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
    whiskerRenderer.setDefaultLinesVisible(false);
    whiskerRenderer.setDefaultShapesVisible(false);
    whiskerRenderer.setErrorStroke(new BasicStroke(1.5f));
    whiskerRenderer.setCapLength(8);
    for (Series s : banded) {
      double[] low = s.low();
      if (logY) {
        for (int i = 0; i < low.length; i++) {
          low[i] = low[i] <= 0 && s.high()[i] > 0 ? edge : low[i]; // the band reaches the axis
        }
      }
      addBand(s.label(), Axes.showable(s.x(), chart.x()), Axes.showable(low, chart.y()),
          Axes.showable(s.high(), chart.y()), colours.get(s.group()), bands, bandRenderer,
          whiskers, whiskerRenderer);
    }
    if (bands.getSeriesCount() > 0) {
      plot.setDataset(plot.getDatasetCount(), bands);
      plot.setRenderer(plot.getDatasetCount() - 1, bandRenderer);
    }
    if (whiskers.getSeriesCount() > 0) {
      plot.setDataset(plot.getDatasetCount(), whiskers);
      plot.setRenderer(plot.getDatasetCount() - 1, whiskerRenderer);
    }
    if (zeros.getSeriesCount() > 0) {
      // Just above the axis, so that the plot's edge does not cut the marks in half.
      double inside = edge * Math.pow(yAxis.getUpperBound() / edge, 0.015);
      for (int k = 0; k < zeros.getSeriesCount(); k++) {
        XYSeries zero = zeros.getSeries(k);
        for (int i = 0; i < zero.getItemCount(); i++) {
          zero.updateByIndex(i, inside);
        }
      }
      plot.setDataset(plot.getDatasetCount(), zeros);
      plot.setRenderer(plot.getDatasetCount() - 1, zeroRenderer);
    }
    // Dataset 0 in front: lines over bands.
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    plot.setFixedLegendItems(legend);
    return Theme.chart(chart.title(), plot,
        Theme.wantsLegend(legend.getItemCount(), chart.markers()));
  }

  /** Whether every band point with a high end has a low end too (a band, not lone whiskers). */
  private static boolean whole(Series s) {
    if (!s.hasBand()) {
      return true;
    }
    double[] low = s.low();
    double[] high = s.high();
    int stretch = 0;
    int shortest = Integer.MAX_VALUE;
    for (int i = 0; i <= low.length; i++) {
      if (i < low.length && Double.isFinite(low[i]) && Double.isFinite(high[i])) {
        stretch++;
      } else if (stretch > 0) {
        shortest = Math.min(shortest, stretch);
        stretch = 0;
      }
    }
    return shortest > 1; // a lone point's whisker would sit on the plot's edge
  }

  private static boolean reachesZero(List<Series> banded) {
    return banded.stream().anyMatch(s -> java.util.Arrays.stream(s.low()).anyMatch(v -> v <= 0));
  }

  private static double smallestPositive(List<Series> series, List<Double> more) {
    double smallest = more.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min()
        .orElse(Double.POSITIVE_INFINITY);
    for (Series s : series) {
      for (double v : s.y()) {
        if (v > 0 && Double.isFinite(v)) {
          smallest = Math.min(smallest, v);
        }
      }
    }
    return smallest;
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Draws a line's dots where the series asks for them, and always at a point with no finite
   * neighbour, which a line alone would leave invisible (a lone nonzero value among zeros on a
   * log axis).
   */
  private static final class LineRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    LineRenderer() {
      super(true, false);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
      if (super.getItemShapeVisible(series, item)) {
        return true;
      }
      XYDataset data = getPlot() == null ? null : getPlot().getDataset(0);
      if (data == null || series >= data.getSeriesCount()) {
        return false;
      }
      int n = data.getItemCount(series);
      return Double.isFinite(data.getYValue(series, item))
          && (item == 0 || !Double.isFinite(data.getYValue(series, item - 1)))
          && (item == n - 1 || !Double.isFinite(data.getYValue(series, item + 1)));
    }
  }

  /**
   * One band series per stretch of points with finite x, low and high; a stretch of one point
   * becomes a whisker instead.
   */
  private static void addBand(String label, double[] x, double[] low, double[] high,
      Color colour, YIntervalSeriesCollection bands, DeviationRenderer bandRenderer,
      YIntervalSeriesCollection whiskers, XYErrorRenderer whiskerRenderer) {
    YIntervalSeries stretch = null;
    for (int i = 0; i <= x.length; i++) {
      boolean good = i < x.length && Double.isFinite(x[i]) && Double.isFinite(low[i])
          && Double.isFinite(high[i]);
      if (good) {
        if (stretch == null) {
          stretch = new YIntervalSeries(label + " interval "
              + (bands.getSeriesCount() + whiskers.getSeriesCount() + 1), false, true);
        }
        stretch.add(x[i], (low[i] + high[i]) / 2, Math.min(low[i], high[i]),
            Math.max(low[i], high[i]));
      } else if (stretch != null) {
        boolean lone = stretch.getItemCount() == 1;
        YIntervalSeriesCollection target = lone ? whiskers : bands;
        XYLineAndShapeRenderer renderer = lone ? whiskerRenderer : bandRenderer;
        int index = target.getSeriesCount();
        target.addSeries(stretch);
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesFillPaint(index, colour);
        stretch = null;
      }
    }
  }
}
