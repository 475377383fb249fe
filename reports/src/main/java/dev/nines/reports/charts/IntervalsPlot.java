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
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@link Chart.Kind#INTERVALS}: one row per category, stacked, each on its own value scale zoomed
 * to its confidence interval and formula value, so that a narrow whisker is still seen beside the
 * formula. In a row the simulated mean is a dot with a whisker from low to high, and each formula
 * (or target) series a vertical dashed (or dotted) line. A row with no simulated mean says
 * {@value #NO_DATA}. Rows are the subplots of a {@link CombinedDomainXYPlot}, in the order of
 * the categories, each with the category name as the label of its own (otherwise hidden) domain
 * axis at its left; the shared domain axis is hidden. A row's dataset holds one series per
 * simulated series, keyed by its label; its range markers are the formula lines.
 */
final class IntervalsPlot {

  static {
    Headless.ensure();
  }

  /** The legend text of a lone simulated series. */
  static final String SIMULATED_LABEL = "simulated mean, CI";
  /** The legend text of a lone formula series, also written beside its lines. */
  static final String FORMULA_LABEL = "formula";
  /** What a row without a simulated mean says. */
  static final String NO_DATA = "no data";

  /** Pixels per row, and for everything else (title, legend, bottom axis label). */
  static final int ROW_HEIGHT = 110;
  static final int FRAME_HEIGHT = 150;

  /** The widest the category names may be, in pixels; longer ones are cut with an ellipsis. */
  private static final double NAME_WIDTH = 260;

  private IntervalsPlot() {}

  /** 800 wide, 150 + 110 per row high. */
  static Dimension size(Chart chart) {
    int rows = Math.max(1, chart.categories().size());
    return new Dimension(ChartImages.WIDTH, FRAME_HEIGHT + ROW_HEIGHT * rows);
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

    NumberAxis shared = new NumberAxis();
    shared.setRange(-1, 1);
    shared.setVisible(false);
    CombinedDomainXYPlot rows = new CombinedDomainXYPlot(shared);
    rows.setGap(6);
    AxisSpace names = new AxisSpace();
    names.setLeft(nameWidth(categories) + 16);
    for (int i = 0; i < categories.size(); i++) {
      XYPlot row = row(chart, i, simulated, references, colours);
      rows.add(row, 1);
      row.setDomainAxis(nameAxis(shorten(categories.get(i)))); // after add, which clears it
      row.setFixedDomainAxisSpace(names, false);
      if (i == categories.size() - 1) {
        row.getRangeAxis().setLabel(Axes.label(chart.y()));
      }
    }

    LegendItemCollection legend = new LegendItemCollection();
    for (Series s : simulated) {
      legend.add(Theme.lineItem(simulated.size() == 1 ? SIMULATED_LABEL : s.label(),
          colours.get(s.group()), new BasicStroke(Theme.LINE_WIDTH), true));
    }
    for (Series s : references) {
      if (Arrays.stream(s.y()).anyMatch(Double::isFinite)) { // no entry for a line never drawn
        legend.add(Theme.lineItem(referenceLabel(s, references), colours.get(s.group()),
            Theme.line(s.style()), false));
      }
    }
    for (Marker marker : chart.markers()) {
      if (!marker.onX()) {
        legend.add(Theme.markerItem(marker));
      }
    }
    rows.setFixedLegendItems(legend);
    return Theme.chart(chart.title(), rows, Theme.wantsLegend(legend.getItemCount(), List.of()));
  }

  /** One category's row: its simulated points with whiskers and its reference lines. */
  private static XYPlot row(Chart chart, int i, List<Series> simulated, List<Series> references,
      Map<String, Color> colours) {
    XYPlot row = new XYPlot();
    row.setOrientation(PlotOrientation.HORIZONTAL);
    Theme.style(row);
    row.setDomainGridlinesVisible(false);
    ValueAxis value = Axes.create(chart.y());
    value.setLabel(null);
    row.setRangeAxis(value);

    List<Double> shown = new ArrayList<>();
    YIntervalSeriesCollection points = new YIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(false);
    renderer.setErrorStroke(new BasicStroke(Theme.LINE_WIDTH));
    renderer.setCapLength(10);
    boolean anyMean = false;
    Set<String> keys = new HashSet<>();
    for (int k = 0; k < simulated.size(); k++) {
      Series s = simulated.get(k);
      // The first series at the top; several series share the row's height.
      double position = ((simulated.size() - 1) / 2.0 - k) * (1.2 / simulated.size());
      YIntervalSeries point = new YIntervalSeries(ChartRenderer.uniqueKey(s.label(), keys), false,
          true);
      double mean = value(s.y(), i, chart.y());
      if (Double.isFinite(mean)) {
        anyMean = true;
        double low = s.hasBand() ? value(s.low(), i, chart.y()) : Double.NaN;
        double high = s.hasBand() ? value(s.high(), i, chart.y()) : Double.NaN;
        low = Double.isFinite(low) ? Math.min(low, mean) : mean;
        high = Double.isFinite(high) ? Math.max(high, mean) : mean;
        point.add(position, mean, low, high);
        shown.addAll(List.of(mean, low, high));
      }
      points.addSeries(point);
      renderer.setSeriesPaint(k, colours.get(s.group()));
      renderer.setSeriesShape(k, Theme.dot());
      renderer.setSeriesShapesVisible(k, true);
      renderer.setSeriesShapesFilled(k, true);
    }
    row.setDataset(points);
    row.setRenderer(renderer);

    for (Series s : references) {
      double v = value(s.y(), i, chart.y());
      if (Double.isFinite(v)) {
        shown.add(v);
      }
    }
    zoom(value, shown);

    // Vertical lines, once the scale is known: labels near the right edge go left of their line.
    int stagger = 0;
    for (Series s : references) {
      double v = value(s.y(), i, chart.y());
      if (Double.isFinite(v)) {
        ValueMarker line = Theme.marker(new Marker(referenceLabel(s, references), v, true,
            s.style()), stagger++, ReferenceLines.beyond(value, v));
        line.setPaint(colours.get(s.group()));
        line.setStroke(Theme.line(s.style()));
        row.addRangeMarker(0, line, Layer.FOREGROUND);
      }
    }
    for (Marker marker : chart.markers()) {
      if (!marker.onX() && (!chart.y().log() || marker.value() > 0)) {
        row.addRangeMarker(0, Theme.marker(Marker.atX(marker.label(), marker.value(),
            marker.style()), stagger++, ReferenceLines.beyond(value, marker.value())),
            Layer.FOREGROUND);
      }
    }
    if (!anyMean) {
      // At the left, clear of a formula line in the middle.
      double at = value instanceof LogAxis
          ? value.getLowerBound() * Math.pow(value.getUpperBound() / value.getLowerBound(), 0.03)
          : value.getLowerBound() + value.getRange().getLength() * 0.03;
      XYTextAnnotation note = new XYTextAnnotation(NO_DATA, 0, at);
      note.setTextAnchor(TextAnchor.CENTER_LEFT);
      note.setFont(Theme.NOTE_FONT);
      note.setPaint(Theme.MARKER_GREY);
      row.addAnnotation(note);
    }
    return row;
  }

  /** Fits the row's axis to its values, with room around them; an empty row gets 0 to 1. */
  private static void zoom(ValueAxis axis, List<Double> shown) {
    double low = shown.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double high = shown.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    if (Double.isNaN(low)) {
      axis.setRange(axis instanceof LogAxis ? 0.1 : 0, 1);
      axis.setTickLabelsVisible(false);
      return;
    }
    if (axis instanceof LogAxis) {
      double a = Math.log10(low);
      double b = Math.log10(high);
      double pad = Math.max((b - a) * 0.2, 0.05);
      axis.setRange(Math.pow(10, a - pad), Math.pow(10, b + pad));
      return;
    }
    double span = high - low;
    double pad = span > Math.max(Math.abs(high), Math.abs(low)) * 1e-9 ? span * 0.2
        : Math.max(Math.abs(high) * 1e-4, 1e-9);
    axis.setRange(low - pad, high + pad);
  }

  /** A value of a per-category series, NaN when a log axis cannot show it. */
  private static double value(double[] values, int i, Axis axis) {
    double v = values[i];
    return axis.log() && !(v > 0) ? Double.NaN : v;
  }

  private static String referenceLabel(Series s, List<Series> references) {
    return references.size() == 1 && s.style() == Style.ANALYTIC ? FORMULA_LABEL : s.label();
  }

  /** A hidden axis whose label, written level at the left of the row, names the category. */
  private static NumberAxis nameAxis(String name) {
    NumberAxis axis = new NumberAxis(name);
    Theme.style(axis);
    axis.setRange(-1, 1);
    axis.setTickLabelsVisible(false);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
    axis.setLabelAngle(Math.PI / 2);
    return axis;
  }

  private static double nameWidth(List<String> names) {
    double widest = 0;
    for (String name : names) {
      widest = Math.max(widest, width(shorten(name)));
    }
    return widest;
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
