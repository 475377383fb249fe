package dev.nines.reports.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;

/** Draws a chart's {@link Marker}s on an x-y plot and stretches the axes to show them. */
final class ReferenceLines {

  static {
    Headless.ensure();
  }

  /** Labels of lines beyond this share of the axis go on the other side of the line. */
  private static final double FLIP_AT = 0.82;

  private ReferenceLines() {}

  /**
   * Fits both axes over the data and the markers, then adds each marker as a labelled line in
   * front of the data (vertical for {@link Marker#onX()}) and its legend entry. A marker at zero or
   * below on a log axis cannot be drawn and is left out.
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

    int vertical = 0;
    int horizontal = 0;
    for (Marker marker : drawn) {
      if (marker.onX()) {
        plot.addDomainMarker(Theme.marker(marker, vertical++, beyond(xAxis, marker.value())),
            Layer.FOREGROUND);
      } else {
        plot.addRangeMarker(Theme.marker(marker, horizontal++, beyond(yAxis, marker.value())),
            Layer.FOREGROUND);
      }
      legend.add(Theme.markerItem(marker));
    }
  }

  /** Whether the value lies in the last part of the axis, where a label would run off. */
  static boolean beyond(ValueAxis axis, double value) {
    Range range = axis.getRange();
    double share = axis instanceof LogAxis
        ? Math.log(value / range.getLowerBound())
            / Math.log(range.getUpperBound() / range.getLowerBound())
        : (value - range.getLowerBound()) / range.getLength();
    return share > FLIP_AT;
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
