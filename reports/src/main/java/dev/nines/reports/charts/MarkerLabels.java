package dev.nines.reports.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * The labels of a plot's reference lines, laid out together once the plot knows where each line
 * falls, so that no two labels overlap, none leaves the plot, and each sits against its own line:
 * a label never lies between two other lines, where it could be read as theirs. Labels of lines
 * across the values (a percentile on a histogram, the mean beside its formula) go along the top,
 * right of the line where there is room, else left of it, a row lower only when both sides are
 * taken; labels of lines along the values (a steady state, a target) go at the right end, above
 * the line, else below it, further left only when both are taken. JFreeChart's own marker labels
 * are placed one by one and collide (p50 over p95), or run off the plot near an edge.
 */
final class MarkerLabels extends AbstractXYAnnotation {

  static {
    Headless.ensure();
  }

  private static final long serialVersionUID = 1L;

  /** Space between a label and its line, and around the text inside its box. */
  static final double GAP = 3;

  /** Rows (or columns) a label may move down (or left) to avoid crossing another line. */
  static final int TIDY_ROWS = 4;

  /** One label: its text, the value of its line, and whether that value is on the x axis. */
  record Label(String text, double value, boolean onX) {
    Label {
      Objects.requireNonNull(text, "text");
    }
  }

  private final List<Label> labels;

  MarkerLabels(List<Label> labels) {
    this.labels = List.copyOf(labels);
  }

  List<Label> labels() {
    return labels;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
    List<Double> across = new ArrayList<>(); // pixel x of lines drawn top to bottom
    List<String> acrossText = new ArrayList<>();
    List<Double> along = new ArrayList<>(); // pixel y of lines drawn left to right
    List<String> alongText = new ArrayList<>();
    for (Label label : labels) {
      ValueAxis axis = label.onX() ? domainAxis : rangeAxis;
      if (axis == null || !axis.getRange().contains(label.value())) {
        continue;
      }
      double at = axis.valueToJava2D(label.value(), dataArea,
          label.onX() ? plot.getDomainAxisEdge() : plot.getRangeAxisEdge());
      // A value on the x axis draws a vertical line, unless the plot is turned.
      boolean vertical = label.onX() != horizontal;
      (vertical ? across : along).add(at);
      (vertical ? acrossText : alongText).add(label.text());
    }
    g2.setFont(Theme.MARKER_FONT);
    double height = g2.getFontMetrics().getAscent() + g2.getFontMetrics().getDescent();
    List<Rectangle2D> placed = new ArrayList<>();
    List<Rectangle2D> boxes = new ArrayList<>(layout(unbox(across), widths(g2, acrossText),
        height, dataArea, true, placed));
    placed.addAll(boxes);
    List<Rectangle2D> more = layout(unbox(along), widths(g2, alongText), height, dataArea, false,
        placed);
    List<String> texts = new ArrayList<>(acrossText);
    texts.addAll(alongText);
    boxes.addAll(more);
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D box = boxes.get(i);
      g2.setPaint(new Color(255, 255, 255, 210));
      g2.fill(box);
      g2.setPaint(Theme.TEXT);
      TextUtils.drawAlignedString(texts.get(i), g2, (float) (box.getX() + GAP / 2),
          (float) (box.getCenterY()), TextAnchor.CENTER_LEFT);
    }
  }

  private static double[] widths(Graphics2D g2, List<String> texts) {
    double[] widths = new double[texts.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = g2.getFontMetrics().getStringBounds(texts.get(i), g2).getWidth() + GAP;
    }
    return widths;
  }

  /**
   * Where the labels of lines at these pixel positions go: one box per line, in the order given,
   * each inside the area, none overlapping another or one of {@code taken}, each touching its
   * line's side (at {@link #GAP}). Vertical lines get their labels along the top, horizontal ones
   * at the right end. A label first looks for a place that no other line crosses within
   * {@link #TIDY_ROWS} rows; failing that, any free place; failing that, the first place, so that
   * nothing is lost on a crowded plot.
   *
   * @param at the line's x (vertical) or y (horizontal) in pixels
   * @param widths each label's width in pixels
   * @param height the height of a label
   */
  static List<Rectangle2D> layout(double[] at, double[] widths, double height, Rectangle2D area,
      boolean vertical, List<Rectangle2D> taken) {
    Integer[] order = new Integer[at.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> at[i]));
    Rectangle2D[] result = new Rectangle2D[at.length];
    List<Rectangle2D> placed = new ArrayList<>(taken);
    double step = vertical ? height + 2 : 0;
    int rows = vertical ? (int) Math.max(1, Math.floor(area.getHeight() * 0.6 / step)) : 0;
    for (int i : order) {
      Rectangle2D box = null;
      for (int pass = 0; pass < 2 && box == null; pass++) {
        boolean tidy = pass == 0;
        List<Rectangle2D> candidates = vertical
            ? acrossCandidates(at[i], widths[i], height, area, tidy ? TIDY_ROWS : rows)
            : alongCandidates(at[i], widths[i], height, area, tidy ? TIDY_ROWS : columns(widths,
                area));
        for (Rectangle2D c : candidates) {
          if (inside(c, area) && free(c, placed) && (!tidy || !crosses(c, at, i, vertical))) {
            box = c;
            break;
          }
        }
      }
      if (box == null) {
        box = vertical ? acrossCandidates(at[i], widths[i], height, area, 1).get(0)
            : alongCandidates(at[i], widths[i], height, area, 1).get(0);
      }
      result[i] = box;
      placed.add(box);
    }
    return List.of(result);
  }

  /** Along the top: right of the line, else left, a row lower each time both are tried. */
  private static List<Rectangle2D> acrossCandidates(double x, double width, double height,
      Rectangle2D area, int rows) {
    List<Rectangle2D> list = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      double y = area.getMinY() + GAP + row * (height + 2);
      list.add(new Rectangle2D.Double(x + GAP, y, width, height));
      list.add(new Rectangle2D.Double(x - GAP - width, y, width, height));
    }
    return list;
  }

  /** At the right end: above the line, else below, a label's width further left each time. */
  private static List<Rectangle2D> alongCandidates(double y, double width, double height,
      Rectangle2D area, int columns) {
    List<Rectangle2D> list = new ArrayList<>();
    for (int column = 0; column < columns; column++) {
      double right = area.getMaxX() - 2 * GAP - column * (width + 2 * GAP);
      list.add(new Rectangle2D.Double(right - width, y - GAP - height, width, height));
      list.add(new Rectangle2D.Double(right - width, y + GAP, width, height));
    }
    return list;
  }

  private static int columns(double[] widths, Rectangle2D area) {
    double narrowest = java.util.Arrays.stream(widths).min().orElse(area.getWidth());
    return (int) Math.max(1, Math.floor(area.getWidth() / (narrowest + 2 * GAP)));
  }

  private static boolean inside(Rectangle2D box, Rectangle2D area) {
    return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX()
        && box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY();
  }

  private static boolean free(Rectangle2D box, List<Rectangle2D> placed) {
    for (Rectangle2D other : placed) {
      if (box.intersects(other)) {
        return false;
      }
    }
    return true;
  }

  /** Whether another line (not one on top of this label's own) runs through the box. */
  private static boolean crosses(Rectangle2D box, double[] at, int own, boolean vertical) {
    double from = vertical ? box.getMinX() : box.getMinY();
    double to = vertical ? box.getMaxX() : box.getMaxY();
    for (int j = 0; j < at.length; j++) {
      if (j != own && Math.abs(at[j] - at[own]) > 1 && at[j] > from && at[j] < to) {
        return true;
      }
    }
    return false;
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarkerLabels m && labels.equals(m.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }
}
