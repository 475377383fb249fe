package dev.nines.reports.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** Draws a chart's {@link Marker}s on an x-y plot and stretches the axes to show them. */
final class ReferenceLines {

  static {
    Headless.ensure();
  }

  private ReferenceLines() {}

  /**
   * Fits both axes over the data and the markers, then adds each marker as a line in front of the
   * data (vertical for {@link Marker#onX()}) with its legend entry, and one {@link MarkerLabels}
   * that writes every label where it collides with no other. A marker at zero or below on a log
   * axis cannot be drawn and is left out.
   *
   * @param rangeFromZero whether the value axis must reach zero (bars)
   * @param alsoY further values the value axis must show (where bars start on a log axis)
   */
  static void addTo(XYPlot plot, List<Marker> markers, LegendItemCollection legend,
      boolean rangeFromZero, double... alsoY) {
    ValueAxis xAxis = plot.getDomainAxis();
    ValueAxis yAxis = plot.getRangeAxis();
    List<Marker> drawn = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (double y : alsoY) {
      ys.add(y);
    }
    for (Marker marker : markers) {
      boolean log = (marker.onX() ? xAxis : yAxis) instanceof LogAxis;
      if (!log || marker.value() > 0) {
        drawn.add(marker);
        (marker.onX() ? xs : ys).add(marker.value());
      }
    }
    Axes.fit(plot, xAxis, false, unbox(xs));
    Axes.fit(plot, yAxis, rangeFromZero, unbox(ys));
    addLines(plot, drawn, legend);
  }

  /**
   * Adds the markers as lines with their legend entries and their labels, without fitting the
   * axes (a plot whose axes are fitted already).
   */
  static void addLines(XYPlot plot, List<Marker> markers, LegendItemCollection legend) {
    List<MarkerLabels.Label> labels = new ArrayList<>();
    for (Marker marker : markers) {
      if (marker.onX()) {
        plot.addDomainMarker(Theme.line(marker), Layer.FOREGROUND);
      } else {
        plot.addRangeMarker(Theme.line(marker), Layer.FOREGROUND);
      }
      labels.add(new MarkerLabels.Label(marker.label(), marker.value(), marker.onX()));
      legend.add(Theme.markerItem(marker));
    }
    if (!labels.isEmpty()) {
      plot.addAnnotation(new MarkerLabels(labels));
    }
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
