package dev.nines.reports.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ready-made charts from plain numbers: the building blocks that runs, comparisons and sweeps call,
 * so that each only says what to show. Nothing here draws; see {@link ChartImages}.
 */
public final class Charts {

  /** How many bars a histogram has at most. */
  public static final int BINS = 30;

  /** How many times the median the 99th percentile must be for a histogram on a log axis. */
  public static final double SPREAD = 20;

  private Charts() {}

  /**
   * Simulated means with their intervals beside the formula's values, one row per category, all
   * on one scale. NaN marks an unknown value.
   */
  public static Chart intervals(String id, String title, Axis value, List<String> categories,
      double[] mean, double[] low, double[] high, double[] analytic) {
    return new Chart(id, Chart.Kind.INTERVALS, title, Axis.linear("", ""), value, null,
        categories, List.of(
            Series.values("simulated mean, confidence interval", Style.SIMULATED, mean, low, high),
            Series.values("formula", Style.ANALYTIC, analytic, null, null)),
        List.of());
  }

  /** The label of the zero line of a chart of differences. */
  public static final String NO_DIFFERENCE = "0: no difference";

  /**
   * Paired differences against a baseline with their intervals, one row per category, all on one
   * linear axis with zero marked by a line across every row: a whisker that crosses it is a
   * difference the replications cannot tell from none. The formulas' difference, where both have
   * one, beside each row; NaN marks an unknown value.
   */
  public static Chart differences(String id, String title, Axis value, List<String> categories,
      double[] mean, double[] low, double[] high, double[] analytic) {
    return new Chart(id, Chart.Kind.INTERVALS, title, Axis.linear("", ""),
        Axis.linear(value.label(), value.unit()), null, categories, List.of(
            Series.values("paired difference, confidence interval", Style.SIMULATED, mean, low,
                high),
            Series.values("difference of the formulas", Style.ANALYTIC, analytic, null, null)),
        List.of(Marker.atY(NO_DIFFERENCE, 0, Style.TARGET)));
  }

  /**
   * A histogram of samples: up to {@link #BINS} equal bins from 0 (or the smallest sample, when
   * negative) to the largest; when a long tail (the largest beyond 1.5 times the 99.5th
   * percentile) would squeeze the rest, to the 99.5th percentile, with the few samples beyond in
   * the last bin, which the title then says. Samples spread over orders of magnitude (all
   * positive, the 99th percentile twenty times the median or more: thirty-second switchovers
   * beside hours-long repairs) get bins of equal width on a log axis instead, from the smallest
   * to the largest, so that both kinds show, and their counts a log axis where the fullest bar
   * holds fifty times the emptiest. Null when there are fewer than two samples.
   */
  public static Chart histogram(String id, String title, Axis x, double[] samples,
      List<Marker> markers) {
    double[] sorted = Arrays.stream(samples).filter(Double::isFinite).sorted().toArray();
    if (sorted.length < 2) {
      return null;
    }
    int bins = Math.max(1, Math.min(BINS, (int) Math.ceil(Math.sqrt(sorted.length))));
    double median = sorted[(sorted.length - 1) / 2];
    double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)];
    if (sorted[0] > 0 && p99 >= SPREAD * median && sorted[sorted.length - 1] > sorted[0]) {
      return logHistogram(id, title, Axis.log(x.label(), x.unit()), sorted, bins, markers);
    }
    double from = Math.min(0, sorted[0]);
    double max = sorted[sorted.length - 1];
    double tail = sorted[(int) Math.min(sorted.length - 1, Math.ceil(0.995 * sorted.length) - 1)];
    // A long tail would squeeze the rest into a few bars: cut it at the 99.5th percentile.
    boolean clipped = max - from > 1.5 * (tail - from);
    double to = clipped ? tail : max;
    if (!(to > from)) {
      to = from + Math.max(1e-9, Math.abs(from) * 1e-6);
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = from + (to - from) * i / bins;
    }
    double[] counts = new double[bins];
    for (double v : sorted) {
      int bin = (int) Math.floor((v - from) / (to - from) * bins);
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    String full = title + " (" + sorted.length + (clipped ? ", the longest 0.5 % in the last bar)"
        : ")");
    return new Chart(id, Chart.Kind.HISTOGRAM, full, x, Axis.linear("Count", "1"), null, List.of(),
        List.of(Series.line("samples", "samples", Style.SIMULATED, edges, counts)), markers);
  }

  /** Bins of equal width in log(x) from the smallest sample to the largest. */
  private static Chart logHistogram(String id, String title, Axis x, double[] sorted, int bins,
      List<Marker> markers) {
    double a = Math.log(sorted[0]);
    double b = Math.log(sorted[sorted.length - 1]);
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = i == 0 ? sorted[0] : i == bins ? sorted[sorted.length - 1]
          : Math.exp(a + (b - a) * i / bins);
    }
    double[] counts = new double[bins];
    for (double v : sorted) {
      int bin = (int) Math.floor((Math.log(v) - a) / (b - a) * bins);
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    // A few long outages beside many short ones: counts on a log axis too, or their bars vanish.
    double most = Arrays.stream(counts).max().orElse(0);
    double fewest = Arrays.stream(counts).filter(c -> c > 0).min().orElse(most);
    Axis count = most >= 50 * fewest ? Axis.log("Count", "1") : Axis.linear("Count", "1");
    return new Chart(id, Chart.Kind.HISTOGRAM, title + " (" + sorted.length + ", log scale)", x,
        count, null, List.of(),
        List.of(Series.line("samples", "samples", Style.SIMULATED, edges, counts)), markers);
  }

  /**
   * Pareto bars: the shares largest first (ties by name), with their cumulative share. Null when
   * fewer than two shares are above zero: one bar says nothing a table does not.
   */
  public static Chart pareto(String id, String title, Axis y, Map<String, Double> shares) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(shares.entrySet());
    entries.removeIf(e -> !(e.getValue() > 0));
    if (entries.size() < 2) {
      return null;
    }
    entries.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
        .thenComparing(Map.Entry::getKey));
    List<String> labels = entries.stream().map(Map.Entry::getKey).toList();
    double[] values = entries.stream().mapToDouble(Map.Entry::getValue).toArray();
    return new Chart(id, Chart.Kind.PARETO, title, Axis.linear("", ""), y, null, labels,
        List.of(Series.values(y.label(), Style.SIMULATED, values, null, null)), List.of());
  }

  /** Lines (with bands where a series has them) and reference lines. */
  public static Chart lines(String id, String title, Axis x, Axis y, List<Series> series,
      List<Marker> markers) {
    return new Chart(id, Chart.Kind.LINES, title, x, y, null, List.of(), series, markers);
  }

  /**
   * A metric against a parameter, one line per variant, with an optional target: a sweep's chart.
   *
   * @param target the value to reach, or NaN for none
   */
  public static Chart againstParameter(String id, String title, Axis parameter, Axis metric,
      List<Series> series, double target) {
    List<Marker> markers = Double.isFinite(target)
        ? List.of(Marker.atY("target", target, Style.TARGET)) : List.of();
    return lines(id, title, parameter, metric, series, markers);
  }

  /** A heat map of a value over a two-parameter grid, one point per (x[i], y[i]). */
  public static Chart heatMap(String id, String title, Axis x, Axis y, Axis value, double[] xs,
      double[] ys, double[] values) {
    return heatMap(id, title, x, y, value, xs, ys, values, List.of());
  }

  /**
   * A heat map with a text in each cell (lines split at {@code \n}), one per point, or none when
   * {@code texts} is empty.
   */
  public static Chart heatMap(String id, String title, Axis x, Axis y, Axis value, double[] xs,
      double[] ys, double[] values, List<String> texts) {
    return new Chart(id, Chart.Kind.HEATMAP, title, x, y, value, texts,
        List.of(new Series(value.label(), value.label(), Style.SIMULATED, xs, ys, null, null,
            values)), List.of());
  }
}
