package dev.nines.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * {@link Chart.Kind#HISTOGRAM}: flat bars from bin edges and counts, touching each other, with the
 * markers (percentiles, the formula's mean) as labelled lines. One dataset, one series per chart
 * series keyed by its label. Several series overlap, each a little translucent.
 */
final class HistogramPlot {

  static {
    Headless.ensure();
  }

  private HistogramPlot() {}

  static JFreeChart draw(Chart chart) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(Axes.create(chart.x()));
    ValueAxis counts = Axes.create(chart.y());
    if (counts instanceof NumberAxis number) {
      number.setAutoRangeIncludesZero(true);
    }
    plot.setRangeAxis(counts);
    Theme.style(plot);
    plot.setDomainGridlinesVisible(false);

    XYBarRenderer renderer = new XYBarRenderer(0);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    double base = chart.y().log() ? logBase(chart) : 0;
    renderer.setBase(base);

    Map<String, Color> colours = Palette.byGroup(chart.series());
    XYIntervalSeriesCollection bins = new XYIntervalSeriesCollection();
    LegendItemCollection legend = new LegendItemCollection();
    Set<String> keys = new HashSet<>();
    boolean overlapping = chart.series().size() > 1;
    for (Series s : chart.series()) {
      ChartRenderer.require(s.x() != null && s.x().length == s.y().length + 1, chart,
          s.label() + ": a histogram needs n + 1 bin edges for n counts");
      double[] edges = Axes.showable(s.x(), chart.x());
      double[] y = Axes.showable(s.y(), chart.y());
      XYIntervalSeries series = new XYIntervalSeries(ChartRenderer.uniqueKey(s.label(), keys),
          false, true);
      for (int i = 0; i < y.length; i++) {
        double low = edges[i];
        double high = edges[i + 1];
        if (Double.isFinite(low) && Double.isFinite(high) && Double.isFinite(y[i])) {
          series.add((low + high) / 2, Math.min(low, high), Math.max(low, high), y[i], y[i], y[i]);
        }
      }
      int index = bins.getSeriesCount();
      bins.addSeries(series);
      Color colour = colours.get(s.group());
      Color fill = overlapping ? Palette.translucent(colour, 0.6) : colour;
      renderer.setSeriesPaint(index, fill);
      renderer.setSeriesOutlinePaint(index, colour.darker());
      legend.add(Theme.boxItem(s.label(), fill));
    }
    plot.setDataset(bins);
    plot.setRenderer(renderer);
    if (chart.y().log()) {
      ReferenceLines.addTo(plot, chart.markers(), legend, false, base);
    } else {
      ReferenceLines.addTo(plot, chart.markers(), legend, true);
    }
    plot.setFixedLegendItems(legend);
    return Theme.chart(chart.title(), plot,
        Theme.wantsLegend(chart.series().size(), chart.markers()));
  }

  /** On a log axis bars cannot start at zero: they start at half the smallest positive count. */
  private static double logBase(Chart chart) {
    double smallest = Double.POSITIVE_INFINITY;
    for (Series s : chart.series()) {
      for (double v : s.y()) {
        if (v > 0) {
          smallest = Math.min(smallest, v);
        }
      }
    }
    return Double.isFinite(smallest) ? smallest / 2 : 0.5;
  }
}
