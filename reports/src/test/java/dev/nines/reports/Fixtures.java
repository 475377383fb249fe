package dev.nines.reports;

import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;

/** Hand-made results and charts for the report's tests. */
public final class Fixtures {

  static final double NAN = Double.NaN;

  static final String YAML = """
      name: "<script>alert(1)</script>"
      description: "two servers & <img src=x onerror=alert(2)>"
      seed: 5
      horizon: 100s
      warmup: 10s
      replications: 4
      components: {app: {count: 2}}
      traffic: {arrivals: {poisson: 100/s}, service: {dist: exponential, mean: 10ms}, servers: app}
      """;

  private Fixtures() {}

  static Scenario scenario() throws ScenarioException {
    return ScenarioLoader.parse(YAML, "test.yaml", Overrides.NONE);
  }

  static Provenance provenance() {
    return Provenance.of("test.yaml", YAML, 5, 4, "0.1.0-test");
  }

  static MetricResult metric(String scope, String name, String unit, double mean, double low,
      double high, Double analytic, String formula) {
    return new MetricResult(scope, name, unit, mean, low, high, 4, analytic, formula);
  }

  /** A run: one figure agreeing with its formula, one outside it, one without a formula. */
  static ExperimentResult run() throws ScenarioException {
    return new ExperimentResult(scenario(), List.of(
        metric("system", "availability", "1", 0.9994, 0.9990, 0.9998, 0.9995, "A = μ/(λ+μ)"),
        metric("system", "mtbf", "s", 3600, 3500, 3700, 4000.0, "1/λ <n>"),
        metric("app", "outage-p99", "s", 12, NAN, NAN, null, null)));
  }

  /** Two balancers at one load. */
  static Comparison.Result comparison() throws ScenarioException {
    List<MetricResult> random = List.of(
        metric("traffic", "throughput", "1/s", 100, 99, 101, 100.0, "λ"),
        metric("traffic", "response-time", "s", 0.02, 0.019, 0.021, 0.02, "M/M/1"));
    List<MetricResult> least = List.of(
        metric("traffic", "throughput", "1/s", 100, 99, 101, 100.0, "λ"),
        metric("traffic", "response-time", "s", 0.015, 0.014, 0.016, null, null));
    List<MetricResult> differences = List.of(
        metric("traffic", "throughput", "1/s", 0, -0.1, 0.1, 0.0, "difference of the formulas"),
        metric("traffic", "response-time", "s", -0.005, -0.006, -0.004, null, null));
    return new Comparison.Result(scenario(), List.of("random", "least-connections"),
        List.of(0.5),
        List.of(new Comparison.Variant("random", 0.5, 100, random, List.of()),
            new Comparison.Variant("least-connections", 0.5, 100, least, differences)));
  }

  /**
   * One chart of each kind, with NaNs (in values and bands), a tiny number, nulls, markers on both
   * axes, quotes in a category and a hostile title.
   */
  public static List<Chart> charts() {
    Axis seconds = Axis.linear("Response time", "s");
    Axis count = Axis.linear("Replications", "1");
    Chart intervals = new Chart("availability", Chart.Kind.INTERVALS, "Availability <b>&</b>",
        Axis.linear("Scope", "1"), Axis.linear("Availability", "1"), null,
        List.of("system", "app"),
        List.of(Series.values("simulated", Style.SIMULATED, new double[] {0.9994, 0.9991},
                new double[] {0.9990, 0.9985}, new double[] {0.9998, 0.9997}),
            Series.values("formula", Style.ANALYTIC, new double[] {0.9995, NAN}, null, null)),
        List.of());
    Chart lines = new Chart("response-by-load", Chart.Kind.LINES, "Response time by load",
        Axis.linear("Load", "1"), Axis.log("Response time", "s"), null, List.of(),
        List.of(Series.band("random", "random", new double[] {0.5, 0.7, 0.9},
                new double[] {0.02, 0.03, 0.1}, new double[] {0.019, 0.028, NAN},
                new double[] {0.021, 0.032, NAN}),
            Series.line("random (M/M/1)", "random", Style.ANALYTIC, new double[] {0.5, 0.7, 0.9},
                new double[] {0.02, 1e-300, NAN}),
            Series.line("target", "target", Style.TARGET, new double[] {0.5, 0.9},
                new double[] {0.05, 0.05})),
        List.of(Marker.atY("SLO", 0.05, Style.TARGET), Marker.atX("knee", 0.8, Style.ANALYTIC)));
    Chart histogram = new Chart("outages-system", Chart.Kind.HISTOGRAM, "Outage durations",
        Axis.linear("Outage", "s"), count, null, List.of(),
        List.of(Series.line("outages", "outages", Style.SIMULATED,
            new double[] {0, 10, 20, 30}, new double[] {5, 3, 1})),
        List.of(Marker.atX("p99", 27.5, Style.SIMULATED), Marker.atX("mean (formula)", 8,
            Style.ANALYTIC)));
    Chart pareto = new Chart("downtime-causes", Chart.Kind.PARETO, "Downtime by cause",
        Axis.linear("Cause", "1"), Axis.linear("Downtime", "%"), null,
        List.of("db", "app \"main\"", "lb"),
        List.of(Series.values("downtime", Style.SIMULATED, new double[] {0.6, 0.3, 0.1}, null,
            null)),
        List.of());
    Chart heatmap = new Chart("availability-grid", Chart.Kind.HEATMAP, "Availability by MTTR",
        Axis.log("MTTR", "s"), Axis.linear("Servers", "1"), Axis.linear("Availability", "1"),
        List.of(),
        List.of(new Series("grid", "grid", Style.SIMULATED, new double[] {60, 600, 60, 600},
            new double[] {1, 1, 2, 2}, null, null, new double[] {0.999, 0.99, 0.99999, NAN})),
        List.of());
    return List.of(intervals, lines, histogram, pareto, heatmap);
  }

  static Chart chart(List<Chart> charts, Chart.Kind kind) {
    return charts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  /** A small run's results.json with provenance, source and charts. */
  static String runJson() throws ScenarioException {
    return JsonResults.render(run(), provenance(), YAML, charts());
  }
}
