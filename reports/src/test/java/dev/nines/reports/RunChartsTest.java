package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.traffic.BalancerSpec;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartImages;
import dev.nines.reports.charts.ChartRenderer;
import dev.nines.reports.charts.Charts;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.Curve;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * Which charts a run and a comparison get, and what each shows: the series, their styles, the
 * markers and the categories, built from real small results; and the building blocks' binning and
 * ordering.
 */
class RunChartsTest {

  private static final double NAN = Double.NaN;

  private static final String TIERS = """
      name: tiers
      seed: 2026
      horizon: 1y
      replications: 4
      components:
        web: {count: 3, failure: {dist: exponential, mean: 300h}, repair: {dist: exponential, mean: 12h}}
        db: {count: 2, failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 20h}, crew: ops}
      crews:
        ops: {size: 1}
      detectors:
        hb: {heartbeat: {interval: 10s, timeout: 30s}, monitors: web}
      system: {series: [{atLeast: 2, of: web}, {atLeast: 1, of: db}]}
      """;

  private static final String TRAFFIC = """
      name: traffic
      seed: 2026
      horizon: 3m
      replications: 3
      components:
        app: {count: 4}
      system: {atLeast: 1, of: app}
      traffic:
        arrivals: {poisson: 300/s}
        service: {dist: exponential, mean: 10ms}
        servers: app
        balancer: random
      faults:
        - {at: 1m, fail: "app[2]", for: 30s}
      """;

  private static Scenario scenario(String yaml) throws ScenarioException {
    return ScenarioLoader.parse(yaml, "charts.yaml", Overrides.NONE);
  }

  private static Map<String, Chart> byId(List<Chart> charts) {
    Map<String, Chart> map = new LinkedHashMap<>();
    charts.forEach(c -> map.put(c.id(), c));
    assertEquals(charts.size(), map.size(), "ids are unique");
    return map;
  }

  @Test
  void aRunGetsItsFiguresBesideTheFormulasOutagesDowntimeAndDelays() throws ScenarioException {
    ExperimentResult result = Experiment.run(scenario(TIERS), 2, Map.of(), true);
    Map<String, Chart> charts = byId(RunCharts.of(result));
    assertEquals(List.of("availability", "mtbf", "mttr", "transient-availability",
        "outages-system", "outages-web", "outages-db", "downtime-by-group",
        "detection-delay-hb"), List.copyOf(charts.keySet()),
        "no downtime-by-cause: every outage started with a failure, a Pareto chart of one bar");

    // Availability by scope: the unavailability U = 1 - A of each scope, its own figure, on one
    // log axis shared by the scopes.
    Chart availability = charts.get("availability");
    assertEquals(Chart.Kind.INTERVALS, availability.kind());
    assertTrue(availability.y().log(), "unavailability on a log axis");
    assertEquals(List.of("system", "web", "db"), availability.categories());
    Series simulated = availability.series(Style.SIMULATED).get(0);
    Series formula = availability.series(Style.ANALYTIC).get(0);
    assertEquals(result.metric("web", "unavailability").mean(), simulated.y()[1]);
    assertEquals(result.metric("web", "unavailability").low(), simulated.low()[1]);
    assertEquals(result.metric("db", "unavailability").analytic(), formula.y()[2]);

    Chart transientA = charts.get("transient-availability");
    assertTrue(transientA.y().log(), "U(t) on a log axis");
    assertEquals(2, transientA.series().size(), "simulated band and the uniformization curve");
    assertTrue(transientA.series(Style.SIMULATED).get(0).hasBand());
    assertEquals(result.metric("system", "unavailability").analytic(),
        transientA.markers().get(0).value(), "the steady state U is marked");

    Chart outages = charts.get("outages-system");
    assertEquals(Chart.Kind.HISTOGRAM, outages.kind());
    assertEquals(List.of("p50", "p95", "p99", "MTTR, formula"),
        outages.markers().stream().map(Marker::label).toList());
    double counted = Arrays.stream(outages.series().get(0).y()).sum();
    assertEquals(result.details().outages().get("system").length, counted, 0.0,
        "every outage is in a bar");

    Chart groups = charts.get("downtime-by-group");
    assertEquals(java.util.Set.of("web", "db"), java.util.Set.copyOf(groups.categories()));
    assertEquals(result.details().downtimeByGroup().values().stream()
        .mapToDouble(Double::doubleValue).sum(), Arrays.stream(groups.series().get(0).y()).sum(),
        1e-9 * Arrays.stream(groups.series().get(0).y()).sum());
    List<String> delayMarkers =
        charts.get("detection-delay-hb").markers().stream().map(Marker::label).toList();
    assertEquals(List.of("mean", "mean, formula"), delayMarkers);
  }

  /**
   * One unit, exponential life (mean 100 h) and repair (mean 10 h), started new: its
   * unavailability over time is U(t) = λ/(λ+μ)·(1 − e^{−(λ+μ)t}), which the chart's exact curve
   * must follow; the simulated share down at t = 0 is 0 in every replication, where the exact
   * binomial (Clopper–Pearson) band is [0, 1 − (α/2)^{1/n}].
   */
  @Test
  void unavailabilityOverTimeFollowsTheExactCurveWithABinomialBandToTheAxis()
      throws ScenarioException {
    int n = 200;
    ExperimentResult result = Experiment.run(scenario("""
        name: one unit
        seed: 11
        horizon: 1y
        replications: %d
        components:
          app: {count: 1, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
        system: {atLeast: 1, of: app}
        """.formatted(n)), 2, Map.of(), true);
    Chart chart = byId(RunCharts.of(result)).get("transient-availability");
    assertEquals("Unavailability U(t)", chart.y().label());
    assertTrue(chart.y().log());
    Series simulated = chart.series(Style.SIMULATED).get(0);
    Series exact = chart.series(Style.ANALYTIC).get(0);
    double lambda = 1 / (100 * 3600.0);
    double mu = 1 / (10 * 3600.0);
    double[] t = exact.x();
    int covered = 0;
    for (int i = 0; i < t.length; i++) {
      double u = lambda / (lambda + mu) * (1 - Math.exp(-(lambda + mu) * t[i]));
      assertEquals(u, exact.y()[i], 1e-6 * u + 1e-15, "U(" + t[i] + ")");
      double down = simulated.y()[i] * n;
      assertEquals(Math.rint(down), down, 1e-6, "a share of the " + n + " replications");
      assertTrue(simulated.low()[i] <= simulated.y()[i] && simulated.y()[i] <= simulated.high()[i]);
      covered += simulated.low()[i] <= u && u <= simulated.high()[i] ? 1 : 0;
    }
    assertTrue(covered >= 0.9 * t.length, covered + " of " + t.length + " bands hold U(t)");
    assertEquals(0, simulated.y()[0], "every replication starts up");
    assertEquals(0, simulated.low()[0]);
    assertEquals(1 - Math.pow(0.025, 1.0 / n), simulated.high()[0], 1e-9);
    assertEquals(lambda / (lambda + mu), chart.markers().get(0).value(), 1e-9, "steady state");
    assertEquals("steady state", chart.markers().get(0).label());

    // Drawn: the zero at t = 0 is marked at the axis, and the band runs down to it.
    XYPlot plot = ChartRenderer.draw(chart).getXYPlot();
    double edge = plot.getRangeAxis().getLowerBound();
    YIntervalSeriesCollection band = null;
    XYSeriesCollection zeros = null;
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      if (plot.getDataset(d) instanceof YIntervalSeriesCollection b) {
        band = b;
      } else if (d > 0 && plot.getDataset(d) instanceof XYSeriesCollection z) {
        zeros = z;
      }
    }
    assertEquals(edge, band.getStartYValue(0, 0), "the band reaches the axis at t = 0");
    assertEquals(1, zeros.getItemCount(0), "one zero estimate: t = 0");
    assertEquals(0, zeros.getXValue(0, 0));
    assertTrue(plot.getRangeAxis().getRange().contains(exact.y()[1]));
    assertEquals(0, plot.getDomainAxis().getLowerBound(), "the curve starts at the axis");
    assertEquals(t[t.length - 1], plot.getDomainAxis().getUpperBound(), "and ends at the edge");
  }

  @Test
  void aScopeWhoseOutagesAreTheSystemsGetsNoHistogramOfItsOwn() throws ScenarioException {
    ExperimentResult result = Experiment.run(scenario("""
        name: one database
        seed: 3
        horizon: 1y
        replications: 3
        components:
          db: {count: 1, failure: {dist: exponential, mean: 300h}, repair: {dist: exponential, mean: 5h}}
        system: {atLeast: 1, of: db}
        """), 1, Map.of(), false);
    assertTrue(Arrays.equals(result.details().outages().get("system"),
        result.details().outages().get("db")), "the same outages");
    Map<String, Chart> charts = byId(RunCharts.of(result));
    assertTrue(charts.containsKey("outages-system"));
    assertFalse(charts.containsKey("outages-db"), charts.keySet().toString());
    assertFalse(charts.containsKey("downtime-by-group"), "one group: one bar");
  }

  @Test
  void aSuccessRatioThatNeverMovesIsNotDrawn() {
    double[] x = {10, 20, 30};
    Curve flat = new Curve(x, new double[] {1, 1, 1}, new double[] {0.9, 0.95, 0.9},
        new double[] {1, 1, 1}, new double[] {NAN, NAN, NAN}, "");
    Curve dip = new Curve(x, new double[] {1, 0.8, 1}, new double[] {0.9, 0.7, 0.9},
        new double[] {1, 0.9, 1}, new double[] {NAN, NAN, NAN}, "");
    assertNull(RunCharts.successOverTime("s", "S", List.of(Map.entry("a", flat),
        Map.entry("b", flat)), List.of()), "100 % throughout, for both");
    assertNotNull(RunCharts.successOverTime("s", "S", List.of(Map.entry("a", flat),
        Map.entry("b", dip)), List.of()), "one of them dips");
  }

  @Test
  void aTrafficRunGetsItsResponseDistributionAndTheSuccessRatioAcrossTheFault()
      throws ScenarioException {
    ExperimentResult result = Experiment.run(scenario(TRAFFIC), 2, Map.of(), false);
    Map<String, Chart> charts = byId(RunCharts.of(result));
    Chart cdf = charts.get("response-time-cdf");
    assertEquals(List.of("random"), cdf.series().stream().map(Series::label).toList(),
        "the servers fail (a scripted fault): no formula to draw");
    Chart success = charts.get("success-over-time");
    assertNotNull(success, "the fault costs requests: the ratio moves");
    assertEquals(List.of("app[2] fails", "app[2] back"),
        success.markers().stream().map(Marker::label).toList());
    assertEquals(60, success.markers().get(0).value());
    assertEquals(90, success.markers().get(1).value());
  }

  @Test
  void aComparisonGetsEachBalancerAgainstLoadWithItsFormulaDashedInItsColour()
      throws ScenarioException {
    Scenario scenario = scenario(TRAFFIC.replace("""
          faults:
            - {at: 1m, fail: "app[2]", for: 30s}
          """.stripIndent(), ""));
    Comparison.Result result = Comparison.run(scenario,
        List.of(BalancerSpec.named("random"), BalancerSpec.named("least-connections")),
        List.of(0.5, 0.8), 2);
    Map<String, Chart> charts = byId(CompareCharts.of(result));
    assertTrue(charts.keySet().containsAll(List.of("response-time-vs-load",
        "response-p99-vs-load", "response-time-cdf-load-0-5", "response-time-cdf-load-0-8",
        "response-time-load-0-8")), charts.keySet().toString());
    assertFalse(charts.keySet().stream().anyMatch(id -> id.startsWith("success-over-time")),
        "nothing failed: every request served, a flat 100 %, not drawn");
    Chart byBalancer = charts.get("response-time-load-0-8");
    assertEquals(List.of("random", "least-connections"), byBalancer.categories(),
        "the balancers are rows of one chart, on one axis");
    Chart mean = charts.get("response-time-vs-load");
    assertEquals(List.of("random", "random, formula", "least-connections"),
        mean.series().stream().map(Series::label).toList(),
        "least-connections has no closed form");
    assertEquals(Style.ANALYTIC, mean.series().get(1).style());
    assertEquals(mean.series().get(0).group(), mean.series().get(1).group(), "one colour");
    assertTrue(Arrays.equals(new double[] {0.5, 0.8}, mean.series().get(0).x()));
    Chart cdf = charts.get("response-time-cdf-load-0-8");
    assertEquals(List.of("random", "random, formula", "least-connections"),
        cdf.series().stream().map(Series::label).toList());
    for (Chart chart : charts.values()) {
      assertTrue(ChartImages.png(chart).length > 1000, chart.id());
    }
  }

  @Test
  void aHistogramCountsEverySampleAndCutsOnlyALongTail() {
    double[] uniform = new double[400];
    for (int i = 0; i < uniform.length; i++) {
      uniform[i] = 2 + i / 400.0;
    }
    Chart flat = Charts.histogram("flat", "Flat", dev.nines.reports.charts.Axis.linear("d", "s"),
        uniform, List.of());
    double[] edges = flat.series().get(0).x();
    assertEquals(uniform[uniform.length - 1], edges[edges.length - 1], "no tail to cut");
    assertEquals(400, Arrays.stream(flat.series().get(0).y()).sum());
    assertEquals("Flat (400)", flat.title());

    double[] tailed = uniform.clone();
    tailed[399] = 1000;
    Chart cut = Charts.histogram("cut", "Cut", dev.nines.reports.charts.Axis.linear("d", "s"),
        tailed, List.of());
    assertTrue(cut.title().contains("the longest 0.5 % in the last bar"), cut.title());
    assertEquals(400, Arrays.stream(cut.series().get(0).y()).sum(), "the tail is in the last bar");
    assertNull(Charts.histogram("one", "One", dev.nines.reports.charts.Axis.linear("d", "s"),
        new double[] {1}, List.of()));

    // 980 switchovers of 30 s to 40 s and 20 repairs of 1 h to 3 h: a log axis shows both.
    double[] mixed = new double[1000];
    for (int i = 0; i < mixed.length; i++) {
      mixed[i] = i < 980 ? 30 + i / 98.0 : 3600 * (1 + (i - 980) / 10.0);
    }
    Chart both = Charts.histogram("both", "Both", dev.nines.reports.charts.Axis.linear("d", "s"),
        mixed, List.of());
    assertTrue(both.x().log(), "the p99 a repair, the median a switchover");
    assertEquals("Both (1000, log scale)", both.title());
    double[] logEdges = both.series().get(0).x();
    assertEquals(30, logEdges[0]);
    assertEquals(mixed[999], logEdges[logEdges.length - 1]);
    double ratio = logEdges[1] / logEdges[0];
    for (int i = 1; i < logEdges.length; i++) {
      assertEquals(ratio, logEdges[i] / logEdges[i - 1], 1e-9 * ratio, "equal widths in log");
    }
    double[] logCounts = both.series().get(0).y();
    assertEquals(1000, Arrays.stream(logCounts).sum(), "every sample in a bar");
    assertTrue(logCounts[logCounts.length - 1] > 0 && logCounts[0] > 0, "both ends seen");
    assertFalse(Charts.histogram("exp", "Exp", dev.nines.reports.charts.Axis.linear("d", "s"),
        uniform, List.of()).x().log(), "a narrow spread stays linear");
  }

  @Test
  void paretoBarsGoLargestFirstAndLeaveOutNothingButZeros() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("b", 1.0);
    shares.put("a", 5.0);
    shares.put("c", 1.0);
    shares.put("none", 0.0);
    Chart pareto = Charts.pareto("p", "P", dev.nines.reports.charts.Axis.linear("d", "s"), shares);
    assertEquals(List.of("a", "b", "c"), pareto.categories());
    assertTrue(Arrays.equals(new double[] {5, 1, 1}, pareto.series().get(0).y()));
    assertNull(Charts.pareto("q", "Q", dev.nines.reports.charts.Axis.linear("d", "s"),
        Map.of("x", 0.0)));
    assertNull(Charts.pareto("one", "One", dev.nines.reports.charts.Axis.linear("d", "s"),
        Map.of("x", 3.0, "y", 0.0)), "one bar says nothing a table does not");
  }

  @Test
  void chartsWhoseNamesMakeTheSameIdAreNumbered() {
    List<Chart> charts = new java.util.ArrayList<>();
    Chart a = Charts.pareto("downtime-app", "A", dev.nines.reports.charts.Axis.linear("d", "s"),
        Map.of("x", 1.0, "y", 2.0));
    RunCharts.add(charts, a);
    RunCharts.add(charts, a);
    RunCharts.add(charts, null);
    assertEquals(List.of("downtime-app", "downtime-app-2"),
        charts.stream().map(Chart::id).toList());
    assertEquals("app-1", RunCharts.id("App[1]"));
  }
}
