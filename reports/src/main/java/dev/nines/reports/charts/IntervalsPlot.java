package dev.nines.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@link Chart.Kind#INTERVALS}: one row per category, stacked top to bottom in the order given, all
 * on one value axis, so that rows can be compared: a hot spare beside a cold one, one balancer's
 * response time beside another's. In a row the simulated mean is a dot with a whisker from low to
 * high, and each formula (or target) series a short dashed (or dotted) line across the row. A row
 * with no simulated mean says {@value #NO_DATA}. Chart markers on the value axis are lines across
 * every row.
 *
 * <p>On a log axis a mean of zero (no outage seen: an unavailability of 0) cannot be placed: its
 * whisker starts at the axis and a triangle at the axis marks the zero; so does a low end of zero.
 *
 * <p>One x-y plot, turned: its domain axis is a {@link SymbolAxis} of the category names (row i at
 * i, the first at the top), its range axis the values. Dataset 0 holds two series per simulated
 * series, keyed by its label: the rows with a mean, then (key + {@value #ZERO_KEY}) the zeros.
 */
final class IntervalsPlot {

  static {
    Headless.ensure();
  }

  /** The legend text of a lone simulated series. */
  static final String SIMULATED_LABEL = "simulated mean, CI";
  /** The legend text of a lone formula series. */
  static final String FORMULA_LABEL = "formula";
  /** What a row without a simulated mean says. */
  static final String NO_DATA = "no data";
  /** The key suffix of a series' zero estimates, and the legend text of their mark. */
  static final String ZERO_KEY = " = 0";
  static final String ZERO_LABEL = Theme.ZERO_LABEL;

  /** Pixels per row (one simulated series; each further one adds {@link #ROW_EXTRA}). */
  static final int ROW_HEIGHT = 44;
  static final int ROW_EXTRA = 16;
  /** Pixels for everything but the rows (title, axis, legend), and the least height. */
  static final int FRAME_HEIGHT = 150;
  static final int MIN_HEIGHT = 260;

  /** The widest the category names may be, in pixels; longer ones are cut with an ellipsis. */
  private static final double NAME_WIDTH = 260;

  /** Half the height of a row taken by a formula's line. */
  private static final double REFERENCE_HALF = 0.38;

  private IntervalsPlot() {}

  /** 800 wide; 150 + 44 per row high (more for several series), at least 260. */
  static Dimension size(Chart chart) {
    int rows = Math.max(1, chart.categories().size());
    int perRow = ROW_HEIGHT + ROW_EXTRA * Math.max(0, chart.series(Style.SIMULATED).size() - 1);
    return new Dimension(ChartImages.WIDTH, Math.max(MIN_HEIGHT, FRAME_HEIGHT + perRow * rows));
  }

  static JFreeChart draw(Chart chart) {
    List<String> categories = chart.categories();
    List<Series> simulated = chart.series(Style.SIMULATED);
    List<Series> references = new ArrayList<>(chart.series(Style.ANALYTIC));
    references.addAll(chart.series(Style.TARGET));
    for (Series s : chart.series()) {
      ChartRenderer.require(s.y().length == categories.size(), chart,
          s.label() + ": an interval chart needs one value per category");
    }
    Map<String, Color> colours = Palette.byGroup(chart.series());
    boolean log = chart.y().log();

    XYPlot plot = new XYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    Theme.style(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setDomainAxis(names(categories));
    ValueAxis value = Axes.create(chart.y());
    plot.setRangeAxis(value);
    Range range = scale(chart, simulated, references);
    value.setRange(range);
    value.setTickLabelsVisible(!shown(chart, simulated, references).isEmpty());
    double edge = range.getLowerBound();
    // Zero marks sit just inside the axis, so that the plot's edge does not cut them in half.
    double inside = log ? edge * Math.pow(range.getUpperBound() / edge, 0.012)
        : edge + range.getLength() * 0.012;

    YIntervalSeriesCollection points = new YIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(false);
    renderer.setErrorStroke(new BasicStroke(Theme.LINE_WIDTH));
    renderer.setCapLength(10);
    Set<String> keys = new HashSet<>();
    boolean anyZero = false;
    for (int k = 0; k < simulated.size(); k++) {
      Series s = simulated.get(k);
      String key = ChartRenderer.uniqueKey(s.label(), keys);
      YIntervalSeries means = new YIntervalSeries(key, false, true);
      YIntervalSeries zeros = new YIntervalSeries(key + ZERO_KEY, false, true);
      double[] y = s.y();
      double[] low = s.hasBand() ? s.low() : y;
      double[] high = s.hasBand() ? s.high() : y;
      for (int i = 0; i < categories.size(); i++) {
        double at = position(i, k, simulated.size());
        double top = Double.isFinite(high[i]) ? Math.max(high[i], y[i]) : y[i];
        if (log && y[i] <= 0 && top > 0) {
          zeros.add(at, inside, edge, top);
        } else if (Double.isFinite(y[i])) {
          double bottom = Double.isFinite(low[i]) ? Math.min(low[i], y[i]) : y[i];
          means.add(at, y[i], log && bottom <= 0 ? edge : bottom, top);
        }
      }
      anyZero |= zeros.getItemCount() > 0;
      for (YIntervalSeries series : List.of(means, zeros)) {
        int index = points.getSeriesCount();
        points.addSeries(series);
        renderer.setSeriesPaint(index, colours.get(s.group()));
        renderer.setSeriesShape(index, series == means ? Theme.dot() : Theme.zeroMark(true));
        renderer.setSeriesShapesVisible(index, true);
        renderer.setSeriesShapesFilled(index, true);
      }
    }
    plot.setDataset(points);
    plot.setRenderer(renderer);

    for (Series s : references) {
      double[] y = s.y();
      for (int i = 0; i < categories.size(); i++) {
        if (Double.isFinite(y[i]) && range.contains(y[i])) {
          plot.addAnnotation(new XYLineAnnotation(i - REFERENCE_HALF, y[i], i + REFERENCE_HALF,
              y[i], Theme.line(s.style()), colours.get(s.group())));
        }
      }
    }
    for (int i = 0; i < categories.size(); i++) {
      if (!hasMean(simulated, i, log)) {
        XYTextAnnotation note = new XYTextAnnotation(NO_DATA, i, inside);
        note.setTextAnchor(TextAnchor.CENTER_LEFT);
        note.setFont(Theme.NOTE_FONT);
        note.setPaint(Theme.MARKER_GREY);
        plot.addAnnotation(note);
      }
    }

    LegendItemCollection legend = new LegendItemCollection();
    for (Series s : simulated) {
      legend.add(Theme.lineItem(simulated.size() == 1 ? SIMULATED_LABEL : s.label(),
          colours.get(s.group()), new BasicStroke(Theme.LINE_WIDTH), true));
    }
    if (anyZero) {
      legend.add(new org.jfree.chart.LegendItem(ZERO_LABEL, null, null, null, Theme.zeroMark(true),
          Theme.MARKER_DARK));
    }
    for (Series s : references) {
      if (Arrays.stream(s.y()).anyMatch(Double::isFinite)) { // no entry for a line never drawn
        legend.add(Theme.lineItem(referenceLabel(s, references), colours.get(s.group()),
            Theme.line(s.style()), false));
      }
    }
    List<Marker> across = chart.markers().stream()
        .filter(m -> !m.onX() && (!log || m.value() > 0)).toList();
    ReferenceLines.addLines(plot, across, legend);
    plot.setFixedLegendItems(legend);
    return Theme.chart(chart.title(), plot, Theme.wantsLegend(legend.getItemCount(), List.of()));
  }

  /** Where a series' point sits in row i: the first series at the top of the row. */
  static double position(int row, int series, int count) {
    return row - ((count - 1) / 2.0 - series) * (0.6 / count);
  }

  /**
   * The one scale of every row: from the smallest value shown (mean, interval, formula, marker) to
   * the largest, with room at each end; on a log axis with a zero to mark, a decade further down,
   * so that the zero's mark stands clear of the values.
   */
  static Range scale(Chart chart, List<Series> simulated, List<Series> references) {
    boolean log = chart.y().log();
    List<Double> shown = shown(chart, simulated, references);
    if (shown.isEmpty()) {
      return log ? new Range(0.1, 1) : new Range(0, 1);
    }
    double low = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    if (log) {
      double a = Math.log10(low);
      double b = Math.log10(high);
      if (hasZero(simulated)) {
        a -= 1;
      }
      double pad = Math.max((b - a) * 0.06, 0.05);
      return new Range(Math.pow(10, a - pad), Math.pow(10, b + pad));
    }
    double span = high - low;
    double pad = span > Math.max(Math.abs(high), Math.abs(low)) * 1e-9 ? span * 0.06
        : Math.max(Math.abs(high) * 1e-4, 1e-9);
    return new Range(low - pad, high + pad);
  }

  /** Every value the scale must show: positive ones only on a log axis. */
  private static List<Double> shown(Chart chart, List<Series> simulated,
      List<Series> references) {
    boolean log = chart.y().log();
    List<Double> values = new ArrayList<>();
    for (Series s : simulated) {
      add(values, s.y(), log);
      if (s.hasBand()) {
        add(values, s.low(), log);
        add(values, s.high(), log);
      }
    }
    for (Series s : references) {
      add(values, s.y(), log);
    }
    for (Marker m : chart.markers()) {
      if (!m.onX()) {
        add(values, new double[] {m.value()}, log);
      }
    }
    return values;
  }

  private static void add(List<Double> values, double[] more, boolean log) {
    for (double v : more) {
      if (Double.isFinite(v) && (!log || v > 0)) {
        values.add(v);
      }
    }
  }

  /** Whether a simulated series has a zero mean or low end, which a log axis marks at its edge. */
  private static boolean hasZero(List<Series> simulated) {
    for (Series s : simulated) {
      for (double v : s.hasBand() ? s.low() : s.y()) {
        if (v <= 0) {
          return true;
        }
      }
      for (double v : s.y()) {
        if (v <= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasMean(List<Series> simulated, int i, boolean log) {
    for (Series s : simulated) {
      double mean = s.y()[i];
      double high = s.hasBand() ? s.high()[i] : mean;
      if (Double.isFinite(mean) && (!log || mean > 0 || high > 0)) {
        return true;
      }
    }
    return false;
  }

  private static String referenceLabel(Series s, List<Series> references) {
    return references.size() == 1 && s.style() == Style.ANALYTIC ? FORMULA_LABEL : s.label();
  }

  /** The category names down the left, the first at the top. */
  private static SymbolAxis names(List<String> categories) {
    SymbolAxis axis = new SymbolAxis(null,
        categories.stream().map(IntervalsPlot::shorten).toArray(String[]::new));
    Theme.style(axis);
    axis.setTickLabelFont(Theme.LABEL_FONT);
    axis.setGridBandsVisible(false);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
    axis.setInverted(true);
    axis.setRange(-0.5, Math.max(0, categories.size() - 1) + 0.5);
    return axis;
  }

  /** The name, cut with an ellipsis to fit {@link #NAME_WIDTH}. */
  static String shorten(String name) {
    if (width(name) <= NAME_WIDTH) {
      return name;
    }
    int keep = name.length();
    while (keep > 1 && width(name.substring(0, keep) + "\u2026") > NAME_WIDTH) {
      keep--;
    }
    return name.substring(0, keep) + "\u2026";
  }

  private static double width(String text) {
    return Theme.LABEL_FONT.getStringBounds(text, new FontRenderContext(null, true, true))
        .getWidth();
  }
}
