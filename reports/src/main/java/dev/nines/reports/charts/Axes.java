package dev.nines.reports.charts;

import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/** Builds JFreeChart value axes from {@link Axis} descriptions and fits their ranges. */
final class Axes {

  static {
    Headless.ensure();
  }

  /** Margin added on each side of a range fitted here, as a share of its length. */
  private static final double MARGIN = 0.05;

  private Axes() {}

  /**
   * The axis label: the label alone where the tick labels carry the unit ({@code s}, {@code 1/s},
   * {@code %}) or there is none ({@code 1}); otherwise "Label (unit)".
   */
  static String label(Axis axis) {
    switch (axis.unit()) {
      case "s":
      case "1/s":
      case "%":
      case "1":
      case "":
        return axis.label();
      default:
        return axis.label().isEmpty() ? axis.unit() : axis.label() + " (" + axis.unit() + ")";
    }
  }

  /**
   * A styled axis: logarithmic or linear, with tick labels in the axis's unit. A linear axis does
   * not stretch to include zero; call {@link NumberAxis#setAutoRangeIncludesZero} for bars.
   */
  static ValueAxis create(Axis axis) {
    ValueAxis result;
    if (axis.log()) {
      RoundLogAxis log = new RoundLogAxis(label(axis), axis.unit());
      log.setMinorTickMarksVisible(true);
      result = log;
    } else {
      NumberAxis linear = new NumberAxis(label(axis));
      linear.setStandardTickUnits(TickFormats.tickUnits(axis.unit()));
      linear.setAutoRangeIncludesZero(false);
      result = linear;
    }
    Theme.style(result);
    result.setLowerMargin(MARGIN);
    result.setUpperMargin(MARGIN);
    return result;
  }

  /**
   * Gives a linear axis in unit {@code 1} whole-number ticks (1, 2, 5, 10, ...; never 1.8 or 2.2)
   * when every finite one of the values is a whole number: a count of replicas or technicians.
   */
  static void wholeNumbers(ValueAxis axis, Axis model, List<double[]> values) {
    if (model.log() || !model.unit().equals("1") || !(axis instanceof NumberAxis number)) {
      return;
    }
    boolean any = false;
    for (double[] some : values) {
      if (some == null) {
        return;
      }
      for (double v : some) {
        if (Double.isFinite(v)) {
          if (v != Math.rint(v)) {
            return;
          }
          any = true;
        }
      }
    }
    if (any) {
      number.setStandardTickUnits(TickFormats.wholeTickUnits());
    }
  }

  /**
   * The values a log axis can show: non-positive ones become NaN (a gap); a linear axis gets the
   * values unchanged. Returns a new array; null stays null.
   */
  static double[] showable(double[] values, Axis axis) {
    if (values == null) {
      return null;
    }
    double[] result = values.clone();
    if (axis.log()) {
      for (int i = 0; i < result.length; i++) {
        if (!(result[i] > 0)) {
          result[i] = Double.NaN;
        }
      }
    }
    return result;
  }

  /**
   * Stretches the axis, if needed, over these extra values (reference lines, which JFreeChart's
   * automatic range ignores) and keeps a flat series from zooming in to rounding noise (a range is
   * at least a millionth of its values; a domain axis with one value spans a fifth of it). Call
   * after the plot has its datasets.
   *
   * @param includeZero whether the range must reach zero (bars grow from it)
   */
  static void fit(XYPlot plot, ValueAxis axis, boolean includeZero, double... extra) {
    boolean log = axis instanceof LogAxis;
    Range data = plot.getDataRange(axis);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    if (data != null) {
      low = data.getLowerBound();
      high = data.getUpperBound();
    }
    for (double v : extra) {
      if (Double.isFinite(v) && (!log || v > 0)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    if (!(low <= high) || Double.isInfinite(low) || Double.isInfinite(high)) {
      return; // nothing to show: JFreeChart's default range will do
    }
    if (includeZero && !log) {
      low = Math.min(low, 0);
      high = Math.max(high, 0);
    }
    double magnitude = Math.max(Math.abs(low), Math.abs(high));
    // Values may differ in the sixth digit (availabilities); but a lone x is shown with room.
    double smallest = low == high && axis == plot.getDomainAxis()
        ? (magnitude > 0 ? magnitude * 0.2 : 1) : Math.max(magnitude * 1e-6, 1e-12);
    if (axis instanceof NumberAxis number) {
      number.setAutoRangeMinimumSize(smallest);
    }
    if (data != null && low >= data.getLowerBound() && high <= data.getUpperBound()) {
      return; // the automatic range already shows everything
    }
    if (log) {
      double a = Math.log10(low);
      double b = Math.log10(high);
      double pad = Math.max(b - a, 0.2) * MARGIN;
      axis.setRange(Math.pow(10, a - pad), Math.pow(10, b + pad));
      return;
    }
    if (high - low < smallest) {
      double middle = (low + high) / 2;
      low = middle - smallest / 2;
      high = middle + smallest / 2;
    }
    double pad = (high - low) * MARGIN;
    axis.setRange(includeZero && low == 0 ? 0 : low - pad,
        includeZero && high == 0 ? 0 : high + pad);
  }
}
