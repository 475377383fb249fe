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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of one run, in the order the report shows them: availability, MTBF and MTTR per scope
 * beside their formulas; A(t) against the CTMC's curve; outage durations; downtime by group and by
 * cause; detection delays and elections; and for traffic the response-time distribution and the
 * success ratio over time.
 */
public final class RunCharts {

  private static final Axis TIME = Axis.linear("Time", "s");

  private RunCharts() {}

  public static List<Chart> of(ExperimentResult result) {
    List<Chart> charts = new ArrayList<>();
    Details details = result.details();
    add(charts, intervals(result, "availability", "Availability by scope",
        Axis.linear("Availability", "1")));
    add(charts, intervals(result, "mtbf", "MTBF (mean up time between failures) by scope",
        Axis.linear("MTBF", "s")));
    add(charts, intervals(result, "mttr", "MTTR (mean time to restore) by scope",
        Axis.linear("MTTR", "s")));
    if (details.transientAvailability() != null) {
      add(charts, transientAvailability(result, details.transientAvailability()));
    }
    details.outages().forEach((scope, samples) -> add(charts, outages(result, scope, samples)));
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

  /** A figure's value in every scope that has one, each beside its formula. */
  static Chart intervals(ExperimentResult result, String metric, String title, Axis axis) {
    List<MetricResult> rows = result.metrics().stream()
        .filter(m -> m.name().equals(metric) && Double.isFinite(m.mean())).toList();
    if (rows.isEmpty()) {
      return null;
    }
    return Charts.intervals(metric, title, axis, rows.stream().map(MetricResult::scope).toList(),
        rows.stream().mapToDouble(MetricResult::mean).toArray(),
        rows.stream().mapToDouble(MetricResult::low).toArray(),
        rows.stream().mapToDouble(MetricResult::high).toArray(),
        rows.stream().mapToDouble(m -> m.analytic() == null ? Double.NaN : m.analytic()).toArray());
  }

  private static Chart transientAvailability(ExperimentResult result, Curve curve) {
    List<Series> series = new ArrayList<>();
    series.add(Series.band("simulated A(t), confidence band", "simulated", curve.x(), curve.mean(),
        curve.low(), curve.high()));
    if (curve.hasAnalytic()) {
      series.add(Series.line(curve.formula(), "formula", Style.ANALYTIC, curve.x(),
          curve.analytic()));
    }
    List<Marker> markers = new ArrayList<>();
    find(result, "system", "availability").filter(m -> m.analytic() != null)
        .ifPresent(m -> markers.add(Marker.atY("steady state", m.analytic(), Style.ANALYTIC)));
    return Charts.lines("transient-availability", "System availability over time, A(t)", TIME,
        Axis.linear("Availability A(t)", "1"), series, markers);
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

  /** The share of requests served over time, with each scripted fault marked. */
  public static Chart successOverTime(String id, String title,
      List<Map.Entry<String, Curve>> curves, List<Fault> faults) {
    if (curves.isEmpty()) {
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
