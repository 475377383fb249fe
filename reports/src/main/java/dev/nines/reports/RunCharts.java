package dev.nines.reports;

import dev.nines.models.traffic.Fault;
import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.experiment.Curve;
import dev.nines.scenarios.experiment.Details;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of one run, in the order the report shows them: unavailability, MTBF and MTTR per
 * scope beside their formulas, each on one axis shared by the scopes (unavailability on a log
 * axis, where four and five nines are a decade apart); the unavailability over time U(t) = 1 − A(t)
 * against the CTMC's exact curve; outage durations; downtime by group and by cause; detection
 * delays and elections; and for traffic the response-time distribution and the success ratio over
 * time.
 *
 * <p>A chart with nothing to show is left out: a Pareto chart of one bar, a scope's outage
 * histogram that repeats the system's (the same outages: a database that is the whole system), a
 * success ratio that never moves (100 % throughout).
 */
public final class RunCharts {

  private static final Axis TIME = Axis.linear("Time", "s");
  private static final Axis UNAVAILABILITY = Axis.log("Unavailability 1 − A", "1");
  private static final Axis UNAVAILABILITY_T = Axis.log("Unavailability U(t)", "1");

  private RunCharts() {}

  public static List<Chart> of(ExperimentResult result) {
    List<Chart> charts = new ArrayList<>();
    Details details = result.details();
    add(charts, unavailability(result));
    add(charts, intervals(result, "mtbf", "MTBF (mean up time between failures) by scope",
        Axis.linear("MTBF", "s")));
    add(charts, intervals(result, "mttr", "MTTR (mean time to restore) by scope",
        Axis.linear("MTTR", "s")));
    if (details.transientAvailability() != null) {
      add(charts, transientAvailability(result, details.transientAvailability()));
    }
    double[] system = details.outages().get("system");
    details.outages().forEach((scope, samples) -> {
      if (scope.equals("system") || !Arrays.equals(samples, system)) {
        add(charts, outages(result, scope, samples));
      }
    });
    add(charts, Charts.pareto("downtime-by-group",
        "System downtime by the group whose change started each outage",
        Axis.linear("Downtime per year", "s"), details.downtimeByGroup()));
    add(charts, Charts.pareto("downtime-by-cause", "System downtime by what started each outage",
        Axis.linear("Downtime per year", "s"), details.downtimeByCause()));
    details.detectionDelays().forEach((detector, samples) -> add(charts, withMeans(result,
        "detection-delay-" + detector, "Detection delay of " + detector, detector,
        "detection-delay", samples)));
    details.electionTimes().forEach((quorum, samples) -> add(charts, withMeans(result,
        "election-time-" + quorum, "Election time of " + quorum, quorum, "election-time",
        samples)));
    if (details.responseQuantiles() != null) {
      add(charts, responseCdf("response-time-cdf", "Response-time distribution",
          List.of(Map.entry(result.scenario().traffic().balancer().label(),
              details.responseQuantiles()))));
    }
    if (details.successOverTime() != null) {
      add(charts, successOverTime("success-over-time", "Share of requests served over time",
          List.of(Map.entry("simulated", details.successOverTime())),
          result.scenario().faults()));
    }
    return charts;
  }

  /**
   * A figure's value in every scope that has one, each beside its formula, on one axis: a log axis
   * where the values span a factor of ten or more (a system's MTBF of years beside a unit's of
   * weeks), else the given linear one.
   */
  static Chart intervals(ExperimentResult result, String metric, String title, Axis axis) {
    List<MetricResult> rows = result.metrics().stream()
        .filter(m -> m.name().equals(metric) && Double.isFinite(m.mean())).toList();
    if (rows.isEmpty()) {
      return null;
    }
    double[] mean = rows.stream().mapToDouble(MetricResult::mean).toArray();
    double[] low = rows.stream().mapToDouble(MetricResult::low).toArray();
    double[] high = rows.stream().mapToDouble(MetricResult::high).toArray();
    double[] analytic = rows.stream()
        .mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic()).toArray();
    return Charts.intervals(metric, title, spread(axis, mean, low, high, analytic),
        rows.stream().map(MetricResult::scope).toList(), mean, low, high, analytic);
  }

  /**
   * Unavailability U = 1 − A in every scope with an availability, each beside its formula, on one
   * log axis: the scope's own unavailability figure where it has one (carried as its own number),
   * else one minus its availability. Its id stays {@code availability}: it is the availability
   * chart, drawn as the nines show.
   */
  static Chart unavailability(ExperimentResult result) {
    List<MetricResult> rows = result.metrics().stream()
        .filter(m -> m.name().equals("availability") && Double.isFinite(m.mean())).toList();
    if (rows.isEmpty()) {
      return null;
    }
    int n = rows.size();
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double[] analytic = new double[n];
    for (int i = 0; i < n; i++) {
      MetricResult a = rows.get(i);
      MetricResult u = find(result, a.scope(), "unavailability").orElse(null);
      if (u != null && Double.isFinite(u.mean())) {
        mean[i] = u.mean();
        low[i] = u.low();
        high[i] = u.high();
        analytic[i] = u.analytic() == null ? Double.NaN : u.analytic();
      } else {
        mean[i] = 1 - a.mean();
        low[i] = 1 - a.high();
        high[i] = 1 - a.low();
        analytic[i] = a.analytic() == null ? Double.NaN : 1 - a.analytic();
      }
    }
    return Charts.intervals("availability", "Unavailability 1 − A by scope (log scale: a decade "
        + "per nine)", UNAVAILABILITY, rows.stream().map(MetricResult::scope).toList(), mean, low,
        high, analytic);
  }

  /**
   * The system's unavailability over time, U(t) = 1 − A(t), on a log axis: the share of
   * replications down at each time with its exact binomial (Clopper–Pearson) band, the CTMC's
   * exact curve dashed where there is one, and its steady state.
   */
  private static Chart transientAvailability(ExperimentResult result, Curve curve) {
    double[] a = curve.mean();
    double[] aLow = curve.low();
    double[] aHigh = curve.high();
    double[] exact = curve.analytic();
    int n = a.length;
    double[] u = new double[n];
    double[] uLow = new double[n];
    double[] uHigh = new double[n];
    double[] uExact = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = 1 - a[i];
      uLow[i] = 1 - aHigh[i];
      uHigh[i] = 1 - aLow[i];
      uExact[i] = 1 - exact[i];
    }
    List<Series> series = new ArrayList<>();
    series.add(Series.band("simulated U(t), " + percent(result.scenario().confidence())
        + " binomial band", "simulated", curve.x(), u, uLow, uHigh));
    if (curve.hasAnalytic()) {
      series.add(Series.line(curve.formula(), "formula", Style.ANALYTIC, curve.x(), uExact));
    }
    List<Marker> markers = new ArrayList<>();
    steadyUnavailability(result).ifPresent(steady -> markers.add(Marker.atY(
        steadyLabel(steady, uExact, curve.hasAnalytic()), steady.getKey(), Style.ANALYTIC)));
    return Charts.lines("transient-availability",
        "System unavailability over time, U(t) = 1 − A(t)", TIME, UNAVAILABILITY_T, series,
        markers);
  }

  /**
   * The system's steady-state unavailability by formula, with the formula's name: its own figure,
   * else 1 − A.
   */
  private static Optional<Map.Entry<Double, String>> steadyUnavailability(ExperimentResult result) {
    Optional<MetricResult> own = find(result, "system", "unavailability")
        .filter(m -> m.analytic() != null && m.analytic() > 0);
    if (own.isPresent()) {
      return own.map(m -> Map.entry(m.analytic(), String.valueOf(m.formula())));
    }
    return find(result, "system", "availability")
        .filter(m -> m.analytic() != null && m.analytic() < 1)
        .map(m -> Map.entry(1 - m.analytic(), String.valueOf(m.formula())));
  }

  /**
   * "steady state" where the exact curve settles to it; where it settles elsewhere (the curve
   * assumes an ideal failover, the steady state counts detection and switching), the steady
   * state's formula by its first two parts, so that the two lines are not read as one model's.
   */
  private static String steadyLabel(Map.Entry<Double, String> steady, double[] curve,
      boolean hasCurve) {
    double last = hasCurve ? curve[curve.length - 1] : Double.NaN;
    if (!hasCurve || Math.abs(last - steady.getKey()) <= 0.01 * steady.getKey()) {
      return "steady state";
    }
    String[] parts = steady.getValue().split(", ");
    return "steady state: " + (parts.length > 1 ? parts[0] + ", " + parts[1] : parts[0]);
  }

  /** "95 %" for 0.95. */
  private static String percent(double level) {
    return dev.nines.simulator.Durations.number(level * 100) + " %";
  }

  /**
   * The axis as given, or on a log scale where every value shown is positive and the largest is at
   * least ten times the smallest.
   */
  static Axis spread(Axis axis, double[]... values) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double[] some : values) {
      for (double v : some) {
        if (Double.isFinite(v)) {
          if (v <= 0) {
            return axis;
          }
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return max >= 10 * min ? Axis.log(axis.label(), axis.unit()) : axis;
  }

  /** Outage durations with the table's percentiles and the formula's MTTR marked. */
  private static Chart outages(ExperimentResult result, String scope, double[] samples) {
    List<Marker> markers = new ArrayList<>();
    for (String p : List.of("p50", "p95", "p99")) {
      find(result, scope, "outage-" + p).filter(m -> Double.isFinite(m.mean()))
          .ifPresent(m -> markers.add(Marker.atX(p, m.mean(), Style.SIMULATED)));
    }
    find(result, scope, "mttr").filter(m -> m.analytic() != null)
        .ifPresent(m -> markers.add(Marker.atX("MTTR, formula", m.analytic(), Style.ANALYTIC)));
    return Charts.histogram("outages-" + id(scope), "Outage durations: " + scope,
        Axis.linear("Outage duration", "s"), samples, markers);
  }

  /** A histogram with the simulated mean and the formula's mean of a figure marked. */
  private static Chart withMeans(ExperimentResult result, String id, String title, String scope,
      String metric, double[] samples) {
    List<Marker> markers = new ArrayList<>();
    find(result, scope, metric).ifPresent(m -> {
      if (Double.isFinite(m.mean())) {
        markers.add(Marker.atX("mean", m.mean(), Style.SIMULATED));
      }
      if (m.analytic() != null) {
        markers.add(Marker.atX("mean, formula", m.analytic(), Style.ANALYTIC));
      }
    });
    return Charts.histogram(id(id), title, Axis.linear(title.split(" of ")[0], "s"), samples,
        markers);
  }

  /**
   * Response-time CDFs, one per named curve of quantiles (x = level), each with its formula dashed
   * in the same colour where one applies.
   */
  public static Chart responseCdf(String id, String title, List<Map.Entry<String, Curve>> curves) {
    if (curves.isEmpty()) {
      return null;
    }
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, Curve> entry : curves) {
      Curve c = entry.getValue();
      series.add(Series.line(entry.getKey(), entry.getKey(), Style.SIMULATED, c.mean(), c.x()));
      if (c.hasAnalytic()) {
        series.add(Series.line(entry.getKey() + ", formula", entry.getKey(), Style.ANALYTIC,
            c.analytic(), c.x()));
      }
    }
    return Charts.lines(id, title, Axis.linear("Response time", "s"),
        Axis.linear("Share of requests answered within", "%"), series, List.of());
  }

  /**
   * The share of requests served over time, with each scripted fault marked; null when there is no
   * curve or nothing varies (every curve at one value, 100 % throughout: the table says it).
   */
  public static Chart successOverTime(String id, String title,
      List<Map.Entry<String, Curve>> curves, List<Fault> faults) {
    if (curves.isEmpty() || flat(curves)) {
      return null;
    }
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, Curve> entry : curves) {
      Curve c = entry.getValue();
      series.add(Series.band(entry.getKey(), entry.getKey(), c.x(), c.mean(), c.low(), c.high()));
    }
    List<Marker> markers = new ArrayList<>();
    for (Fault fault : faults) {
      markers.add(Marker.atX(fault.unit() + " fails", fault.at(), Style.SIMULATED));
      markers.add(Marker.atX(fault.unit() + " back", fault.at() + fault.duration(),
          Style.SIMULATED));
    }
    Curve first = curves.get(0).getValue();
    if (first.hasAnalytic()) {
      markers.add(Marker.atY("formula", first.analytic()[0], Style.ANALYTIC));
    }
    return Charts.lines(id, title, TIME, Axis.linear("Success ratio", "%"), series, markers);
  }

  /** Whether every finite mean of every curve is one and the same value. */
  static boolean flat(List<Map.Entry<String, Curve>> curves) {
    double[] means = curves.stream().flatMapToDouble(e -> Arrays.stream(e.getValue().mean()))
        .filter(Double::isFinite).toArray();
    return Arrays.stream(means).allMatch(v -> v == means[0]);
  }

  static Optional<MetricResult> find(ExperimentResult result, String scope, String name) {
    return result.metrics().stream()
        .filter(m -> m.scope().equals(scope) && m.name().equals(name)).findFirst();
  }

  /** A scope or name as part of a chart id: lower case, anything else a dash. */
  static String id(String text) {
    String id = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "x" : id;
  }

  /** Adds a chart (none when null), numbering its id when two names made the same one. */
  static void add(List<Chart> charts, Chart chart) {
    if (chart == null) {
      return;
    }
    String id = chart.id();
    for (int n = 2; taken(charts, id); n++) {
      id = chart.id() + "-" + n;
    }
    charts.add(new Chart(id, chart.kind(), chart.title(), chart.x(), chart.y(), chart.value(),
        chart.categories(), chart.series(), chart.markers()));
  }

  private static boolean taken(List<Chart> charts, String id) {
    return charts.stream().anyMatch(c -> c.id().equals(id));
  }
}
