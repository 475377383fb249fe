package dev.nines.reports.charts;

import dev.nines.simulator.Durations;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis whose labelled ticks fall on round values: powers of ten, or 1, 2 and 5 times them,
 * or every digit; for times, round durations (1 ms, 1 s, 1 m, 1 h, 1 d, 1 y, then 10 s, 6 h, 7 d,
 * ...). It takes the finest of these that leaves room between the labels. JFreeChart's own
 * {@link LogAxis} steps by fractions of a decade, which gives ticks such as 5.27 m.
 */
final class RoundLogAxis extends LogAxis {

  private static final long serialVersionUID = 1L;

  private static final double[][] DURATION_LEVELS = durationLevels();

  private final String unit;

  /** An axis with this label whose ticks are labelled by {@link TickFormats#of} the unit. */
  RoundLogAxis(String label, String unit) {
    super(label);
    this.unit = unit;
    setNumberFormatOverride(TickFormats.of(unit));
  }

  @Override
  public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
      RectangleEdge edge) {
    double low = Math.max(getLowerBound(), getSmallestValue());
    double high = getUpperBound();
    if (!(low > 0 && high > low)) {
      return new ArrayList<>();
    }
    boolean across = RectangleEdge.isTopOrBottom(edge);
    NumberFormat format = TickFormats.of(unit);
    List<Double> chosen = null;
    for (int level = 2; level >= 0 && chosen == null; level--) {
      List<Double> ticks = candidates(level, low, high);
      if (ticks.size() >= 2 && fits(g2, ticks, format, dataArea, edge, across)) {
        chosen = ticks;
      }
    }
    if (chosen == null) {
      List<Double> decades = candidates(0, low, high);
      for (int every = 2; decades.size() > 2 && chosen == null; every++) {
        List<Double> thinned = new ArrayList<>();
        for (int i = 0; i < decades.size(); i += every) {
          thinned.add(decades.get(i));
        }
        if (thinned.size() <= 2 || fits(g2, thinned, format, dataArea, edge, across)) {
          chosen = thinned;
        }
      }
    }
    if (chosen == null || chosen.size() < 2) {
      chosen = linear(low, high);
    }
    TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
        : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
        : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
    List<NumberTick> result = new ArrayList<>();
    for (double v : chosen) {
      result.add(new NumberTick(TickType.MAJOR, v, format.format(v), anchor, anchor, 0));
    }
    for (double v : candidates(2, low, high)) {
      if (!chosen.contains(v)) {
        result.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0));
      }
    }
    return result;
  }

  /** Whether labels of these ticks leave room between each other. */
  private boolean fits(Graphics2D g2, List<Double> ticks, NumberFormat format,
      Rectangle2D area, RectangleEdge edge, boolean across) {
    double need = 0;
    for (double v : ticks) {
      Rectangle2D bounds = getTickLabelFont().getStringBounds(format.format(v),
          g2.getFontRenderContext());
      need = Math.max(need, across ? bounds.getWidth() + 14 : bounds.getHeight() + 8);
    }
    for (int i = 1; i < ticks.size(); i++) {
      double gap = Math.abs(valueToJava2D(ticks.get(i), area, edge)
          - valueToJava2D(ticks.get(i - 1), area, edge));
      if (gap < need) {
        return false;
      }
    }
    return true;
  }

  /** The round values from low to high: level 0 the coarsest, 2 the finest. */
  private List<Double> candidates(int level, double low, double high) {
    TreeSet<Double> values = new TreeSet<>();
    if (unit.equals("s")) {
      for (double v : DURATION_LEVELS[level]) {
        values.add(v);
      }
    } else {
      int[] steps = level == 0 ? new int[] {1} : level == 1 ? new int[] {1, 2, 5}
          : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
      int first = (int) Math.floor(Math.log10(low));
      int last = (int) Math.ceil(Math.log10(high));
      for (int e = first; e <= last; e++) {
        for (int step : steps) {
          values.add(round(step * Math.pow(10, e)));
        }
      }
    }
    return new ArrayList<>(values.subSet(low * (1 - 1e-9), true, high * (1 + 1e-9), true));
  }

  /** For a range too narrow to hold two round values: four or so evenly spaced ticks. */
  private static List<Double> linear(double low, double high) {
    double raw = (high - low) / 4;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw <= power ? power : raw <= 2 * power ? 2 * power
        : raw <= 5 * power ? 5 * power : 10 * power;
    List<Double> ticks = new ArrayList<>();
    for (double v = Math.ceil(low / step) * step; v <= high; v += step) {
      ticks.add(round(v));
    }
    return ticks;
  }

  /** The value with twelve significant digits, so that 3 * 0.1 is 0.3. */
  private static double round(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.11e", v));
  }

  private static double[][] durationLevels() {
    List<Double> coarse = new ArrayList<>();
    List<Double> middle = new ArrayList<>();
    List<Double> fine = new ArrayList<>();
    for (int e = -9; e <= -1; e++) {
      double decade = round(Math.pow(10, e));
      coarse.add(decade);
      for (int step : new int[] {1, 2, 5}) {
        middle.add(round(step * decade));
        fine.add(round(step * decade));
      }
    }
    for (String u : new String[] {"s", "m", "h", "d", "y"}) {
      coarse.add(Durations.unit(u));
    }
    add(middle, "s", 1, 10);
    add(middle, "m", 1, 10);
    add(middle, "h", 1, 6);
    add(middle, "d", 1, 7, 30);
    add(fine, "s", 1, 2, 5, 10, 15, 30);
    add(fine, "m", 1, 2, 5, 10, 15, 30);
    add(fine, "h", 1, 2, 3, 6, 12);
    add(fine, "d", 1, 2, 7, 14, 30);
    for (int e = 0; e <= 6; e++) {
      double decade = Math.pow(10, e);
      if (e > 0) {
        add(coarse, "y", decade);
      }
      add(middle, "y", decade, 2 * decade, 5 * decade);
      add(fine, "y", decade, 2 * decade, 5 * decade);
    }
    return new double[][] {unbox(coarse), unbox(middle), unbox(fine)};
  }

  private static void add(List<Double> values, String unit, double... counts) {
    for (double count : counts) {
      values.add(count * Durations.unit(unit));
    }
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoundLogAxis a && unit.equals(a.unit) && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode() * 31 + unit.hashCode();
  }
}
