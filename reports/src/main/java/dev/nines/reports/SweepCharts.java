package dev.nines.reports;

import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import dev.nines.scenarios.sweep.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a sweep: each target's figure (the system's availability without a target)
 * against the first numeric parameter, one line per combination of the other parameters, with its
 * band, the formula dashed where one applies and the target as a dotted line; and for a grid of two
 * numeric parameters a heat map of the figure. Without a numeric parameter, each point's interval
 * beside its formula.
 */
public final class SweepCharts {

  private SweepCharts() {}

  public static List<Chart> of(Sweep sweep, List<PointResult> points) {
    List<Chart> charts = new ArrayList<>();
    List<String[]> figures = new ArrayList<>();
    for (Target t : sweep.targets()) {
      figures.add(new String[] {t.scope(), t.metric(), Double.toString(t.value())});
    }
    if (figures.isEmpty()) {
      figures.add(new String[] {"system", "availability", "NaN"});
    }
    List<Parameter> parameters = sweep.parameters();
    Parameter x = parameters.stream().filter(Parameter::numeric).findFirst().orElse(null);
    for (String[] f : figures) {
      String scope = f[0];
      String metric = f[1];
      double target = Double.parseDouble(f[2]);
      String id = RunCharts.id(scope + "-" + metric);
      List<MetricResult> found = points.stream().map(p -> p.metric(scope, metric)).toList();
      if (found.contains(null) || points.isEmpty()) {
        continue;
      }
      String unit = found.get(0).unit();
      Axis value = Axis.linear(scope + " " + metric, unit);
      if (x == null) {
        RunCharts.add(charts, Charts.intervals(id, scope + " " + metric + " at each point", value,
            SweepJson.labels(points),
            found.stream().mapToDouble(MetricResult::mean).toArray(),
            found.stream().mapToDouble(MetricResult::low).toArray(),
            found.stream().mapToDouble(MetricResult::high).toArray(),
            found.stream().mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic())
                .toArray()));
        continue;
      }
      RunCharts.add(charts, Charts.againstParameter(id + "-vs-" + RunCharts.id(x.path()),
          scope + " " + metric + " against " + x.path(), axis(x), value,
          lines(points, x, scope, metric), target));
      List<Parameter> numeric = parameters.stream().filter(Parameter::numeric).toList();
      if (parameters.size() == 2 && numeric.size() == 2) {
        Parameter y = numeric.get(1);
        RunCharts.add(charts, Charts.heatMap(id + "-grid", scope + " " + metric + " over "
                + x.path() + " and " + y.path(), axis(x), axis(y), value,
            points.stream().mapToDouble(p -> p.point().set().get(x.path()).number()).toArray(),
            points.stream().mapToDouble(p -> p.point().set().get(y.path()).number()).toArray(),
            found.stream().mapToDouble(MetricResult::mean).toArray()));
      }
    }
    return charts;
  }

  /** One line (with its band and, where any, its formula) per combination of the other values. */
  private static List<Series> lines(List<PointResult> points, Parameter x, String scope,
      String metric) {
    Map<String, List<PointResult>> byRest = new LinkedHashMap<>();
    for (PointResult p : points) {
      List<String> rest = new ArrayList<>();
      p.point().set().forEach((path, v) -> {
        if (!path.equals(x.path())) {
          rest.add(path + "=" + v.text());
        }
      });
      byRest.computeIfAbsent(String.join(", ", rest), k -> new ArrayList<>()).add(p);
    }
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<PointResult>> line : byRest.entrySet()) {
      String label = line.getKey().isEmpty() ? "simulated" : line.getKey();
      List<PointResult> ps = line.getValue();
      double[] xs = ps.stream().mapToDouble(p -> p.point().set().get(x.path()).number()).toArray();
      List<MetricResult> ms = ps.stream().map(p -> p.metric(scope, metric)).toList();
      series.add(Series.band(label, label, xs, ms.stream().mapToDouble(MetricResult::mean).toArray(),
          ms.stream().mapToDouble(MetricResult::low).toArray(),
          ms.stream().mapToDouble(MetricResult::high).toArray()));
      double[] formula = ms.stream()
          .mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic()).toArray();
      if (java.util.Arrays.stream(formula).anyMatch(Double::isFinite)) {
        String name = line.getKey().isEmpty() ? "formula" : label + ", formula";
        series.add(Series.line(name, label, Style.ANALYTIC, xs, formula));
      }
    }
    return series;
  }

  /**
   * A parameter's axis: per second when its values are rates (900/s), seconds when they are
   * durations (1h), else plain numbers.
   */
  private static Axis axis(Parameter p) {
    boolean rates = p.values().stream().map(Value::text).anyMatch(t -> t.contains("/"));
    boolean durations = !rates && p.values().stream().map(Value::text)
        .anyMatch(t -> !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1)));
    double lo = p.values().stream().mapToDouble(Value::number).min().orElse(1);
    double hi = p.values().stream().mapToDouble(Value::number).max().orElse(1);
    boolean log = lo > 0 && hi / lo >= 100;
    return new Axis(p.path(), rates ? "1/s" : durations ? "s" : "1", log);
  }
}
