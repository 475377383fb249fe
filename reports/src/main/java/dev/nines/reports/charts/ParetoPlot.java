package dev.nines.reports.charts;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.font.FontRenderContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@link Chart.Kind#PARETO}: a bar per category in the order given, from the first series, and the
 * cumulative share of the total as a line with dots on a 0-100 % axis at the right. Dataset 0 holds
 * the bars (row key: the series label), dataset 1 the share (row key {@value #SHARE}). Long or
 * many category names are turned 45 degrees; the image then grows to fit them. Markers across the
 * values ({@link Marker#onX()} false) become horizontal lines; a category axis has no place for
 * the others, which are left out.
 */
final class ParetoPlot {

  static {
    Headless.ensure();
  }

  /** The row key and axis label of the cumulative share. */
  static final String SHARE = "Cumulative share";

  /** Longest category name drawn in full when turned; longer ones are cut. */
  private static final int LONGEST = 40;

  private ParetoPlot() {}

  static JFreeChart draw(Chart chart) {
    ChartRenderer.require(!chart.series().isEmpty(), chart, "a Pareto chart needs a series");
    Series s = chart.series().get(0);
    List<String> categories = chart.categories();
    ChartRenderer.require(s.y().length == categories.size(), chart,
        "a Pareto chart needs one value per category");

    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset share = new DefaultCategoryDataset();
    double total = 0;
    for (double v : s.y()) {
      total += Double.isFinite(v) ? v : 0;
    }
    double running = 0;
    Set<String> keys = new HashSet<>();
    boolean rotated = rotated(chart);
    for (int i = 0; i < categories.size(); i++) {
      String name = categories.get(i);
      if (rotated && name.length() > LONGEST) {
        name = name.substring(0, LONGEST - 1) + "\u2026";
      }
      String key = ChartRenderer.uniqueKey(name, keys);
      double v = s.y()[i];
      bars.addValue(Double.isFinite(v) ? v : null, s.label(), key);
      running += Double.isFinite(v) ? v : 0;
      share.addValue(total > 0 ? Double.valueOf(running / total) : null, SHARE, key);
    }

    CategoryAxis names = new CategoryAxis(Axes.label(chart.x()));
    Theme.style(names);
    names.setCategoryMargin(0.15);
    names.setLowerMargin(0.01);
    names.setUpperMargin(0.01);
    if (rotated) {
      names.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      names.setMaximumCategoryLabelLines(1);
    } else {
      names.setMaximumCategoryLabelLines(3);
    }
    NumberAxis values = (NumberAxis) Axes.create(new Axis(chart.y().label(), chart.y().unit(),
        false));
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.08);
    NumberAxis shares = new NumberAxis(SHARE);
    Theme.style(shares);
    shares.setStandardTickUnits(TickFormats.tickUnits("%"));
    shares.setRange(0, 1.04);

    Color barColour = Palette.byGroup(chart.series()).get(s.group());
    BarRenderer barRenderer = new BarRenderer();
    barRenderer.setBarPainter(new StandardBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(false);
    barRenderer.setItemMargin(0);
    barRenderer.setSeriesPaint(0, barColour);
    Color lineColour = Palette.of(5);
    LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
    lineRenderer.setSeriesPaint(0, lineColour);
    lineRenderer.setSeriesStroke(0, Theme.line(Style.SIMULATED));
    lineRenderer.setSeriesShape(0, Theme.dot());
    lineRenderer.setSeriesShapesFilled(0, true);

    CategoryPlot plot = new CategoryPlot(bars, names, values, barRenderer);
    Theme.style(plot);
    plot.setDataset(1, share);
    plot.setRangeAxis(1, shares);
    plot.mapDatasetToRangeAxis(1, 1);
    plot.setRenderer(1, lineRenderer);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(Theme.boxItem(s.label(), barColour));
    legend.add(Theme.lineItem(SHARE, lineColour, Theme.line(Style.SIMULATED), true));
    double low = 0;
    double high = 0;
    for (double v : s.y()) {
      if (Double.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    boolean beyond = false;
    int lines = 0;
    for (Marker marker : chart.markers()) {
      if (!marker.onX()) {
        plot.addRangeMarker(0, Theme.marker(marker, lines++, false), Layer.FOREGROUND);
        legend.add(Theme.markerItem(marker));
        beyond |= marker.value() > high || marker.value() < low;
        low = Math.min(low, marker.value());
        high = Math.max(high, marker.value());
      }
    }
    if (beyond) {
      double pad = (high - low) * 0.08;
      values.setRange(low < 0 ? low - pad : 0, high > 0 ? high + pad : 0);
    }
    plot.setFixedLegendItems(legend);
    JFreeChart result = Theme.chart(chart.title(), plot, Theme.wantsLegend(1, chart.markers()));
    if (rotated) {
      RectangleInsets padding = result.getPadding();
      result.setPadding(new RectangleInsets(padding.getTop(),
          Math.max(padding.getLeft(), overhang(bars, size(chart).width)), padding.getBottom(),
          padding.getRight()));
    }
    return result;
  }

  /**
   * How far the turned names of the first bars reach left of the value axis's labels, which they
   * would otherwise run past the image's edge: each name ends below its bar and runs down to the
   * left at 45 degrees.
   */
  private static double overhang(DefaultCategoryDataset bars, int width) {
    int n = bars.getColumnCount();
    double slot = (width - 170.0) / n; // roughly the plot's width per bar
    FontRenderContext context = new FontRenderContext(null, true, true);
    double reach = 0;
    for (int i = 0; i < n; i++) {
      double length = Theme.TICK_FONT.getStringBounds(bars.getColumnKey(i).toString(), context)
          .getWidth();
      reach = Math.max(reach, length * Math.sqrt(0.5) + 10 - 70 - (i + 0.5) * slot);
    }
    return reach;
  }

  /** Whether the category names are turned: too long, or too many, to sit side by side. */
  static boolean rotated(Chart chart) {
    int n = chart.categories().size();
    if (n == 0) {
      return false;
    }
    double slot = 640.0 / n; // pixels per category at the default width
    return n > 12 || longest(chart) * 7.0 > 3 * slot;
  }

  /** 800 x 480, wider for many categories and taller for turned names. */
  static Dimension size(Chart chart) {
    int n = chart.categories().size();
    int width = Math.min(2400, Math.max(ChartImages.WIDTH, 160 + 26 * n));
    int height = ChartImages.HEIGHT;
    if (rotated(chart)) {
      height += (int) Math.round(Math.min(longest(chart), LONGEST) * 5.5);
    }
    return new Dimension(width, height);
  }

  private static int longest(Chart chart) {
    return chart.categories().stream().mapToInt(String::length).max().orElse(0);
  }
}
