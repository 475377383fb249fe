package dev.nines.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@link Chart.Kind#LINES}: x-y lines, dotted at each point when there are few, with translucent
 * confidence bands behind them. Dataset 0 holds the lines, one series per chart series with the
 * series label as its key. The next dataset, present when any series has a band, holds the bands,
 * one series per unbroken stretch of two or more finite intervals; a last one holds the intervals
 * of lone points, which a band cannot show, drawn as whiskers.
 */
final class LinesPlot {

  static {
    Headless.ensure();
  }

  /** Series with at most this many points get a dot at each point. */
  static final int DOTS_UP_TO = 25;

  /** Opacity of confidence bands. */
  static final float BAND_ALPHA = 0.2f;

  private LinesPlot() {}

  static JFreeChart draw(Chart chart) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(Axes.create(chart.x()));
    plot.setRangeAxis(Axes.create(chart.y()));
    Theme.style(plot);

    Map<String, Color> colours = Palette.byGroup(chart.series());
    XYSeriesCollection lines = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setDrawSeriesLineAsPath(true);
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(BAND_ALPHA);
    YIntervalSeriesCollection whiskers = new YIntervalSeriesCollection();
    XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
    whiskerRenderer.setDefaultLinesVisible(false);
    whiskerRenderer.setDefaultShapesVisible(false);
    whiskerRenderer.setErrorStroke(new BasicStroke(1.5f));
    whiskerRenderer.setCapLength(8);
    LegendItemCollection legend = new LegendItemCollection();
    Set<String> keys = new HashSet<>();

    for (Series s : chart.series()) {
      ChartRenderer.require(s.x() != null && s.x().length == s.y().length, chart,
          s.label() + ": a line needs one x per y");
      double[] x = Axes.showable(s.x(), chart.x());
      double[] y = Axes.showable(s.y(), chart.y());
      XYSeries line = new XYSeries(ChartRenderer.uniqueKey(s.label(), keys), false, true);
      int points = 0;
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i])) {
          line.add(x[i], y[i]); // a NaN y stays in the series: the line breaks there
          points += Double.isFinite(y[i]) ? 1 : 0;
        }
      }
      int index = lines.getSeriesCount();
      lines.addSeries(line);
      Color colour = colours.get(s.group());
      Stroke stroke = Theme.line(s.style());
      boolean dots = points <= DOTS_UP_TO;
      lineRenderer.setSeriesPaint(index, colour);
      lineRenderer.setSeriesStroke(index, stroke);
      lineRenderer.setSeriesShape(index, Theme.dot());
      lineRenderer.setSeriesShapesVisible(index, dots);
      lineRenderer.setSeriesShapesFilled(index, true);
      legend.add(Theme.lineItem(s.label(), colour, stroke, dots));
      if (s.hasBand()) {
        addBand(s.label(), x, Axes.showable(s.low(), chart.y()),
            Axes.showable(s.high(), chart.y()), colour, bands, bandRenderer, whiskers,
            whiskerRenderer);
      }
    }

    plot.setDataset(0, lines);
    plot.setRenderer(0, lineRenderer);
    if (bands.getSeriesCount() > 0) {
      plot.setDataset(plot.getDatasetCount(), bands);
      plot.setRenderer(plot.getDatasetCount() - 1, bandRenderer);
    }
    if (whiskers.getSeriesCount() > 0) {
      plot.setDataset(plot.getDatasetCount(), whiskers);
      plot.setRenderer(plot.getDatasetCount() - 1, whiskerRenderer);
    }
    // Dataset 0 in front: lines over bands.
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    ReferenceLines.addTo(plot, chart.markers(), legend, false);
    plot.setFixedLegendItems(legend);
    return Theme.chart(chart.title(), plot,
        Theme.wantsLegend(chart.series().size(), chart.markers()));
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
