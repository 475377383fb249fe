package dev.nines.reports;

import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import dev.nines.scenarios.sweep.Value;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of a sweep: each target's figure (the system's availability without a target)
 * against the first numeric parameter, one line per combination of the other parameters, with its
 * band, the formula dashed where one applies and the target as a dotted line; and for a grid of two
 * numeric parameters a heat map of the figure, each cell marked with its verdict and cost. Without
 * a numeric parameter, each point's interval beside its formula, all on one axis.
 *
 * <p>An availability, unavailability or nines is drawn as the unavailability U = 1 − A on a log
 * axis (the scope's own unavailability figure, carried as its own number), where 0.9999 and
 * 0.99999 are a decade apart instead of one pixel; its heat map is coloured by nines. Other
 * figures go on a log axis where they span a factor of ten or more.
 */
public final class SweepCharts {

  /** The figures drawn as unavailability. */
  private static final List<String> NINES = List.of("availability", "unavailability", "nines");

  private SweepCharts() {}

  /** A figure to draw: its scope and metric, and the target on it (null for none). */
  private record Figure(String scope, String metric, Target target) {
    boolean nines() {
      return NINES.contains(metric);
    }
  }

  public static List<Chart> of(Sweep sweep, List<PointResult> points) {
    List<Chart> charts = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (Target t : sweep.targets()) {
      figures.add(new Figure(t.scope(), t.metric(), t));
    }
    if (figures.isEmpty()) {
      figures.add(new Figure("system", "availability", null));
    }
    List<Parameter> parameters = sweep.parameters();
    Parameter x = parameters.stream().filter(Parameter::numeric).findFirst().orElse(null);
    PointResult best = Sweep.best(points);
    for (Figure f : figures) {
      String id = RunCharts.id(f.scope() + "-" + f.metric());
      if (points.isEmpty() || points.stream().anyMatch(p -> p.metric(f.scope(), f.metric())
          == null)) {
        continue;
      }
      List<Shown> shown = points.stream().map(p -> shown(p, f)).toList();
      Axis value = f.nines() ? Axis.log(f.scope() + " unavailability 1 − A", "1")
          : RunCharts.spread(Axis.linear(f.scope() + " " + f.metric(), shown.get(0).unit()),
              values(shown));
      String what = f.nines() ? f.scope() + " unavailability 1 − A" : f.scope() + " "
          + f.metric();
      if (x == null) {
        RunCharts.add(charts, Charts.intervals(id, what + " at each point", value,
            SweepJson.labels(points), shown.stream().mapToDouble(Shown::mean).toArray(),
            shown.stream().mapToDouble(Shown::low).toArray(),
            shown.stream().mapToDouble(Shown::high).toArray(),
            shown.stream().mapToDouble(Shown::analytic).toArray()));
        continue;
      }
      List<Marker> markers = new ArrayList<>();
      double target = target(f);
      if (Double.isFinite(target) && (!value.log() || target > 0)) {
        markers.add(Marker.atY("target: " + f.target(), target, Style.TARGET));
      }
      RunCharts.add(charts, Charts.lines(id + "-vs-" + RunCharts.id(x.path()),
          what + " against " + x.path() + (value.log() ? " (log scale)" : ""), axis(x), value,
          lines(points, x, f), markers));
      List<Parameter> numeric = parameters.stream().filter(Parameter::numeric).toList();
      if (parameters.size() == 2 && numeric.size() == 2) {
        RunCharts.add(charts, heatMap(id, f, x, numeric.get(1), points, shown, best));
      }
    }
    return charts;
  }

  /**
   * A point's figure as drawn: for a nines figure the unavailability (its own figure where the
   * scope has one, else 1 − A), else the figure itself.
   */
  private record Shown(double mean, double low, double high, double analytic, String unit) {}

  private static Shown shown(PointResult p, Figure f) {
    if (f.nines()) {
      MetricResult u = p.metric(f.scope(), "unavailability");
      if (u != null && Double.isFinite(u.mean())) {
        return new Shown(u.mean(), u.low(), u.high(), orNaN(u.analytic()), "1");
      }
      MetricResult a = p.metric(f.scope(), "availability");
      if (a != null) {
        return new Shown(1 - a.mean(), 1 - a.high(), 1 - a.low(),
            a.analytic() == null ? Double.NaN : 1 - a.analytic(), "1");
      }
      MetricResult n = p.metric(f.scope(), "nines");
      return new Shown(Math.pow(10, -n.mean()), Math.pow(10, -n.high()), Math.pow(10, -n.low()),
          n.analytic() == null ? Double.NaN : Math.pow(10, -n.analytic()), "1");
    }
    MetricResult m = p.metric(f.scope(), f.metric());
    return new Shown(m.mean(), m.low(), m.high(), orNaN(m.analytic()), m.unit());
  }

  private static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static double[][] values(List<Shown> shown) {
    return new double[][] {
        shown.stream().mapToDouble(Shown::mean).toArray(),
        shown.stream().mapToDouble(Shown::low).toArray(),
        shown.stream().mapToDouble(Shown::high).toArray(),
        shown.stream().mapToDouble(Shown::analytic).toArray()};
  }

  /** The target in the units drawn: 1 − A for an availability, 10^−n for nines; NaN for none. */
  private static double target(Figure f) {
    if (f.target() == null) {
      return Double.NaN;
    }
    double v = f.target().value();
    switch (f.nines() ? f.metric() : "") {
      case "availability":
        return 1 - v;
      case "nines":
        return Math.pow(10, -v);
      default:
        return v;
    }
  }

  /** One line (with its band and, where any, its formula) per combination of the other values. */
  private static List<Series> lines(List<PointResult> points, Parameter x, Figure f) {
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
      List<Shown> ms = ps.stream().map(p -> shown(p, f)).toList();
      series.add(Series.band(label, label, xs, ms.stream().mapToDouble(Shown::mean).toArray(),
          ms.stream().mapToDouble(Shown::low).toArray(),
          ms.stream().mapToDouble(Shown::high).toArray()));
      double[] formula = ms.stream().mapToDouble(Shown::analytic).toArray();
      if (Arrays.stream(formula).anyMatch(Double::isFinite)) {
        String name = line.getKey().isEmpty() ? "formula" : label + ", formula";
        series.add(Series.line(name, label, Style.ANALYTIC, xs, formula));
      }
    }
    return series;
  }

  /**
   * The figure over a grid of two parameters: coloured by nines for an availability (a cell where
   * no replication saw an outage has no estimate and stays grey), else by the figure; each cell
   * says its figure, its verdict on the targets (the best point marked) and its cost.
   */
  private static Chart heatMap(String id, Figure f, Parameter x, Parameter y,
      List<PointResult> points, List<Shown> shown, PointResult best) {
    double[] z = new double[points.size()];
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < z.length; i++) {
      Shown s = shown.get(i);
      z[i] = f.nines() ? (s.mean() > 0 ? -Math.log10(s.mean()) : Double.NaN) : s.mean();
      List<String> lines = new ArrayList<>();
      if (f.nines()) {
        lines.add(s.mean() > 0 ? String.format(Locale.ROOT, "%.2f nines", z[i])
            : s.mean() == 0 ? "no outage seen" : "-");
      } else {
        lines.add(Values.format(s.mean(), s.unit(), f.metric()));
      }
      PointResult p = points.get(i);
      String verdict = p.meets() == null ? "undecided" : p.meets() ? "meets" : "misses";
      if (f.target() != null) {
        lines.add(p == best ? "best: " + verdict : verdict);
      }
      if (Double.isFinite(p.cost())) {
        lines.add("cost " + Durations.number(p.cost()));
      }
      texts.add(String.join("\n", lines));
    }
    Axis value = f.nines() ? Axis.linear(f.scope() + " nines, −log10(1 − A)", "1")
        : RunCharts.spread(Axis.linear(f.scope() + " " + f.metric(), shown.get(0).unit()), z);
    String title = (f.nines() ? f.scope() + " nines" : f.scope() + " " + f.metric()) + " over "
        + x.path() + " and " + y.path();
    return Charts.heatMap(id + "-grid", title, axis(x), axis(y), value,
        points.stream().mapToDouble(p -> p.point().set().get(x.path()).number()).toArray(),
        points.stream().mapToDouble(p -> p.point().set().get(y.path()).number()).toArray(),
        z, texts);
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
