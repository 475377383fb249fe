package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nines compare}: balancers on common random numbers, as a table and as JSON. */
class CompareCommandTest {

  private static final String BALANCERS = "random,round-robin,least-connections,power-of-two";
  private static final List<String> NAMES =
      List.of("random", "round-robin", "least-connections", "power-of-two");

  /** Four servers that never fail, at load 0.9: 360 requests/s of 10 ms each. */
  private static final String FOUR_SERVERS = """
      name: four servers
      horizon: 200s
      warmup: 10s
      replications: 10
      components: {app: {count: 4}}
      traffic: {arrivals: {poisson: 360/s}, service: {dist: exponential, mean: 10ms}, servers: app, balancer: random}
      """;

  @TempDir static Path dir;
  private static String file;

  @BeforeAll
  static void writeScenario() throws IOException {
    file = Files.writeString(dir.resolve("four.yaml"), FOUR_SERVERS).toString();
  }

  @Test
  void tableNamesEveryBalancerAndTheDifferences() {
    Cli run = Cli.run("compare", file, "--balancers", BALANCERS);
    assertEquals(0, run.status(), run.err());
    for (String name : NAMES) {
      assertTrue(run.out().contains(name), name + " missing:\n" + run.out());
    }
    assertTrue(run.out().contains("common random numbers"), run.out());
    assertTrue(run.out().contains("difference against random (paired)"), run.out());
    assertTrue(run.out().contains("response-time"), run.out());
    assertTrue(run.out().contains("load 0.9 (λ = 360/s"), run.out());
  }

  @Test
  void jsonHasARunPerBalancerAndADifferencePerOtherBalancer() throws IOException {
    Cli run = Cli.run("compare", file, "--balancers", BALANCERS, "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals(List.of("scenario", "seed", "replications", "confidence", "horizon", "warmup",
        "start", "start-remark", "baseline", "runs", "differences"), fields(doc));
    assertEquals("random", doc.get("baseline").asText());
    assertEquals(10, doc.get("replications").asInt());
    JsonNode runs = doc.get("runs");
    assertEquals(NAMES.size(), runs.size());
    for (int i = 0; i < NAMES.size(); i++) {
      JsonNode r = runs.get(i);
      assertEquals(List.of("balancer", "load", "arrivalRate", "metrics"), fields(r));
      assertEquals(NAMES.get(i), r.get("balancer").asText());
      assertEquals(0.9, r.get("load").asDouble(), 1e-12);
      JsonNode m = r.get("metrics").get(0);
      assertEquals(List.of("scope", "name", "unit", "mean", "low", "high", "n", "analytic",
          "formula", "note", "verdict"), fields(m));
      assertEquals("traffic", m.get("scope").asText());
    }
    JsonNode differences = doc.get("differences");
    assertEquals(NAMES.size() - 1, differences.size());
    for (int i = 0; i < differences.size(); i++) {
      JsonNode d = differences.get(i);
      assertEquals(List.of("balancer", "against", "load", "metrics"), fields(d));
      assertEquals(NAMES.get(i + 1), d.get("balancer").asText());
      assertEquals("random", d.get("against").asText());
      assertTrue(d.get("metrics").size() > 0);
    }
  }

  @Test
  void sameOutputForAnyThreadCount() {
    for (String format : new String[] {"--table", "--json"}) {
      List<Cli> runs = new ArrayList<>();
      for (String threads : new String[] {"1", "3"}) {
        List<String> args = new ArrayList<>(List.of("compare", file, "--balancers", BALANCERS,
            "--loads", "0.5,0.9", "--threads", threads));
        if (format.equals("--json")) {
          args.add(format);
        }
        runs.add(Cli.run(args.toArray(String[]::new)));
      }
      assertEquals(0, runs.get(0).status(), runs.get(0).err());
      assertEquals(runs.get(0).out(), runs.get(1).out(), format);
    }
  }

  @Test
  void loadsScaleTheArrivalRate() throws IOException {
    Cli run = Cli.run("compare", file, "--balancers", "random,round-robin", "--loads", "0.5,0.9",
        "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode runs = new ObjectMapper().readTree(run.out()).get("runs");
    assertEquals(4, runs.size());
    double[] loads = {0.5, 0.5, 0.9, 0.9};
    for (int i = 0; i < 4; i++) {
      assertEquals(loads[i], runs.get(i).get("load").asDouble(), 0);
    }
    double expected = 0.9 * 4 / 0.01;
    double rate = runs.get(3).get("arrivalRate").asDouble();
    assertEquals(expected, rate, 1e-9 * expected);
    JsonNode differences = new ObjectMapper().readTree(run.out()).get("differences");
    assertEquals(2, differences.size());
    assertEquals(0.5, differences.get(0).get("load").asDouble(), 0);
    assertEquals(0.9, differences.get(1).get("load").asDouble(), 0);
  }

  /** At load 0.9, least-connections answers faster than random in every replication's pairing. */
  @Test
  void leastConnectionsBeatsRandomAtHighLoad() throws IOException {
    Cli run = Cli.run("compare", file, "--balancers", "random,least-connections", "--loads", "0.9",
        "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode difference = new ObjectMapper().readTree(run.out()).get("differences").get(0);
    assertEquals("least-connections", difference.get("balancer").asText());
    JsonNode response = null;
    for (JsonNode m : difference.get("metrics")) {
      if (m.get("name").asText().equals("response-time")) {
        response = m;
      }
    }
    assertTrue(response != null, "no response-time difference");
    assertTrue(response.get("mean").asDouble() < 0, response.toString());
    assertTrue(response.get("high").asDouble() < 0, response.toString());
  }

  @Test
  void unknownBalancerExitsWithTwoAndADidYouMean() {
    Cli run = Cli.run("compare", file, "--balancers", "random,least-conections");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("unknown balancer 'least-conections' "
        + "(did you mean 'least-connections'?)"), run.err());
    assertTrue(run.err().contains("round-robin"), "the names are listed: " + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void loadsOutsideZeroToOneExitWithTwo() {
    Cli run = Cli.run("compare", file, "--balancers", "random", "--loads", "0.5,1.2");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("1.2 is not in (0, 1)"), run.err());
    assertEquals(2, Cli.run("compare", file, "--balancers", "random", "--loads", "0").status());
    assertEquals(2, Cli.run("compare", file, "--balancers", "random", "--loads", "x").status());
  }

  @Test
  void scenarioWithoutTrafficExitsWithTwo() {
    String twoOfThree = Cli.example("two-of-three.yaml");
    Cli run = Cli.run("compare", twoOfThree, "--balancers", "random");
    assertEquals(2, run.status());
    assertTrue(run.err().contains(twoOfThree + " has no traffic: section to compare balancers on"),
        run.err());
    assertTrue(run.err().contains("hint:"), run.err());
  }

  /**
   * One run of 200 s × 30 000 replications at 360/s is about 6.5e9 request events: refused by the
   * loader. At 10 000 replications one run passes (2.2e9), but four balancers make 8.6e9: refused
   * by compare, with the estimate and the way past it.
   */
  @Test
  void aComparisonBeyondTheEventLimitIsRefusedUnlessForced() {
    Cli one = Cli.run("compare", file, "--balancers", "random", "--replications", "30000");
    assertEquals(2, one.status());
    assertTrue(one.err().contains("--force"), one.err());
    Cli four = Cli.run("compare", file, "--balancers", BALANCERS, "--replications", "10000");
    assertEquals(2, four.status());
    assertTrue(four.err().contains("this comparison would simulate about 8.64e+9 events (4 "
        + "balancers)"), four.err());
    assertTrue(four.err().contains("or run it anyway with --force"), four.err());
    assertEquals("", four.out());
  }

  @Test
  void badOptionsExitWithTwo() {
    assertEquals(2, Cli.run("compare", file).status()); // --balancers is required
    assertEquals(2, Cli.run("compare", file, "--balancers", "random", "--threads", "0").status());
    assertEquals(2, Cli.run("compare", file, "--balancers", "random,random").status());
    assertEquals(2, Cli.run("compare", "no-such-file.yaml", "--balancers", "random").status());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
