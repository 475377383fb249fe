package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartJson;
import dev.nines.reports.charts.ChartRenderer;
import dev.nines.reports.charts.Marker;
import dev.nines.reports.charts.Series;
import dev.nines.reports.charts.Style;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Cost;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.Point;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * A sweep's charts from hand-made points: replicas in parallel, each down a tenth of the time, so
 * that n replicas are down together 0.1^n of the time (1 − A = 0.1^n: one nine per replica).
 * Availability is drawn as unavailability on a log axis with the target converted, whole numbers
 * get whole ticks, and the heat map is coloured by nines and says each point's verdict and cost.
 */
class SweepChartsTest {

  private static final String TEXT = """
      name: replicas
      horizon: 1y
      components:
        app: {count: 2, failure: {dist: exponential, mean: 90h}, repair: {dist: exponential, mean: 10h}}
      crews:
        ops: {size: 1}
      system: {atLeast: 1, of: app}
      """;

  private static Sweep sweep(List<String> sets, List<String> targets) {
    return new Sweep(TEXT, "replicas.yaml", Overrides.NONE,
        sets.stream().map(Parameter::parse).toList(),
        targets.stream().map(Target::parse).toList(),
        Cost.parse("components.app.count * 300 + crews.ops.size * 9000"), Double.NaN, 100);
  }

  /**
   * The system's figures at a point with n replicas: U = 0.1^n by the formula, the simulated mean
   * a little off it, the interval from half to twice it; none seen at all when {@code none}.
   */
  private static List<MetricResult> figures(int n, boolean none) {
    double u = Math.pow(0.1, n);
    double mean = none ? 0 : u * 1.1;
    double low = none ? 0 : u / 2;
    double high = 2 * u;
    return List.of(
        new MetricResult("system", "availability", "1", 1 - mean, 1 - high, 1 - low, 20, 1 - u,
            "A"),
        new MetricResult("system", "unavailability", "1", mean, low, high, 20, u, "U"),
        new MetricResult("system", "nines", "1", none ? Double.POSITIVE_INFINITY
            : -Math.log10(mean), -Math.log10(high), none ? Double.POSITIVE_INFINITY
            : -Math.log10(low), 20, -Math.log10(u), "-log10(U)"));
  }

  /** Every point judged on availability >= 0.9999 by its interval, as the sweep would. */
  private static List<PointResult> points(Sweep sweep) {
    List<PointResult> results = new ArrayList<>();
    for (Point p : sweep.points()) {
      int n = (int) p.set().get("components.app.count").number();
      boolean none = n == 6 && p.set().containsKey("crews.ops.size")
          && p.set().get("crews.ops.size").number() == 2;
      results.add(sweep.judge(p, 20, figures(n, none)));
    }
    return results;
  }

  private static Map<String, Chart> byId(List<Chart> charts) {
    Map<String, Chart> map = new LinkedHashMap<>();
    charts.forEach(c -> map.put(c.id(), c));
    return map;
  }

  @Test
  void availabilityIsDrawnAsUnavailabilityOnALogAxisWithTheTargetConverted() throws Exception {
    Sweep sweep = sweep(List.of("components.app.count=2..6", "crews.ops.size=1,2"),
        List.of("availability>=0.9999"));
    List<PointResult> points = points(sweep);
    Map<String, Chart> charts = byId(SweepCharts.of(sweep, points));
    assertEquals(List.of("system-availability-vs-components-app-count",
        "system-availability-grid"), List.copyOf(charts.keySet()));

    Chart against = charts.get("system-availability-vs-components-app-count");
    assertTrue(against.y().log(), "unavailability on a log axis");
    assertFalse(against.x().log());
    assertEquals(List.of("crews.ops.size=1", "crews.ops.size=1, formula", "crews.ops.size=2",
        "crews.ops.size=2, formula"), against.series().stream().map(Series::label).toList());
    Series one = against.series().get(0);
    Series formula = against.series().get(1);
    assertTrue(Arrays.equals(new double[] {2, 3, 4, 5, 6}, one.x()));
    for (int i = 0; i < 5; i++) {
      double u = Math.pow(0.1, i + 2);
      assertEquals(u, formula.y()[i], 1e-12 * u, "a nine per replica");
      assertEquals(1.1 * u, one.y()[i], 1e-12 * u);
      assertEquals(2 * u, one.high()[i], 1e-12 * u);
    }
    Marker target = against.markers().get(0);
    assertEquals(Style.TARGET, target.style());
    assertFalse(target.onX());
    assertEquals(1e-4, target.value(), 1e-15, "availability 0.9999 is unavailability 1e-4");
    assertEquals("target: system.availability >= 0.9999", target.label());

    // Drawn: the axis reaches from the target down past five nines, with whole replica ticks.
    JFreeChart drawn = ChartRenderer.draw(against);
    XYPlot plot = drawn.getXYPlot();
    assertTrue(plot.getRangeAxis().getRange().contains(1e-4));
    assertTrue(plot.getRangeAxis().getRange().contains(2e-6));
    assertTrue(plot.getDomainAxis() instanceof NumberAxis);
    List<Double> ticks = dev.nines.reports.charts.ChartTicks.of(against, drawn,
        plot.getDomainAxis());
    assertTrue(ticks.containsAll(List.of(2.0, 3.0, 4.0, 5.0, 6.0)), ticks.toString());
    assertTrue(ticks.stream().allMatch(t -> t == Math.rint(t)), "no 1.8, no 2.2: " + ticks);

    // The heat map: nines by colour; each cell its nines, verdict and cost; the best marked.
    Chart grid = charts.get("system-availability-grid");
    assertFalse(grid.value().log());
    assertEquals("system nines, −log10(1 − A)", grid.value().label());
    double[] z = grid.series().get(0).z();
    assertEquals(-Math.log10(1.1e-2), z[0], 1e-9, "2 replicas, 1 technician");
    assertTrue(Double.isNaN(z[9]), "6 replicas, 2 technicians: no outage seen, no estimate");
    List<String> texts = grid.categories();
    assertEquals(10, texts.size());
    assertEquals("1.96 nines\nmisses\ncost 9600", texts.get(0));
    assertEquals("no outage seen\nmeets\ncost 19800", texts.get(9),
        "no outage in 20 replications, yet the interval lies above 0.9999");
    PointResult best = Sweep.best(points);
    int at = points.indexOf(best);
    assertEquals(5.0, best.point().set().get("components.app.count").number(),
        "five replicas: the first whose interval [0.5e-5, 2e-5] lies below 1e-4");
    assertTrue(texts.get(at).contains("best: meets"), texts.get(at));
    assertEquals(1, texts.stream().filter(t -> t.contains("best")).count());

    // The chart model is what results.json keeps: it reads back the same.
    StringWriter out = new StringWriter();
    try (var json = new ObjectMapper().getFactory().createGenerator(out)) {
      ChartJson.write(json, grid);
    }
    assertEquals(grid, ChartJson.read(new ObjectMapper().readTree(out.toString())));
  }

  @Test
  void aTargetInNinesOrUnavailabilityIsDrawnInUnavailability() {
    Sweep nines = sweep(List.of("components.app.count=2..4"), List.of("nines>=3"));
    Chart chart = SweepCharts.of(nines, points(nines)).get(0);
    assertTrue(chart.y().log());
    assertEquals(1e-3, chart.markers().get(0).value(), 1e-15);
    Sweep u = sweep(List.of("components.app.count=2..4"), List.of("unavailability<=2e-3"));
    assertEquals(2e-3, SweepCharts.of(u, points(u)).get(0).markers().get(0).value());
    assertEquals(1, SweepCharts.of(u, points(u)).size(), "one parameter: no heat map");
  }

  @Test
  void withoutANumericParameterThePointsShareOneLogAxis() {
    Sweep sweep = new Sweep(TEXT, "replicas.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.repair.dist=exponential,lognormal")), List.of(),
        null, Double.NaN, 100);
    List<PointResult> points = new ArrayList<>();
    for (Point p : sweep.points()) {
      points.add(new PointResult(p, 20, figures(2 + p.index() * 2, false), null, Double.NaN));
    }
    Chart chart = SweepCharts.of(sweep, points).get(0);
    assertEquals(Chart.Kind.INTERVALS, chart.kind());
    assertTrue(chart.y().log());
    assertEquals(List.of("components.app.repair.dist=exponential",
        "components.app.repair.dist=lognormal"), chart.categories());
    assertEquals(1.1e-2, chart.series(Style.SIMULATED).get(0).y()[0], 1e-15);
    assertEquals(1.1e-4, chart.series(Style.SIMULATED).get(0).y()[1], 1e-17);
  }
}
