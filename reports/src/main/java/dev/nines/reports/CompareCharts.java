package dev.nines.reports;

import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.Curve;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The charts of a comparison of balancers: the response-time distribution of each, the mean and
 * p99 against load (one line per balancer, the formulas dashed), the response time of each beside
 * its formula (the balancers on one axis, so that 197 ms and 42 ms look it), and the success ratio
 * over time where it moves. Then, for each figure that differs anywhere, each balancer's paired
 * difference against the baseline at each load on one axis with zero marked: the report shows
 * these side by side, as small multiples (their ids start with {@value #DIFFERENCE}).
 */
public final class CompareCharts {

  /** The start of the id of each paired-difference chart. */
  public static final String DIFFERENCE = "difference-";

  /** Beyond this many loads, the per-load charts are drawn for the highest load only. */
  static final int PER_LOAD_CHARTS = 3;

  private CompareCharts() {}

  public static List<Chart> of(Comparison.Result result) {
    List<Chart> charts = new ArrayList<>();
    List<List<Comparison.Variant>> byLoad = byLoad(result);
    if (byLoad.size() > 1) {
      RunCharts.add(charts, againstLoad(result, byLoad, "response-time", "Mean response time"));
      RunCharts.add(charts, againstLoad(result, byLoad, "response-p99", "p99 response time"));
    }
    List<List<Comparison.Variant>> detailed = byLoad.size() > PER_LOAD_CHARTS
        ? List.of(byLoad.get(byLoad.size() - 1)) : byLoad;
    for (List<Comparison.Variant> variants : detailed) {
      String at = byLoad.size() > 1 ? " at load " + load(variants.get(0)) : "";
      String suffix = byLoad.size() > 1 ? "-load-" + RunCharts.id(load(variants.get(0))) : "";
      RunCharts.add(charts, responseTimes(variants, "response-time" + suffix,
          "Mean response time by balancer" + at));
      RunCharts.add(charts, RunCharts.responseCdf("response-time-cdf" + suffix,
          "Response-time distribution by balancer" + at, curves(variants, true)));
      RunCharts.add(charts, RunCharts.successOverTime("success-over-time" + suffix,
          "Share of requests served over time by balancer" + at, curves(variants, false),
          result.scenario().faults()));
    }
    differences(result, detailed, byLoad.size() > 1).forEach(c -> RunCharts.add(charts, c));
    return charts;
  }

  /**
   * One chart per figure: each other balancer's paired difference against the baseline (at each
   * load shown), on one axis with zero marked. None for a figure that is exactly 0 everywhere.
   */
  static List<Chart> differences(Comparison.Result result,
      List<List<Comparison.Variant>> byLoad, boolean loads) {
    List<Chart> charts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    byLoad.forEach(v -> v.forEach(variant -> variant.differences().forEach(m -> {
      if (!names.contains(m.name())) {
        names.add(m.name());
      }
    })));
    for (String name : names) {
      List<String> categories = new ArrayList<>();
      List<MetricResult> rows = new ArrayList<>();
      for (List<Comparison.Variant> variants : byLoad) {
        for (Comparison.Variant v : variants.subList(1, variants.size())) {
          v.differences().stream().filter(m -> m.name().equals(name)).findFirst().ifPresent(m -> {
            categories.add(v.balancer() + (loads ? " at " + load(v) : ""));
            rows.add(m);
          });
        }
      }
      boolean moves = rows.stream().anyMatch(m -> (Double.isFinite(m.mean()) && m.mean() != 0)
          || m.low() < 0 || m.high() > 0);
      if (!moves) {
        continue;
      }
      charts.add(Charts.differences(DIFFERENCE + RunCharts.id(name),
          name + ": paired difference against " + result.baseline(),
          Axis.linear("Δ " + name, rows.get(0).unit()), categories,
          rows.stream().mapToDouble(MetricResult::mean).toArray(),
          rows.stream().mapToDouble(MetricResult::low).toArray(),
          rows.stream().mapToDouble(MetricResult::high).toArray(),
          rows.stream().mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic())
              .toArray()));
    }
    return charts;
  }

  /** The variants grouped by load, in the order run. */
  static List<List<Comparison.Variant>> byLoad(Comparison.Result result) {
    int per = result.balancers().size();
    List<List<Comparison.Variant>> groups = new ArrayList<>();
    for (int i = 0; i < result.variants().size(); i += per) {
      groups.add(result.variants().subList(i, i + per));
    }
    return groups;
  }

  /** A figure against the offered load, one line with its band per balancer, formulas dashed. */
  private static Chart againstLoad(Comparison.Result result, List<List<Comparison.Variant>> byLoad,
      String metric, String label) {
    List<Series> series = new ArrayList<>();
    double[] loads = byLoad.stream().mapToDouble(v -> v.get(0).load()).toArray();
    for (int b = 0; b < result.balancers().size(); b++) {
      int index = b;
      String name = result.balancers().get(b);
      List<MetricResult> figures = byLoad.stream()
          .map(v -> find(v.get(index).metrics(), metric)).toList();
      series.add(Series.band(name, name, loads,
          figures.stream().mapToDouble(MetricResult::mean).toArray(),
          figures.stream().mapToDouble(MetricResult::low).toArray(),
          figures.stream().mapToDouble(MetricResult::high).toArray()));
      double[] formula = figures.stream()
          .mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic()).toArray();
      if (java.util.Arrays.stream(formula).anyMatch(Double::isFinite)) {
        series.add(Series.line(name + ", formula", name, Style.ANALYTIC, loads, formula));
      }
    }
    return Charts.againstParameter(metric + "-vs-load", label + " against load",
        Axis.linear("Offered load ρ", "1"), Axis.linear(label, "s"), series, Double.NaN);
  }

  private static Chart responseTimes(List<Comparison.Variant> variants, String id, String title) {
    List<MetricResult> figures = variants.stream().map(v -> find(v.metrics(), "response-time"))
        .toList();
    if (figures.stream().noneMatch(m -> Double.isFinite(m.mean()))) {
      return null;
    }
    double[] mean = figures.stream().mapToDouble(MetricResult::mean).toArray();
    double[] low = figures.stream().mapToDouble(MetricResult::low).toArray();
    double[] high = figures.stream().mapToDouble(MetricResult::high).toArray();
    double[] formula = figures.stream()
        .mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic()).toArray();
    return Charts.intervals(id, title,
        RunCharts.spread(Axis.linear("Mean response time", "s"), mean, low, high, formula),
        variants.stream().map(Comparison.Variant::balancer).toList(), mean, low, high, formula);
  }

  private static List<Map.Entry<String, Curve>> curves(List<Comparison.Variant> variants,
      boolean quantiles) {
    List<Map.Entry<String, Curve>> curves = new ArrayList<>();
    for (Comparison.Variant v : variants) {
      Curve c = quantiles ? v.responseQuantiles() : v.successOverTime();
      if (c != null) {
        curves.add(Map.entry(v.balancer(), c));
      }
    }
    return curves;
  }

  private static String load(Comparison.Variant v) {
    return dev.nines.simulator.Durations.number(v.load());
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
