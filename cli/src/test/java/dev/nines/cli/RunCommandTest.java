package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String TWO_OF_THREE = Cli.example("two-of-three.yaml");

  @Test
  void sameJsonForAnyThreadCount() {
    Cli one = Cli.run("run", TWO_OF_THREE, "--json", "--threads", "1", "--replications", "8");
    Cli four = Cli.run("run", TWO_OF_THREE, "--json", "--threads", "4", "--replications", "8");
    assertEquals(0, one.status(), one.err());
    assertEquals(one.out(), four.out());
  }

  @Test
  void trafficIsDeterministicOnAnyThreadCount() throws IOException {
    for (String example : new String[] {"dead-server-slow-detection.yaml",
        "cache-consistent-hash.yaml", "balancers-at-90-percent.yaml"}) {
      String file = Cli.example(example);
      Cli one = Cli.run("run", file, "--json", "--threads", "1", "--replications", "5",
          "--horizon", "4m");
      Cli three = Cli.run("run", file, "--json", "--threads", "3", "--replications", "5",
          "--horizon", "4m");
      assertEquals(0, one.status(), one.err());
      assertEquals(one.out(), three.out(), example);
      JsonNode metrics = new ObjectMapper().readTree(one.out()).get("metrics");
      boolean traffic = false;
      for (JsonNode m : metrics) {
        traffic |= m.get("scope").asText().equals("traffic")
            && m.get("name").asText().equals("response-p99");
      }
      assertTrue(traffic, example + " should report its request-level figures");
    }
  }

  @Test
  void detectorsStandbysAndQuorumsAreDeterministicOnAnyThreadCount() throws IOException {
    for (String example : new String[] {"active-passive-db.yaml", "raft-cluster.yaml"}) {
      String file = Cli.example(example);
      Cli one = Cli.run("run", file, "--json", "--threads", "1", "--replications", "6",
          "--horizon", "2y");
      Cli four = Cli.run("run", file, "--json", "--threads", "4", "--replications", "6",
          "--horizon", "2y");
      assertEquals(0, one.status(), one.err());
      assertEquals(one.out(), four.out(), example);
      JsonNode metrics = new ObjectMapper().readTree(one.out()).get("metrics");
      boolean failoverFigures = false;
      for (JsonNode m : metrics) {
        String name = m.get("name").asText();
        failoverFigures |= name.equals("switchovers") || name.equals("elections");
      }
      assertTrue(failoverFigures, example + " should report its failover figures");
    }
  }

  @Test
  void sameJsonForTheSameSeedTwiceAndOtherJsonForAnotherSeed() {
    Cli first = Cli.run("run", TWO_OF_THREE, "--json", "--replications", "5", "--seed", "3");
    Cli second = Cli.run("run", TWO_OF_THREE, "--json", "--replications", "5", "--seed", "3");
    Cli other = Cli.run("run", TWO_OF_THREE, "--json", "--replications", "5", "--seed", "4");
    assertEquals(first.out(), second.out());
    assertFalse(first.out().equals(other.out()));
  }

  @Test
  void jsonHasTheShapeOfTheContract() throws IOException {
    Cli run = Cli.run("run", TWO_OF_THREE, "--json", "--replications", "4", "--horizon", "10y",
        "--seed", "9");
    assertEquals(0, run.status(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals(9, doc.get("seed").asLong());
    assertEquals(4, doc.get("replications").asInt());
    assertEquals(10 * 365 * 86400.0, doc.get("horizon").asDouble());
    JsonNode first = doc.get("metrics").get(0);
    assertEquals("system", first.get("scope").asText());
    assertEquals("availability", first.get("name").asText());
    for (String key : new String[] {"unit", "mean", "low", "high", "n", "analytic", "formula"}) {
      assertTrue(first.has(key), "metric lacks " + key);
    }
    assertTrue(first.get("low").asDouble() <= first.get("mean").asDouble());
    assertTrue(first.get("mean").asDouble() <= first.get("high").asDouble());
    // all units exponential: the exact CTMC is the analytic column
    assertEquals("CTMC steady state", first.get("formula").asText());
    // a figure without a formula has null analytic and formula, not a made-up number
    JsonNode outage = find(doc, "system", "outage-p50");
    assertTrue(outage.get("analytic").isNull());
    assertTrue(outage.get("formula").isNull());
  }

  @Test
  void tableShowsEachFigureWithItsFormulaAndVerdict() {
    Cli run = Cli.run("run", Cli.example("weibull-lognormal.yaml"), "--replications", "5");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("availability"));
    assertTrue(run.out().contains("MTTF/(MTTF+MTTR)"), run.out());
    assertTrue(run.out().contains("in CI"));
  }

  @Test
  void csvHasOneRowPerFigure() {
    Cli json = Cli.run("run", TWO_OF_THREE, "--json", "--replications", "3");
    Cli csv = Cli.run("run", TWO_OF_THREE, "--csv", "--replications", "3");
    assertEquals(0, csv.status(), csv.err());
    String[] lines = csv.out().split("\n");
    assertEquals("scope,name,unit,mean,low,high,n,analytic,formula,note,verdict", lines[0]);
    long metrics = json.out().lines().filter(l -> l.contains("\"scope\"")).count();
    assertEquals(metrics, lines.length - 1);
  }

  @Test
  void everyExampleRuns() throws IOException {
    try (var files = Files.list(Cli.EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        // Traffic runs at requests per second: a few simulated minutes are plenty.
        boolean traffic = Files.readString(file).contains("\ntraffic:");
        Cli run = Cli.run("run", file.toString(), "--replications", "2", "--horizon",
            traffic ? "4m" : "5y");
        assertEquals(0, run.status(), file + ": " + run.err());
      }
    }
  }

  @Test
  void badInputExitsWithTwoAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nhorizon: 100\ncomponents:\n  a: {count: 2}\n");
    Cli run = Cli.run("run", bad.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("bad.yaml:2:10: horizon:"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void badOptionsExitWithTwo() {
    assertEquals(2, Cli.run("run", TWO_OF_THREE, "--horizon", "100").status());
    assertEquals(2, Cli.run("run", TWO_OF_THREE, "--threads", "0").status());
    assertEquals(2, Cli.run("run", TWO_OF_THREE, "--replications", "1").status());
    assertEquals(2, Cli.run("run", TWO_OF_THREE, "--json", "--csv").status());
    assertEquals(2, Cli.run("run", "no-such-file.yaml").status());
  }

  @Test
  void aRunBeyondTheEventLimitIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "name: big\nhorizon: 1000y\nreplications: 1000\ncomponents:\n"
        + "  a: {count: 100, failure: 1h, repair: 1h}\n");
    Cli run = Cli.run("run", big.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("big.yaml:2:10: horizon: this run would simulate about "
        + "8.76e+11 events"), run.err());
    assertTrue(run.err().contains("or run it anyway with --force"), run.err());
    // --force is an option of run (a forced run of this file would take hours: refuse it for
    // too few replications instead).
    Cli forced = Cli.run("run", big.toString(), "--force", "--replications", "1");
    assertEquals(2, forced.status());
    assertTrue(forced.err().contains("replications must be at least 2"), forced.err());
    assertFalse(forced.err().contains("Unknown option"), forced.err());
  }

  private static JsonNode find(JsonNode doc, String scope, String name) {
    for (JsonNode m : doc.get("metrics")) {
      if (m.get("scope").asText().equals(scope) && m.get("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no metric " + scope + "/" + name);
  }
}
