package dev.nines.reports.charts;

import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link Chart} as a JFreeChart object, which {@link ChartImages} turns into PNG and SVG.
 * Each kind has its own plot class; this one only chooses.
 */
public final class ChartRenderer {

  static {
    Headless.ensure();
  }

  private ChartRenderer() {}

  /**
   * The chart, drawn as its {@link Chart.Kind} says.
   *
   * @throws IllegalArgumentException if the series do not fit the kind (a histogram without n + 1
   *     edges, a Pareto chart without one value per category, ...)
   */
  public static JFreeChart draw(Chart chart) {
    switch (chart.kind()) {
      case INTERVALS:
        return IntervalsPlot.draw(chart);
      case LINES:
        return LinesPlot.draw(chart);
      case HISTOGRAM:
        return HistogramPlot.draw(chart);
      case PARETO:
        return ParetoPlot.draw(chart);
      case HEATMAP:
        return HeatMapPlot.draw(chart);
      default:
        throw new AssertionError("unknown chart kind " + chart.kind());
    }
  }

  /** Throws an IllegalArgumentException naming the chart unless the condition holds. */
  static void require(boolean condition, Chart chart, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("chart " + chart.id() + ": " + problem);
    }
  }

  /**
   * The label, or the label with " (2)", " (3)", ... when an earlier series took it: JFreeChart
   * datasets need distinct keys, while two series of a chart may share a legend text.
   */
  static String uniqueKey(String label, Set<String> used) {
    String key = label;
    for (int n = 2; !used.add(key); n++) {
      key = label + " (" + n + ")";
    }
    return key;
  }
}
