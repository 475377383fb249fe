package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Cost;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.Point;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sweep's answer from hand-made points: n replicas in parallel, each down a tenth of the time, so
 * that 1 − A = 0.1^n; each point's interval on U is [U/2, 2U]. Against availability ≥ 0.9999
 * (U ≤ 1e-4) by the interval: n = 2, 3 miss (U/2 ≥ 5e-4), n = 4 is undecided (5e-5 to 2e-4
 * straddles 1e-4), n = 5, 6 meet (2U ≤ 2e-5). The cost n·300 + crews·9000 makes n = 5 with one
 * crew (10,500) the cheapest that meets.
 */
class SweepAnswerTest {

  private static final String TEXT = """
      name: replicas
      horizon: 1y
      components:
        app: {count: 2, failure: {dist: exponential, mean: 90h}, repair: {dist: exponential, mean: 10h}}
      crews:
        ops: {size: 1}
      system: {atLeast: 1, of: app}
      """;

  private static Sweep sweep(List<String> targets) {
    return new Sweep(TEXT, "replicas.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.count=2..6"), Parameter.parse("crews.ops.size=1,2")),
        targets.stream().map(Target::parse).toList(),
        Cost.parse("components.app.count * 300 + crews.ops.size * 9000"), Double.NaN, 100);
  }

  private static List<MetricResult> figures(int n) {
    double u = Math.pow(0.1, n);
    return List.of(
        new MetricResult("system", "availability", "1", 1 - u, 1 - 2 * u, 1 - u / 2, 20, 1 - u,
            "A"),
        new MetricResult("system", "unavailability", "1", u, u / 2, 2 * u, 20, u, "U"));
  }

  /** Every point of the grid whose index {@code keep} accepts, judged as the sweep would. */
  private static List<PointResult> points(Sweep sweep, java.util.function.IntPredicate keep) {
    List<PointResult> results = new ArrayList<>();
    for (Point p : sweep.points()) {
      if (keep.test(p.index())) {
        int n = (int) p.set().get("components.app.count").number();
        results.add(sweep.judge(p, 20, figures(n)));
      }
    }
    return results;
  }

  private static ReportDocument document(Sweep sweep, List<PointResult> points) throws Exception {
    return ReportDocument.parse(SweepJson.render(sweep.scenario(sweep.points().get(0),
        Overrides.NONE), sweep, points));
  }

  @Test
  void theBestIsTheCheapestPointWhoseIntervalMeetsTheTargetAndItIsSaidWhy() throws Exception {
    Sweep sweep = sweep(List.of("availability>=0.9999"));
    ReportDocument doc = document(sweep, points(sweep, i -> true));
    SweepAnswer a = (SweepAnswer) doc.answer();
    assertFalse(a.sharded());
    assertEquals(10, a.gridSize());
    SweepAnswer.Point best = a.bestPoint();
    assertEquals(Map.of("components.app.count", "5", "crews.ops.size", "1"), best.set());
    assertEquals(5 * 300 + 9000, best.cost(), 0);
    assertEquals(1 - 1e-5, best.figures().get(0).mean(), 1e-15);
    assertEquals("Best design: components.app.count = 5, crews.ops.size = 1", a.headline());
    assertEquals(4, a.meeting());
    assertEquals(4, a.missing());
    assertEquals(2, a.undecided());
    assertEquals("the cheapest of the 4 points (of 10) whose intervals all meet "
        + "system.availability >= 0.9999", a.why());
    assertEquals("4 of 10 points meet the target, 4 miss, 2 undecided", a.tally());
    assertTrue(doc.settings().contains(new ReportDocument.Setting("target",
        "system.availability >= 0.9999")), doc.settings().toString());
    assertTrue(doc.settings().contains(new ReportDocument.Setting("cost",
        "components.app.count * 300 + crews.ops.size * 9000")), doc.settings().toString());

    String html = ReportPage.html(doc, Map.of());
    int answer = html.indexOf("<p id=\"best\"");
    int table = html.indexOf("<section id=\"points\">");
    int glance = html.indexOf("<section id=\"glance\">");
    int details = html.indexOf("<details id=\"details\">");
    assertTrue(0 < answer && answer < table && table < glance && glance < details, html);
    assertTrue(html.contains("<strong>Best design: components.app.count = 5, crews.ops.size = 1"
        + "</strong>"), html);
    // 1 − 1e-5 to its five nines and three digits more; its interval from 1 − 2e-5 to 1 − 5e-6.
    assertTrue(html.contains("<li>system availability <strong>0.99999000</strong>, 95 % interval "
        + "[0.9999800, 0.99999500], formula 0.99999000</li>"), html);
    assertTrue(html.contains("<li>cost <strong>10500</strong> = components.app.count * 300 + "
        + "crews.ops.size * 9000</li>"), html);
    String points = html.substring(table, glance);
    assertEquals(10, points.split("<tr", -1).length - 2, "a row per point under the header");
    assertEquals(1, points.split("<tr class=\"best\">", -1).length - 1);
    assertTrue(points.contains("<td class=\"agrees\">meets · best</td>"), points);
    assertTrue(points.contains("<td class=\"none\">undecided</td>"), points);
  }

  @Test
  void aShardSaysItsBestIsTheBestOfThisShard() throws Exception {
    Sweep sweep = sweep(List.of("availability>=0.9999"));
    // Shard 2/2: the odd indexes, every point with two crews (the first parameter varies slowest).
    SweepAnswer a = (SweepAnswer) document(sweep, points(sweep, i -> i % 2 == 1)).answer();
    assertTrue(a.sharded());
    assertEquals(5, a.points().size());
    assertEquals(10, a.gridSize());
    assertEquals("Best of this shard: components.app.count = 5, crews.ops.size = 2",
        a.headline());
    assertEquals("the cheapest of the 2 points (of 5 in this shard; the sweep has 10) whose "
        + "intervals all meet system.availability >= 0.9999; the other shards may hold a better "
        + "one: nines merge joins them", a.why());
    assertEquals("2 of the 5 points of this shard meet the target, 2 miss, 1 undecided", a.tally());
    String html = ReportPage.html(document(sweep, points(sweep, i -> i % 2 == 1)), Map.of());
    assertTrue(html.contains("<h2>Answer for this shard</h2>"), html);
    assertTrue(html.contains("meets · best of this shard"), html);
    assertTrue(html.contains("<dt>points</dt><dd>5 of the sweep&#39;s 10 (one shard)</dd>"), html);
  }

  @Test
  void withNoPointMeetingTheAnswerSaysSoAndWhy() throws Exception {
    Sweep sweep = sweep(List.of("availability>=0.99999999")); // U ≤ 1e-8: 2·0.1^6 is not
    SweepAnswer a = (SweepAnswer) document(sweep, points(sweep, i -> true)).answer();
    assertNull(a.bestPoint());
    assertEquals("No point surely meets the targets", a.headline());
    // n = 6: U/2 = 5e-7 > 1e-8, so every point misses and none is undecided.
    assertEquals(10, a.missing());
    assertEquals("none of the 10 points has its whole interval on the right side of "
        + "system.availability >= 0.99999999", a.why());
    SweepAnswer shard = (SweepAnswer) document(sweep, points(sweep, i -> i % 2 == 0)).answer();
    assertEquals("No point of this shard surely meets the targets", shard.headline());
    assertEquals("none of the 5 points in this shard (the sweep has 10) has its whole interval on "
        + "the right side of system.availability >= 0.99999999; the other shards may hold one: "
        + "nines merge joins them", shard.why());
  }

  @Test
  void withoutATargetNoPointIsChosenAndEveryPointIsListed() throws Exception {
    Sweep sweep = sweep(List.of());
    ReportDocument doc = document(sweep, points(sweep, i -> true));
    SweepAnswer a = (SweepAnswer) doc.answer();
    assertNull(a.bestPoint());
    assertEquals(List.of(new SweepAnswer.Figure("system", "availability")), a.figures());
    assertEquals("No target given: every point is listed, none is chosen", a.headline());
    String html = ReportPage.html(doc, Map.of());
    String points = html.substring(html.indexOf("<section id=\"points\">"));
    points = points.substring(0, points.indexOf("</table>"));
    assertEquals(10, points.split("<tr>", -1).length - 2, "a row per point under the header");
    assertFalse(points.contains("<th>verdict</th>"), "no verdict without a target");
    assertTrue(doc.settings().contains(new ReportDocument.Setting("target", "none")));
  }
}
