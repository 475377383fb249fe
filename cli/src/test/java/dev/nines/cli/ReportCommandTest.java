package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.reports.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run -o DIR}, {@code compare -o DIR} and {@code report DIR}: the files a report is made
 * of, drawn again from results.json alone to the same bytes, and clear errors for bad directories.
 */
class ReportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void runWritesResultsReplicationsChartsAndThePage(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("run", Cli.example("two-of-three.yaml"), "--replications", "5",
        "--threads", "2", "-o", out.toString());
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("availability"), "the table still goes to stdout");
    assertTrue(cli.err().contains("report.html"), cli.err());

    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    for (String key : List.of("scenario", "seed", "replications", "confidence", "horizon",
        "warmup", "metrics", "provenance", "source", "charts")) {
      assertTrue(results.has(key), key);
    }
    byte[] scenario = Files.readAllBytes(Path.of(Cli.example("two-of-three.yaml")));
    assertEquals(Provenance.sha256(scenario),
        results.get("provenance").get("scenario-sha256").asText());
    assertEquals(5, results.get("provenance").get("replications").asInt());
    assertEquals(new String(scenario, StandardCharsets.UTF_8), results.get("source").asText());

    List<String> csv = Files.readAllLines(out.resolve("replications.csv"));
    assertEquals("replication,scope,name,unit,value", csv.get(0));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("4,system,availability,1,")));

    List<String> ids = new ArrayList<>();
    results.get("charts").forEach(c -> ids.add(c.get("id").asText()));
    assertTrue(ids.containsAll(List.of("availability", "mtbf", "mttr", "transient-availability",
        "outages-system")), ids.toString());
    assertFalse(ids.contains("downtime-by-cause"), "one cause (failure): no one-bar Pareto chart");
    for (String id : ids) {
      assertTrue(Files.size(out.resolve("charts/" + id + ".png")) > 1000, id);
      assertTrue(Files.readString(out.resolve("charts/" + id + ".svg")).contains("<svg"), id);
    }
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("data:image/png;base64,"));
    assertFalse(page.contains("<script"));
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file is left");
    }
  }

  @Test
  void reportDrawsTheSameFilesAgainFromResultsJsonAlone(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("run", Cli.example("two-of-three.yaml"), "--replications", "4",
        "-o", out.toString()).status());
    Map<String, byte[]> before = contents(out);
    Files.delete(out.resolve("report.html"));
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      for (Path chart : charts.toList()) {
        Files.delete(chart);
      }
    }
    Cli cli = Cli.run("report", out.toString());
    assertEquals(0, cli.status(), cli.err());
    Map<String, byte[]> after = contents(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void theSameRunGivesTheSameFilesOnAnyNumberOfThreads(@TempDir Path dir) throws IOException {
    String file = Cli.example("dead-server-slow-detection.yaml");
    assertEquals(0, Cli.run("run", file, "--horizon", "4m", "--replications", "4", "--threads",
        "1", "-o", dir.resolve("one").toString()).status());
    assertEquals(0, Cli.run("run", file, "--horizon", "4m", "--replications", "4", "--threads",
        "3", "-o", dir.resolve("three").toString()).status());
    Map<String, byte[]> one = contents(dir.resolve("one"));
    Map<String, byte[]> three = contents(dir.resolve("three"));
    assertEquals(one.keySet(), three.keySet());
    one.forEach((name, bytes) -> assertArrayEquals(bytes, three.get(name), name));
    assertTrue(one.containsKey("charts/response-time-cdf.png"), one.keySet().toString());
    assertTrue(one.containsKey("charts/success-over-time.svg"), one.keySet().toString());
  }

  @Test
  void compareWritesTheSameKindOfReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("cmp");
    Cli cli = Cli.run("compare", Cli.example("balancers-at-90-percent.yaml"), "--balancers",
        "random,round-robin", "--loads", "0.5,0.8", "--horizon", "1m", "--replications", "3",
        "-o", out.toString());
    assertEquals(0, cli.status(), cli.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    assertTrue(results.has("runs") && results.has("differences") && results.has("charts"));
    assertTrue(Files.exists(out.resolve("charts/response-time-vs-load.png")));
    assertTrue(Files.exists(out.resolve("charts/response-p99-vs-load.svg")));
    assertTrue(Files.readAllLines(out.resolve("replications.csv")).get(0)
        .startsWith("balancer,load,replication,"));
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("round-robin"), "a section per balancer and load");
  }

  @Test
  void aReportWrittenOverAnotherLeavesOnlyItsOwnCharts(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("run", Cli.example("dead-server-slow-detection.yaml"), "--horizon",
        "3m", "--replications", "3", "-o", out.toString()).status());
    assertTrue(Files.exists(out.resolve("charts/response-time-cdf.png")));
    Files.writeString(out.resolve("charts/notes.txt"), "mine");
    assertEquals(2, Cli.run("run", Cli.example("two-of-three.yaml"), "--replications", "3",
        "-o", out.toString()).status(), "a file nines did not write: refused unless forced");
    assertEquals(0, Cli.run("run", Cli.example("two-of-three.yaml"), "--replications", "3",
        "-o", out.toString(), "--force").status());
    assertFalse(Files.exists(out.resolve("charts/response-time-cdf.png")), "a stale chart");
    assertTrue(Files.exists(out.resolve("charts/transient-availability.png")));
    assertEquals("mine", Files.readString(out.resolve("charts/notes.txt")), "not a chart of ours");
  }

  @Test
  void aMissingResultsFileIsBadInput(@TempDir Path dir) {
    Cli cli = Cli.run("report", dir.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.err().contains("results.json: no such file"), cli.err());
    assertTrue(cli.err().contains("hint:"), cli.err());
  }

  @Test
  void aBrokenResultsFileIsBadInputWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("results.json"), "{\"metrics\": [");
    Cli cli = Cli.run("report", dir.toString());
    assertEquals(2, cli.status(), cli.err());
    assertTrue(cli.err().contains("results.json"), cli.err());
    assertFalse(cli.err().contains("at dev.nines"), cli.err());
  }

  @Test
  void anOutputThatIsAFileIsBadInputAndNothingRuns(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "mine");
    Cli cli = Cli.run("run", Cli.example("two-of-three.yaml"), "-o", file.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.err().contains("is a file, not a directory"), cli.err());
    assertEquals("", cli.out(), "nothing ran");
    assertEquals("mine", Files.readString(file));
  }

  /** Every file under a directory, by its relative path with forward slashes. */
  static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
