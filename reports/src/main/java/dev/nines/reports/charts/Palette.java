package dev.nines.reports.charts;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Okabe-Ito palette: eight colours that people with the common colour-vision deficiencies can
 * still tell apart (Okabe and Ito, "Color Universal Design", 2008).
 */
public final class Palette {

  static {
    Headless.ensure();
  }

  private static final Color[] COLOURS = {
    new Color(0x0072B2), // blue
    new Color(0xE69F00), // orange
    new Color(0x009E73), // bluish green
    new Color(0xCC79A7), // reddish purple
    new Color(0x56B4E9), // sky blue
    new Color(0xD55E00), // vermillion
    new Color(0xF0E442), // yellow
    new Color(0x000000), // black
  };

  private Palette() {}

  /** The number of distinct colours; {@link #of} repeats after that many. */
  public static int size() {
    return COLOURS.length;
  }

  /** The colour at this index, wrapping around after the last one. */
  public static Color of(int index) {
    return COLOURS[Math.floorMod(index, COLOURS.length)];
  }

  /**
   * One colour per {@link Series#group()}, in order of first appearance, so that the first group
   * is always blue and a group's simulated and formula curves share their colour.
   */
  static Map<String, Color> byGroup(List<Series> series) {
    Map<String, Color> colours = new LinkedHashMap<>();
    for (Series s : series) {
      colours.computeIfAbsent(s.group(), g -> of(colours.size()));
    }
    return colours;
  }

  /** The colour with this opacity (0 transparent, 1 opaque). */
  static Color translucent(Color colour, double alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
        (int) Math.round(255 * alpha));
  }
}
