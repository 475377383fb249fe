package dev.nines.reports.charts;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A {@link Chart} as a PNG image or an SVG document, drawn by {@link ChartRenderer}. Works without
 * a display (it turns on headless AWT unless the property is already set) and is deterministic:
 * the same chart always gives the same bytes, so images can be compared and cached.
 */
public final class ChartImages {

  static {
    Headless.ensure();
  }

  /** The width of most charts, in pixels. */
  public static final int WIDTH = 800;
  /** The height of most charts, in pixels. */
  public static final int HEIGHT = 480;

  private ChartImages() {}

  /**
   * The image size in pixels: 800 x 480, except that an interval chart grows by a row per
   * category and a Pareto chart widens for many categories and heightens for turned names.
   */
  public static Dimension size(Chart chart) {
    switch (chart.kind()) {
      case INTERVALS:
        return IntervalsPlot.size(chart);
      case PARETO:
        return ParetoPlot.size(chart);
      default:
        return new Dimension(WIDTH, HEIGHT);
    }
  }

  /** The chart as a PNG image of {@link #size}, opaque with a white background. */
  public static byte[] png(Chart chart) {
    JFreeChart drawn = ChartRenderer.draw(chart);
    Dimension size = size(chart);
    BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      drawn.draw(g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    } finally {
      g2.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /**
   * The chart as a standalone SVG document: an XML declaration, then one {@code svg} element with
   * {@code width} and {@code height} of {@link #size} in pixels and a matching {@code viewBox}, so
   * it scales when put inline in HTML. There is no DOCTYPE (an XML parser would fetch its DTD from
   * the web). Ids in its {@code defs} start with {@code nines-} and the chart id, so several charts
   * can share one HTML page.
   */
  public static String svg(Chart chart) {
    JFreeChart drawn = ChartRenderer.draw(chart);
    Dimension size = size(chart);
    SVGGraphics2D g2 = new SVGGraphics2D(size.width, size.height);
    g2.setDefsKeyPrefix("nines-" + chart.id() + "-"); // the default holds System.nanoTime()
    drawn.draw(g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    String element = g2.getSVGElement(null, true, new ViewBox(0, 0, size.width, size.height),
        null, null);
    // JFreeSVG writes width='800.0'; whole pixels read better and match the PNG.
    int end = element.indexOf('>');
    String start = element.substring(0, end)
        .replace("width='" + (double) size.width + "'", "width='" + size.width + "'")
        .replace("height='" + (double) size.height + "'", "height='" + size.height + "'");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + start + element.substring(end)
        + "\n";
  }
}
