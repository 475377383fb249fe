package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

  private static final String MACHINES = Cli.example("two-of-three-one-technician.yaml");

  @Test
  void solvesTwoOfThreeWithOneTechnicianExactly() throws IOException {
    Cli cli = Cli.run("solve", MACHINES, "--json", "--at", "1h,1d,30d", "--states");
    assertEquals(0, cli.status(), cli.err());
    JsonNode doc = new ObjectMapper().readTree(cli.out());
    assertEquals(4, doc.get("states").asInt());
    // one repairer: π_k ∝ 3!/(3-k)! r^k with r = λ/μ = 8/1000; up while k <= 1
    double r = 8.0 / 1000;
    double[] w = {1, 3 * r, 6 * r * r, 6 * r * r * r};
    double a = (w[0] + w[1]) / (w[0] + w[1] + w[2] + w[3]);
    JsonNode availability = doc.get("metrics").get(0);
    assertEquals("availability", availability.get("name").asText());
    assertEquals(a, availability.get("value").asDouble(), 1e-12);
    assertEquals("CTMC steady state", availability.get("formula").asText());
    assertEquals(3, doc.get("transient").size());
    double previous = 1;
    for (JsonNode point : doc.get("transient")) {
      double at = point.get("availability").asDouble();
      assertTrue(at <= previous + 1e-9 && at >= a - 1e-9, "A(t) falls from 1 towards A"); // error bound 1e-10
      previous = at;
    }
    assertEquals(4, doc.get("probabilities").size());
  }

  /**
   * A scenario with traffic gets its queueing formulas: the web tier at 90 % load on power-of-two
   * has utilization λE[S]/(nc) = 360 × 0.02 / 8, and no mean-field value for 8 servers.
   */
  @Test
  void trafficGetsItsQueueingFormulas() throws IOException {
    Cli cli = Cli.run("solve", Cli.example("balancers-at-90-percent.yaml"), "--json");
    assertEquals(0, cli.status(), cli.err());
    JsonNode utilization = null;
    JsonNode response = null;
    for (JsonNode m : new ObjectMapper().readTree(cli.out()).get("metrics")) {
      if (m.get("scope").asText().equals("traffic")) {
        utilization = m.get("name").asText().equals("utilization") ? m : utilization;
        response = m.get("name").asText().equals("response-time") ? m : response;
      }
    }
    assertEquals(360 * 0.020 / 8, utilization.get("value").asDouble(), 1e-12);
    assertTrue(response.get("value").isNull());
    assertTrue(response.get("formula").asText().contains("many servers"));
  }

  /** Scripted faults are in no formula: the availability of a faulted scenario has none. */
  @Test
  void scriptedFaultsSilenceTheAvailabilityFormulas() throws IOException {
    Cli cli = Cli.run("solve", Cli.example("dead-server-slow-detection.yaml"), "--json");
    assertEquals(0, cli.status(), cli.err());
    JsonNode first = new ObjectMapper().readTree(cli.out()).get("metrics").get(0);
    assertEquals("availability", first.get("name").asText());
    assertTrue(first.get("value").isNull());
    assertEquals("no formula: scripted faults take down app",
        first.get("formula").asText());
  }

  @Test
  void tableNamesTheMethod() {
    Cli cli = Cli.run("solve", MACHINES);
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("exact CTMC: 4 states"), cli.out());
    assertTrue(cli.out().contains("CTMC mean time to absorption"), cli.out());
  }

  @Test
  void nonExponentialScenariosGetClosedFormsButNoTransient() {
    String weibull = Cli.example("weibull-lognormal.yaml");
    Cli cli = Cli.run("solve", weibull);
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("not exponential"), cli.out());
    Cli at = Cli.run("solve", weibull, "--at", "1h");
    assertEquals(2, at.status());
    assertTrue(at.err().contains("A(t) and state probabilities need"), at.err());
    assertFalse(at.err().contains("Exception"), at.err());
  }

  /**
   * The example: three units in parallel, MTTF 10⁶ h, MTTR 1 h, repaired independently.
   * U = (1 / (10⁶ + 1))³ ≈ 1.0e-18, eighteen nines, and an outage ends at the first of three
   * repairs: MTTR = 20 min. Once from the CTMC (exponential units), once from the closed forms
   * (Weibull lives of shape 2 and lognormal repairs with the same means: by renewal theory the same
   * U and MTTR). Scale of the Weibull: 10⁶ h / Γ(1.5) = 1 128 379.1671 h.
   */
  @Test
  void eighteenNinesAndTwentyMinutes(@TempDir Path dir) throws IOException {
    double u = 1 / (1e6 + 1);
    double expected = u * u * u;
    String[][] units = {
        {"CTMC", "{dist: exponential, mean: 1000000h}", "{dist: exponential, mean: 1h}"},
        {"structure function", "{dist: weibull, shape: 2, scale: 1128379.1671h}",
            "{dist: lognormal, mean: 1h, sd: 30m}"}};
    for (String[] unit : units) {
      Path file = dir.resolve("three.yaml");
      Files.writeString(file, String.join("\n",
          "name: three units in parallel",
          "horizon: 100y",
          "components:",
          "  unit:",
          "    count: 3",
          "    failure: " + unit[1],
          "    repair: " + unit[2],
          "system: {atLeast: 1, of: unit}", ""));
      Cli table = Cli.run("solve", file.toString());
      assertEquals(0, table.status(), table.err());
      assertTrue(table.out().matches("(?s).*\\n  unavailability +1\\.000e-18  " + unit[0] + ".*"),
          table.out());
      assertTrue(table.out().matches("(?s).*\\n  mttr +20m  .*"), table.out());
      assertTrue(table.out().matches("(?s).*\\n  nines +18  .*"), table.out());
      Cli json = Cli.run("solve", file.toString(), "--json");
      assertEquals(0, json.status(), json.err());
      JsonNode unavailability = metric(json, "system", "unavailability");
      assertEquals(expected, unavailability.get("value").asDouble(), 1e-6 * expected);
      assertTrue(unavailability.get("formula").asText().startsWith(unit[0]));
      assertEquals(1200, metric(json, "system", "mttr").get("value").asDouble(), 1200e-6);
      // nines and downtime are read from U, not from 1 - A (which is 0 here)
      assertEquals(-Math.log10(expected), metric(json, "system", "nines").get("value").asDouble(),
          1e-6);
      assertEquals(expected * 365 * 86400,
          metric(json, "system", "downtime-per-year").get("value").asDouble(), 1e-6 * 3e-11);
      // one unit: U = u, the group of three must all be up: 1 - (1 - u)³
      double group = 1 - Math.pow(1 - u, 3);
      assertEquals(group, metric(json, "unit", "unavailability").get("value").asDouble(),
          1e-6 * group);
    }
  }

  /** An ordinary system reads as before, with its unavailability beside the availability. */
  @Test
  void ordinaryUnavailabilityIsReadable() throws IOException {
    Cli table = Cli.run("solve", MACHINES);
    assertEquals(0, table.status(), table.err());
    // the 2-of-3 of the first test: U = (w2 + w3) / Σ w with r = 8/1000
    double r = 8.0 / 1000;
    double down = (6 * r * r + 6 * r * r * r) / (1 + 3 * r + 6 * r * r + 6 * r * r * r);
    String printed = String.format(java.util.Locale.ROOT, "%.3e", down);
    String row = "(?s).*\\n  unavailability +" + Pattern.quote(printed) + "  CTMC steady .*";
    assertTrue(table.out().matches(row), printed + " in\n" + table.out());
    Cli json = Cli.run("solve", MACHINES, "--json", "--at", "1d");
    JsonNode point = new ObjectMapper().readTree(json.out()).get("transient").get(0);
    assertEquals(1, point.get("availability").asDouble() + point.get("unavailability").asDouble(),
        1e-12);
    assertEquals(down, metric(json, "system", "unavailability").get("value").asDouble(),
        1e-12 * down);
  }

  private static JsonNode metric(Cli cli, String scope, String name) throws IOException {
    for (JsonNode m : new ObjectMapper().readTree(cli.out()).get("metrics")) {
      if (m.get("scope").asText().equals(scope) && m.get("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no " + scope + " " + name + " in " + cli.out());
  }

  @Test
  void badTimesAreBadInput() {
    assertEquals(2, Cli.run("solve", MACHINES, "--at", "7").status());
    assertEquals(2, Cli.run("run", MACHINES, "--transient", "200y").status());
  }

  @Test
  void runShowsTransientAvailabilityBesideTheChain() throws IOException {
    Cli cli = Cli.run("run", MACHINES, "--json", "--replications", "4", "--horizon", "1y",
        "--transient", "1d,30d");
    assertEquals(0, cli.status(), cli.err());
    JsonNode doc = new ObjectMapper().readTree(cli.out());
    int found = 0;
    for (JsonNode m : doc.get("metrics")) {
      if (m.get("name").asText().startsWith("availability-at-")) {
        assertEquals("CTMC transient, uniformization", m.get("formula").asText());
        found++;
      }
    }
    assertEquals(2, found);
  }

  /** A unit that never fails is a chain of one state, said in the singular. */
  @Test
  void oneStateIsOneState(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.yaml");
    Files.writeString(file, "name: one\nhorizon: 1y\ncomponents: {app: {count: 1}}\nsystem: app\n");
    Cli cli = Cli.run("solve", file.toString());
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("exact CTMC: 1 state\n"), cli.out());
  }
}
