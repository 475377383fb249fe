package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Shared checks: the images of a chart decode at their size, and twice give the same bytes. */
final class ImageChecks {

  private ImageChecks() {}

  /**
   * Renders the chart to PNG and SVG twice each; checks the PNG decodes at {@code size}, the SVG
   * parses as XML with that width and height and holds the title, and both are byte-identical
   * across calls. Returns the parsed SVG.
   */
  static Document checkImages(Chart chart, int width, int height) throws Exception {
    assertEquals(new Dimension(width, height), ChartImages.size(chart));

    byte[] png = ChartImages.png(chart);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "PNG decodes");
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    assertArrayEquals(png, ChartImages.png(chart), "PNG is deterministic");

    String svg = ChartImages.svg(chart);
    assertEquals(svg, ChartImages.svg(chart), "SVG is deterministic");
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals(String.valueOf(width), root.getAttribute("width"));
    assertEquals(String.valueOf(height), root.getAttribute("height"));
    assertTrue(texts(document).contains(chart.title()), "SVG shows the title");
    return document;
  }

  /** Parses an SVG document, refusing any DOCTYPE (it would make parsers fetch a DTD). */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  /** The text of every {@code text} element. */
  static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add(nodes.item(i).getTextContent());
    }
    return result;
  }

  /** The labels of the legend entries, in order. */
  static List<String> labels(LegendItemCollection items) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      result.add(item.getLabel());
    }
    return result;
  }

  /** The labelled tick values of an axis of the chart as drawn: see {@link ChartTicks#of}. */
  static List<Double> ticks(Chart chart, JFreeChart drawn, ValueAxis axis) {
    return ChartTicks.of(chart, drawn, axis);
  }

  /** The texts of a plot's reference-line labels, in the order of its markers. */
  static List<String> markerLabels(XYPlot plot) {
    List<String> result = new ArrayList<>();
    plot.getAnnotations().stream().filter(MarkerLabels.class::isInstance)
        .map(MarkerLabels.class::cast)
        .forEach(m -> m.labels().forEach(label -> result.add(label.text())));
    return result;
  }

  /** Whether the stroke is dashed or dotted. */
  static boolean broken(Stroke stroke) {
    return stroke instanceof BasicStroke basic && basic.getDashArray() != null;
  }
}
