package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's and the comparison's reports answer first, as a reader's browser shows them: headless
 * Chromium opens them from disk (1280 × 1024) and finds the best design, and the overview table,
 * near the top of the page, visible without scrolling far; no console errors. Tiny scenarios, few
 * replications: seconds.
 */
class AnswerFirstInBrowserTest {

  /** How far down the page the answer may start, in CSS pixels: within the first screen. */
  private static final double FOLD = 900;

  private static final String PAIR = """
      name: replica pair
      seed: 3
      horizon: 1y
      replications: 4
      components:
        replica:
          count: 2
          failure: {dist: exponential, mean: 100h}
          repair: {dist: exponential, mean: 8h}
      system: {atLeast: 1, of: replica}
      """;

  private static final String TRAFFIC = """
      name: two servers
      seed: 5
      horizon: 1m
      replications: 3
      components:
        app: {count: 2}
      traffic:
        arrivals: {poisson: 100/s}
        service: {dist: exponential, mean: 5ms}
        servers: app
        balancer: round-robin
      """;

  private static double top(Chromium browser, String selector) {
    return browser.number("return document.querySelector(\"" + selector
        + "\").getBoundingClientRect().top + window.scrollY;");
  }

  @Test
  void theSweepReportShowsTheBestDesignAndEveryPointAboveTheFold(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("pair.yaml"), PAIR);
    // Every point is far above 50 %: each meets, and the cheapest (one replica) is the best.
    Cli sweep = Cli.run("sweep", file.toString(), "--set", "components.replica.count=1..3",
        "--target", "availability>=0.5", "--cost", "components.replica.count*100",
        "-o", dir.resolve("sweep").toString());
    assertEquals(0, sweep.status(), sweep.err());
    try (Chromium browser = Chromium.start()) {
      browser.open(dir.resolve("sweep").resolve("report.html"));
      assertEquals(List.of(), browser.consoleProblems(), "console errors or warnings");
      assertTrue(browser.exists("#best"), "the best design is said");
      double best = top(browser, "#best");
      assertTrue(best > 0 && best < FOLD, "the best design starts at " + best + " px");
      assertTrue(top(browser, "#points table") < FOLD, "the table of points starts on screen");
      assertEquals(3, browser.count("#points tbody tr"), "a row per point");
      assertEquals(1, browser.count("#points tr.best"), "the best row marked");
      String text = browser.visibleText();
      assertTrue(text.contains("Best design: components.replica.count = 1"), text);
      assertTrue(text.contains("3 of 3 points meet the target"), text);
      assertTrue(text.contains("availability >= 0.5"), "the target under Settings: " + text);
      assertTrue(browser.imagesLoaded(), "every chart image loads");
    }
  }

  @Test
  void theCompareReportShowsOneOverviewAboveTheFoldAndTheDifferencesAsSmallMultiples(
      @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("two.yaml"), TRAFFIC);
    Cli compare = Cli.run("compare", file.toString(), "--balancers", "random,round-robin",
        "--loads", "0.5,0.8", "-o", dir.resolve("compare").toString());
    assertEquals(0, compare.status(), compare.err());
    try (Chromium browser = Chromium.start()) {
      browser.open(dir.resolve("compare").resolve("report.html"));
      assertEquals(List.of(), browser.consoleProblems(), "console errors or warnings");
      assertEquals(1, browser.count("table.overview"), "one overview table");
      double overview = top(browser, "table.overview");
      assertTrue(overview > 0 && overview < FOLD, "the overview starts at " + overview + " px");
      assertEquals(2, browser.count("table.overview tbody"), "a block of rows per load");
      assertEquals(3, browser.count("table.overview thead th"), "the figure, then each balancer");
      assertTrue(browser.count(".multiples figure img") >= 2, "the paired differences drawn");
      assertEquals(0, browser.count("#charts figure[id^='chart-difference-']"),
          "not drawn twice");
      // Side by side: two multiples share a row at this width.
      assertEquals(top(browser, ".multiples figure:nth-child(1)"),
          top(browser, ".multiples figure:nth-child(2)"), 0.5);
      // Figure names stay on one line: a cell as tall as one line of text and its padding.
      double tallest = browser.number("return Math.max(...Array.from("
          + "document.querySelectorAll('table.overview td.name')).map(c => c.clientHeight));");
      assertTrue(tallest < 40, "a figure's name wraps: " + tallest + " px");
      assertTrue(browser.imagesLoaded(), "every chart image loads");
      assertTrue(browser.exists("details#details table"), "every run's table, folded");
    }
  }
}
