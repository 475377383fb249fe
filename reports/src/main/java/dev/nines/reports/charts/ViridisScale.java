package dev.nines.reports.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Heat-map colours along viridis (van der Walt and Smith, matplotlib): dark purple through blue
 * and green to yellow, evenly bright step by step, readable in grey and by colour-blind people.
 * The ramp interpolates eleven anchors taken from viridis. Values outside the bounds get the end
 * colours; NaN gets light grey. On a log scale colours are spread evenly over the logarithms.
 */
final class ViridisScale implements PaintScale {

  static {
    Headless.ensure();
  }

  private static final int[] ANCHORS = {
    0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C,
    0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
  };

  /** The colour of a missing value. */
  static final Color MISSING = new Color(0xDDDDDD);

  private final double lower;
  private final double upper;
  private final boolean log;

  /** A scale from lower (purple) to upper (yellow); both positive when log. */
  ViridisScale(double lower, double upper, boolean log) {
    if (!(lower < upper) || (log && !(lower > 0))) {
      throw new IllegalArgumentException("bad colour scale bounds " + lower + ", " + upper);
    }
    this.lower = lower;
    this.upper = upper;
    this.log = log;
  }

  @Override
  public double getLowerBound() {
    return lower;
  }

  @Override
  public double getUpperBound() {
    return upper;
  }

  @Override
  public Paint getPaint(double value) {
    if (Double.isNaN(value)) {
      return MISSING;
    }
    double share = log
        ? (Math.log(Math.max(value, lower)) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
        : (value - lower) / (upper - lower);
    return colour(Math.max(0, Math.min(1, share)));
  }

  /** The colour a share (0 to 1) of the way along the ramp. */
  static Color colour(double share) {
    double position = share * (ANCHORS.length - 1);
    int i = Math.min((int) Math.floor(position), ANCHORS.length - 2);
    double t = position - i;
    Color a = new Color(ANCHORS[i]);
    Color b = new Color(ANCHORS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
        mix(a.getBlue(), b.getBlue(), t));
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ViridisScale v && lower == v.lower && upper == v.upper && log == v.log;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lower) * 31 + Double.hashCode(upper) + (log ? 1 : 0);
  }
}
