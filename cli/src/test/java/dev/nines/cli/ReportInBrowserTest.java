package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.reports.JsonResults;
import dev.nines.reports.Provenance;
import dev.nines.reports.ReportFiles;
import dev.nines.reports.RunCharts;
import dev.nines.reports.Values;
import dev.nines.reports.charts.Axis;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.Charts;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a reader's browser shows it: headless Chromium opens report.html from disk. No
 * console errors, every chart decoded, the tables there, the block diagram of the system at the
 * top, labelled with its blocks' names and availabilities, and a scenario whose name and
 * description are HTML shows them as text and runs nothing.
 */
class ReportInBrowserTest {

  private static final String YAML = """
      name: "<script>alert(1)</script>"
      description: "A replica pair. <img src=x onerror=alert(2)>"
      seed: 11
      horizon: 2y
      replications: 4
      components:
        replica:
          count: 2
          failure: {dist: exponential, mean: 100h}
          repair: {dist: exponential, mean: 8h}
      system: {atLeast: 1, of: replica}
      """;

  @Test
  void reportLoadsWithoutErrorsAndShowsHostileTextAsText(@TempDir Path dir) throws Exception {
    try (Chromium browser = Chromium.start()) {
      Scenario scenario = ScenarioLoader.parse(YAML, "hostile.yaml", Overrides.NONE);
      ExperimentResult result = Experiment.run(scenario, 1, Map.of(), true);
      List<Chart> charts = charts(result);
      assertEquals(java.util.Set.of(Chart.Kind.values()),
          charts.stream().map(Chart::kind).collect(java.util.stream.Collectors.toSet()));
      String json = JsonResults.render(result,
          Provenance.of("hostile.yaml", YAML, scenario.seed(), scenario.replications(), "test"),
          YAML, charts);
      ReportFiles.write(dir, Map.of("results.json", json.getBytes(StandardCharsets.UTF_8)));
      List<Path> written = ReportFiles.render(dir);
      assertEquals(dir.resolve("report.html"), written.get(written.size() - 1));
      assertTrue(Files.exists(dir.resolve("charts/outages-system.svg")));

      browser.open(dir.resolve("report.html"));

      assertFalse(browser.alertOpen(), "the page opened an alert");
      assertEquals(List.of(), browser.consoleProblems(), "console errors or warnings");
      assertEquals(charts.size(), browser.images(), "one image per chart");
      assertTrue(browser.imagesLoaded(), "every chart image should load and decode");
      assertTrue(browser.exists("table tbody tr"), "the results table has rows");
      assertEquals(result.metrics().size(), browser.count("table tbody tr"));
      String text = browser.visibleText();
      assertTrue(text.contains("<script>alert(1)</script>"), text);
      assertTrue(text.contains("<img src=x onerror=alert(2)>"), text);
      assertTrue(text.contains("availability"), text);
      assertEquals(0, browser.count("script"), "no script element");
      assertEquals(0, browser.count("img[src='x']"), "no injected image");
      assertFalse(browser.alertOpen(), "the page opened an alert");

      assertTrue(Files.exists(dir.resolve("charts/structure.svg")));
      assertEquals(1, browser.count("main > section#structure svg.structure"), "the diagram");
      assertEquals(1, browser.count("main > header + section#structure"), "at the top");
      String diagram = browser.textContent("svg.structure");
      String system = Values.format(result.metric("system", "availability").mean(), "1",
          "availability");
      assertTrue(diagram.contains("replica") && diagram.contains("1 of 2"), diagram);
      assertTrue(diagram.contains("A " + system + " (simulated)"), diagram);
      assertTrue(browser.width("svg.structure") > 100, "the diagram is drawn");
      assertTrue(browser.width("svg.structure") <= browser.width("main"), "it fits the page");
    }
  }

  /** A traffic scenario with hostile text, for the command line's own report. */
  private static final String TRAFFIC = """
      name: "<script>alert(1)</script>"
      description: "Two servers, one dies for a while. </pre><b onmouseover=alert(3)>x</b>"
      seed: 5
      horizon: 2m
      replications: 3
      components:
        app: {count: 2}
      system: {atLeast: 1, of: app}
      traffic:
        arrivals: {poisson: 100/s}
        service: {dist: exponential, mean: 5ms}
        servers: app
        balancer: round-robin
        timeout: 1s
      faults:
        - {at: 40s, fail: "app[1]", for: 20s}
      """;

  @Test
  void theReportsOfRunAndCompareOpenCleanlyInTheBrowser(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("hostile.yaml"), TRAFFIC);
    Cli run = Cli.run("run", file.toString(), "-o", dir.resolve("run").toString());
    assertEquals(0, run.status(), run.err());
    Cli compare = Cli.run("compare", file.toString(), "--balancers", "random,round-robin",
        "-o", dir.resolve("compare").toString());
    assertEquals(0, compare.status(), compare.err());
    Cli sweep = Cli.run("sweep", file.toString(), "--set", "components.app.count=2,3",
        "-o", dir.resolve("sweep").toString());
    assertEquals(0, sweep.status(), sweep.err());
    try (Chromium browser = Chromium.start()) {
      for (String report : List.of("run", "compare", "sweep")) {
        browser.open(dir.resolve(report).resolve("report.html"));
        assertFalse(browser.alertOpen(), report + ": the page opened an alert");
        assertEquals(List.of(), browser.consoleProblems(), report + ": console problems");
        assertTrue(browser.images() >= (report.equals("sweep") ? 1 : 3), report + ": charts");
        assertTrue(browser.imagesLoaded(), report + ": every chart image loads");
        assertTrue(browser.count("table tbody tr") > 5, report + ": the results table has rows");
        String text = browser.visibleText();
        assertTrue(text.contains("<script>alert(1)</script>"), report + ": " + text);
        assertTrue(text.contains("</pre><b onmouseover=alert(3)>x</b>"), report);
        assertEquals(0, browser.count("script"), report + ": no script element");
        assertEquals(0, browser.count("b[onmouseover]"), report + ": no injected element");
        // the base scenario's diagram: the request path, then the structure, each block labelled;
        // a run's right after the header, a comparison's and a sweep's after their answer
        String diagram = browser.textContent(report.equals("run")
            ? "main > header + section#structure svg.structure"
            : "main > section#structure svg.structure");
        for (String label : List.of("Request path", "requests", "Poisson 100/s", "round-robin",
            "2 servers, 1 worker each", "app", "1 of 2")) {
          assertTrue(diagram.contains(label), report + ": " + label + " in " + diagram);
        }
        // scripted faults: the formulas do not apply, so the run's estimate or none, said so
        assertTrue(diagram.contains(report.equals("run") ? " (simulated)" : "A – (no formula)"),
            report + ": " + diagram);
        assertTrue(browser.width("svg.structure") <= browser.width("main"), report + ": fits");
      }
    }
  }

  /**
   * The run's own charts, a heat map (a kind a run does not draw) and a Pareto chart (one group,
   * one cause: the run draws none of one bar).
   */
  private static List<Chart> charts(ExperimentResult result) {
    List<Chart> charts = new ArrayList<>(RunCharts.of(result));
    charts.add(Charts.pareto("downtime-by-cause", "Downtime by cause <b>",
        Axis.linear("Downtime per year", "s"), Map.of("failure", 3600.0, "switchover", 60.0)));
    charts.add(Charts.heatMap("availability-grid", "Availability by MTTR <b>",
        Axis.log("MTTR", "s"), Axis.linear("Replicas", "1"), Axis.linear("Availability", "1"),
        new double[] {60, 600, 60, 600}, new double[] {1, 1, 2, 2},
        new double[] {0.999, 0.99, 0.99999, 0.9999}));
    return charts;
  }
}
