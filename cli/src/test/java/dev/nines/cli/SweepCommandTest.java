package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nines sweep} and {@code nines merge} from the command line: the table and the JSON, a
 * sweep cut short that resumes to the result of one that was not, shards that merge into the
 * whole, and clear errors.
 */
class SweepCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCENARIO = """
      name: web tier
      seed: 3
      horizon: 20y
      replications: 20
      crews:
        ops: {size: 1}
      components:
        app: {count: 3, failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 10h}, crew: ops}
      system: {atLeast: 2, of: app}
      """;

  private static List<String> args(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", file.toString(),
        "--set", "components.app.count=2..5", "--set", "crews.ops.size=1,2",
        "--target", "availability>=0.9999",
        "--cost", "components.app.count*300 + crews.ops.size*9000", "--threads", "2"));
    args.addAll(List.of(more));
    return args;
  }

  private static Cli sweep(Path file, String... more) {
    return Cli.run(args(file, more).toArray(String[]::new));
  }

  @Test
  void printsEachPointAndTheCheapestThatMeetsTheTarget(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Cli cli = sweep(file);
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("components.app.count"), cli.out());
    assertTrue(cli.out().contains("best: components.app.count="), cli.out());
    assertTrue(cli.err().startsWith("nines sweep: method auto: ")
        && cli.err().indexOf('\n') == cli.err().length() - 1,
        "the methods in one line, no progress bar when not on a terminal: " + cli.err());

    JsonNode json = JSON.readTree(sweep(file, "--json").out());
    assertEquals(8, json.get("points").size());
    JsonNode first = json.get("points").get(0);
    assertEquals(2, first.get("set").get("components.app.count").asInt());
    assertEquals(1, first.get("set").get("crews.ops.size").asInt());
    assertTrue(first.get("metrics").isArray());
    assertTrue(first.has("meets") && first.has("cost") && first.has("replications"));
    assertEquals(2 * 300 + 9000, first.get("cost").asDouble());
    JsonNode best = json.get("best");
    assertTrue(best.get("meets").asBoolean());
    for (JsonNode p : json.get("points")) {
      if (p.get("meets").asBoolean(false)) {
        assertTrue(p.get("cost").asDouble() >= best.get("cost").asDouble(), "best is cheapest");
      }
    }
  }

  @Test
  void aSweepCutShortResumesToTheSameResult(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Cli whole = sweep(file, "--json", "-o", dir.resolve("whole").toString());
    assertEquals(0, whole.status(), whole.err());

    // A sweep killed after three points: the log holds its header, three points and a line cut
    // in the middle of writing.
    Path cut = dir.resolve("cut");
    Files.createDirectories(cut);
    List<String> lines = Files.readAllLines(dir.resolve("whole/points.jsonl"));
    String partial = String.join("\n", lines.subList(0, 4)) + "\n"
        + lines.get(4).substring(0, lines.get(4).length() / 2);
    Files.writeString(cut.resolve("points.jsonl"), partial, StandardCharsets.UTF_8);

    Cli resumed = sweep(file, "--json", "-o", cut.toString());
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: 3 of 8 points already done"), resumed.err());
    assertEquals(whole.out(), resumed.out());
    assertEquals(Files.readString(dir.resolve("whole/points.jsonl")).lines().count(),
        Files.readString(cut.resolve("points.jsonl")).lines().count(), "every point once");
    assertEquals(Files.readString(dir.resolve("whole/results.json")),
        Files.readString(cut.resolve("results.json")));

    Cli again = sweep(file, "--json", "-o", cut.toString());
    assertTrue(again.err().contains("resuming: 8 of 8"), again.err());
    assertEquals(whole.out(), again.out());
  }

  @Test
  void shardsMergedEqualTheWhole(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Cli whole = sweep(file, "--json");
    for (int i = 1; i <= 3; i++) {
      Cli shard = sweep(file, "--shard", i + "/3", "-o", dir.resolve("s" + i).toString());
      assertEquals(0, shard.status(), shard.err());
    }
    Cli merged = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(),
        dir.resolve("s3").toString(), "--json", "-o", dir.resolve("merged").toString());
    assertEquals(0, merged.status(), merged.err());
    assertEquals(whole.out(), merged.out());
    assertTrue(Files.exists(dir.resolve("merged/report.html")));
    Cli table = sweep(file, "--shard", "1/3");
    assertEquals(0, table.status(), table.err());
    assertTrue(table.out().contains("best of this shard: ") || table.out().contains(
        "no point surely meets"), table.out());
    assertFalse(table.out().contains("\nbest: "), table.out());
    if (table.out().contains("best of this shard: ")) {
      assertTrue(table.out().contains("another shard may hold a better one (nines merge joins"
          + " them)"), table.out());
    }
    assertFalse(Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(),
        dir.resolve("s3").toString()).out().contains("best of this shard"));

    Cli missing = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("points are in none of the directories"), missing.err());
  }

  @Test
  void writesAReportWithTheMetricAgainstEachParameterAndAHeatMap(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Path out = dir.resolve("out");
    assertEquals(0, sweep(file, "-o", out.toString()).status());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    List<String> ids = new ArrayList<>();
    results.get("charts").forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(List.of("system-availability-vs-components-app-count",
        "system-availability-grid"), ids);
    JsonNode against = results.get("charts").get(0);
    assertTrue(against.get("y").get("log").asBoolean(), "unavailability on a log axis");
    assertEquals("target: system.availability >= 0.9999",
        against.get("markers").get(0).get("label").asText());
    assertEquals(1e-4, against.get("markers").get(0).get("value").asDouble(), 1e-15,
        "availability 0.9999 drawn as unavailability 1e-4");
    assertTrue(Files.size(out.resolve("charts/system-availability-grid.png")) > 1000);
    assertTrue(Files.readString(out.resolve("report.html")).contains("best"));
  }

  @Test
  void sweepsRatesAndBalancersAndPricesByTheRate(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("lb.yaml"), """
        name: balancers
        seed: 4
        horizon: 1m
        replications: 3
        components:
          app: {count: 4}
        traffic:
          arrivals: {poisson: 100/s}
          service: {dist: exponential, mean: 20ms}
          servers: app
          balancer: random
        """);
    Path out = dir.resolve("out");
    Cli cli = Cli.run("sweep", file.toString(), "--set", "traffic.arrivals.poisson=60/s,120/s",
        "--set", "traffic.balancer=random,least-connections",
        "--target", "traffic.response-p99<=1s", "--cost", "-traffic.arrivals.poisson",
        "--json", "-o", out.toString());
    assertEquals(0, cli.status(), cli.err());
    JsonNode json = JSON.readTree(cli.out());
    List<Double> costs = new ArrayList<>();
    json.get("points").forEach(p -> costs.add(p.get("cost").asDouble()));
    assertEquals(List.of(-60.0, -60.0, -120.0, -120.0), costs, "a rate is its number per second");
    JsonNode chart = JSON.readTree(out.resolve("results.json").toFile()).get("charts").get(0);
    assertEquals("traffic.arrivals.poisson", chart.get("x").get("label").asText());
    assertEquals("1/s", chart.get("x").get("unit").asText());
    List<String> lines = new ArrayList<>();
    chart.get("series").forEach(series -> lines.add(series.get("label").asText()));
    assertTrue(lines.contains("traffic.balancer=least-connections"), "one line per balancer: "
        + lines);

    Cli named = Cli.run("sweep", file.toString(), "--set", "traffic.balancer=random,round-robin",
        "--cost", "traffic.balancer*2");
    assertEquals(2, named.status());
    assertTrue(named.err().contains("--cost reads traffic.balancer, whose value random is not a "
        + "number"), named.err());
  }

  @Test
  void aOneParameterSweepDrawsOneLineAndItsFormula(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Path out = dir.resolve("out");
    Cli cli = Cli.run("sweep", file.toString(), "--set", "components.app.count=2..4",
        "--threads", "2", "-o", out.toString());
    assertEquals(0, cli.status(), cli.err());
    JsonNode chart = JSON.readTree(out.resolve("results.json").toFile()).get("charts").get(0);
    List<String> labels = new ArrayList<>();
    chart.get("series").forEach(series -> labels.add(series.get("label").asText()));
    assertEquals(List.of("simulated", "formula"), labels);
    Cli one = Cli.run("sweep", file.toString(), "--set", "components.app.count=3");
    assertTrue(one.out().contains("sweep of 1 point · "), one.out());
  }

  @Test
  void badArgumentsAreBadInputWithTheReason(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Cli path = Cli.run("sweep", file.toString(), "--set", "components.ap.count=2,3");
    assertEquals(2, path.status());
    assertTrue(path.err().contains("did you mean 'app'"), path.err());
    Cli values = Cli.run("sweep", file.toString(), "--set", "components.app.count=5..2");
    assertEquals(2, values.status());
    assertFalse(values.err().contains("Exception"), values.err());
    Cli target = Cli.run("sweep", file.toString(), "--set", "components.app.count=2,3",
        "--target", "availability=>0.9");
    assertEquals(2, target.status(), target.err());
    Cli shard = Cli.run("sweep", file.toString(), "--set", "components.app.count=2,3",
        "--shard", "3/2");
    assertEquals(2, shard.status());
    assertTrue(shard.err().contains("--shard 3/2"), shard.err());
    Cli other = sweep(file, "-o", dir.resolve("o").toString());
    assertEquals(0, other.status());
    Cli mismatch = Cli.run("sweep", file.toString(), "--set", "components.app.count=2,3",
        "-o", dir.resolve("o").toString());
    assertEquals(2, mismatch.status());
    assertTrue(mismatch.err().contains("another sweep"), mismatch.err());
  }
}
