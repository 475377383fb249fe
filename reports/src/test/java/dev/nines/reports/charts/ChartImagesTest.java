package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** PNG and SVG output: headless, sized, escaped, deterministic. */
class ChartImagesTest {

  private static final String NASTY = "Latency <script>alert('x')</script> & \"quotes\"";

  private static Chart nasty() {
    return new Chart("nasty", Chart.Kind.LINES, NASTY, Axis.linear("Time & <tag>", "s"),
        Axis.linear("\"Rate\"", "1/s"), null, List.of(),
        List.of(Series.line("a <b> & c", "g", Style.SIMULATED, new double[] {0, 1, 2},
            new double[] {1, 2, 3})),
        List.of(Marker.atX("</text>", 1, Style.TARGET)));
  }

  @Test
  void rendersWithoutADisplay() {
    ChartImages.png(nasty());
    assertEquals("true", System.getProperty("java.awt.headless"));
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void escapesText() throws Exception {
    Document svg = ImageChecks.checkImages(nasty(), 800, 480);
    List<String> texts = ImageChecks.texts(svg);
    assertTrue(texts.contains("a <b> & c"), texts.toString());
    assertTrue(texts.contains("</text>"), texts.toString());
    assertFalse(ChartImages.svg(nasty()).contains("<script>"));
  }

  @Test
  void svgIsAStandaloneDocument() throws Exception {
    String svg = ChartImages.svg(nasty());
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg);
    assertFalse(svg.contains("<!DOCTYPE"));
    assertTrue(svg.contains("viewBox='0.0 0.0 800.0 480.0'"));
    assertTrue(svg.contains("id='nines-nasty-"), "defs ids carry the chart id");
  }

  @Test
  void sizes() {
    assertEquals(new Dimension(800, 480), ChartImages.size(nasty()));
    Chart rows = new Chart("rows", Chart.Kind.INTERVALS, "Rows", Axis.linear("", ""),
        Axis.linear("Availability", "1"), null, List.of("a", "b", "c", "d", "e"),
        List.of(Series.values("s", Style.SIMULATED, new double[5], null, null)), List.of());
    assertEquals(new Dimension(800, 150 + 5 * IntervalsPlot.ROW_HEIGHT), ChartImages.size(rows));
  }

  @Test
  void emptyChartsStillDraw() throws Exception {
    double nan = Double.NaN;
    Axis x = Axis.linear("x", "1");
    Axis y = Axis.linear("y", "1");
    List<Chart> empty = List.of(
        new Chart("no-rows", Chart.Kind.INTERVALS, "No rows", x, y, null, List.of(), List.of(),
            List.of()),
        new Chart("no-lines", Chart.Kind.LINES, "No lines", x, y, null, List.of(), List.of(),
            List.of()),
        new Chart("no-bins", Chart.Kind.HISTOGRAM, "No bins", x, y, null, List.of(), List.of(),
            List.of(Marker.atX("p50", 3, Style.SIMULATED))),
        new Chart("no-bars", Chart.Kind.PARETO, "No bars", x, y, null, List.of(),
            List.of(Series.values("none", Style.SIMULATED, new double[0], null, null)), List.of()),
        new Chart("no-values", Chart.Kind.HEATMAP, "No values", x, y, Axis.log("z", "s"),
            List.of(), List.of(new Series("z", "z", Style.SIMULATED, new double[] {1, 2},
                new double[] {1, 1}, null, null, new double[] {nan, nan})), List.of()));
    for (Chart chart : empty) {
      Dimension size = ChartImages.size(chart);
      ImageChecks.checkImages(chart, size.width, size.height);
    }
  }

  @Test
  void paletteIsOkabeIto() {
    assertEquals(0x0072B2, Palette.of(0).getRGB() & 0xFFFFFF);
    assertEquals(0xE69F00, Palette.of(1).getRGB() & 0xFFFFFF);
    assertEquals(0x000000, Palette.of(7).getRGB() & 0xFFFFFF);
    assertEquals(Palette.of(0), Palette.of(Palette.size()));
  }
}
