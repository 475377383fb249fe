package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/**
 * The labels of reference lines: none overlaps another, none leaves the plot, each touches its own
 * line, and where there is room none lies across another line.
 */
class MarkerLabelsTest {

  private static final Rectangle2D AREA = new Rectangle2D.Double(75, 44, 705, 350);
  private static final double HEIGHT = 13;

  /** Checks the boxes of labels of lines at these positions: apart, inside, each at its line. */
  private static List<Rectangle2D> check(double[] at, double[] widths, boolean vertical) {
    List<Rectangle2D> boxes = MarkerLabels.layout(at, widths, HEIGHT, AREA, vertical, List.of());
    assertEquals(at.length, boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D box = boxes.get(i);
      assertTrue(AREA.contains(box), "inside the plot: " + box);
      for (int j = 0; j < i; j++) {
        assertFalse(box.intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
      }
      if (vertical) {
        assertEquals(widths[i], box.getWidth(), 1e-9);
        double side = Math.min(Math.abs(box.getMinX() - (at[i] + MarkerLabels.GAP)),
            Math.abs(box.getMaxX() - (at[i] - MarkerLabels.GAP)));
        assertEquals(0, side, 1e-9, "label " + i + " touches its line");
      } else {
        double side = Math.min(Math.abs(box.getMaxY() - (at[i] - MarkerLabels.GAP)),
            Math.abs(box.getMinY() - (at[i] + MarkerLabels.GAP)));
        assertEquals(0, side, 1e-9, "label " + i + " touches its line");
      }
    }
    return boxes;
  }

  private static boolean crosses(Rectangle2D box, double line) {
    return line > box.getMinX() && line < box.getMaxX();
  }

  @Test
  void percentilesCloseTogetherGetRowsOfTheirOwn() {
    // p50 and p95 two pixels apart, MTTR's formula five further: the histogram of a skewed sample.
    double[] at = {80, 82, 87, 400};
    double[] widths = {26, 26, 90, 26};
    List<Rectangle2D> boxes = check(at, widths, true);
    assertEquals(boxes.get(3).getMinY(), AREA.getMinY() + MarkerLabels.GAP, "p99 alone on top");
  }

  @Test
  void aLabelNearTheEdgeGoesLeftOfItsLineWithoutLyingAcrossAnother() {
    // The mean at 600, its formula at 760, near the right edge: the formula's label goes left of
    // its own line, and does not reach back over the mean's.
    double[] at = {600, 760};
    double[] widths = {30, 84};
    List<Rectangle2D> boxes = check(at, widths, true);
    assertEquals(at[1] - MarkerLabels.GAP, boxes.get(1).getMaxX(), 1e-9, "left of its line");
    assertFalse(crosses(boxes.get(1), at[0]));
    assertFalse(crosses(boxes.get(0), at[1]));
  }

  @Test
  void aLabelTakesTheSideWhereItLiesAcrossNoOtherLine() {
    // Three lines 20 px apart, 50 px labels: the outer ones go outwards, clear of every line;
    // the middle one cannot help crossing a neighbour, but still touches its own line.
    double[] at = {300, 320, 340};
    double[] widths = {50, 50, 50};
    List<Rectangle2D> boxes = check(at, widths, true);
    assertEquals(at[0] - MarkerLabels.GAP, boxes.get(0).getMaxX(), 1e-9, "left of the first");
    assertEquals(at[2] + MarkerLabels.GAP, boxes.get(2).getMinX(), 1e-9, "right of the last");
    for (int i : new int[] {0, 2}) {
      for (double line : at) {
        assertFalse(line != at[i] && crosses(boxes.get(i), line), "label " + i + " at " + line);
      }
    }
  }

  @Test
  void labelsOfHorizontalLinesSitAtTheRightEndInsideThePlot() {
    // A steady state and a target four pixels apart, the steady state at the very top.
    double[] at = {AREA.getMinY() + 2, AREA.getMinY() + 6};
    double[] widths = {70, 160};
    List<Rectangle2D> boxes = check(at, widths, false);
    for (Rectangle2D box : boxes) {
      assertTrue(box.getMaxX() <= AREA.getMaxX() - MarkerLabels.GAP, "clear of the edge");
    }
  }

  @Test
  void aPlotsLabelsAreOneAnnotationAndItsMarkersCarryNone() {
    Chart chart = new Chart("h", Chart.Kind.HISTOGRAM, "Outages", Axis.linear("Outage", "s"),
        Axis.linear("Count", "1"), null, List.of(),
        List.of(Series.line("outages", "o", Style.SIMULATED, new double[] {0, 10, 20},
            new double[] {5, 1})),
        List.of(Marker.atX("p50", 2, Style.SIMULATED), Marker.atX("p95", 2.2, Style.SIMULATED),
            Marker.atX("mean, formula", 19.5, Style.ANALYTIC)));
    JFreeChart drawn = ChartRenderer.draw(chart);
    assertEquals(List.of("p50", "p95", "mean, formula"),
        ImageChecks.markerLabels(drawn.getXYPlot()));
    for (Object m : drawn.getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
      assertEquals(null, ((ValueMarker) m).getLabel(), "no label of JFreeChart's own");
    }
  }
}
