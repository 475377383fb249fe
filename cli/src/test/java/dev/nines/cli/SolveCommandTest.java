package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

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
    assertEquals("no formula: scripted faults are not in the formulas",
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
}
