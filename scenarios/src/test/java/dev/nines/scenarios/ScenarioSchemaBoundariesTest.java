package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values on either side of what the loader accepts, one mistake at a time: the schema must draw
 * the line where the loader does, so an editor marks what {@code nines validate} would refuse and
 * never what it would take. Each case is checked against the loader too, so a case that no longer
 * says what it means fails as such.
 */
class ScenarioSchemaBoundariesTest {

  private static final SchemaProbes PROBES = new SchemaProbes();
  private static final String EXP = "failure: {dist: exponential, mean: 1000h}";
  private static final String TWO_STATES = "{initial: ok, states: {ok: up, bad: %s}, transitions: "
      + "[{from: ok, to: bad, rate: 1/10h}, {from: bad, to: ok, rate: 1/h}]}";

  static Stream<Arguments> cases() {
    return Stream.of(
        good("durations", group("100y", "{" + EXP + ", repair: 8h}")),
        good("durations with a space, a leading dot",
            group("1.5 d", "{failure: {dist: exponential, mean: .5h}, repair: 100ms}")),
        bad("a bare number for a duration", group("100", "{" + EXP + ", repair: 8h}")),
        bad("a zero horizon", group("0s", "{" + EXP + ", repair: 8h}")),
        bad("a zero mean", group("10y", "{failure: {dist: exponential, mean: 0.0h}, repair: 8h}")),
        bad("an unknown unit",
            group("10y", "{failure: {dist: exponential, mean: 1000 hours}, repair: 8h}")),
        bad("exponential without a mean",
            group("10y", "{failure: {dist: exponential}, repair: 8h}")),
        bad("exponential with mean and rate",
            group("10y", "{failure: {dist: exponential, mean: 1h, rate: 1/h}, repair: 8h}")),
        bad("an unknown distribution",
            group("10y", "{failure: {dist: normal, mean: 1h}, repair: 8h}")),
        bad("failure without repair", group("10y", "{" + EXP + "}")),
        bad("a crew for a group that never fails",
            group("10y", "{crew: ops}") + "crews: {ops: {size: 1}}\n"),
        bad("a markov group with a crew", group("10y",
            "{markov: " + String.format(TWO_STATES, "down") + ", crew: ops}")
            + "crews: {ops: {size: 1}}\n"),
        good("a markov chain", group("10y", "{markov: " + String.format(TWO_STATES, "down") + "}")),
        bad("a state neither up nor down",
            group("10y", "{markov: " + String.format(TWO_STATES, "broken") + "}")),
        bad("a count of 0", group("10y", "{count: 0}")),
        bad("one replication", group("10y", "{}") + "replications: 1\n"),
        bad("a confidence in per cent", group("10y", "{}") + "confidence: 95\n"),
        good("a fault at 0", group("10y", "{}") + "faults: [{at: 0, fail: \"a[0]\", for: 1h}]\n"),
        bad("a fault without an index",
            group("10y", "{}") + "faults: [{at: 1h, fail: a, for: 1h}]\n"),
        good("a hot standby, a rate, a balancer",
            traffic(standby("hot"), "{poisson: 10/s}", "random")),
        good("the mode in capitals, a rate with spaces, power-of-N",
            traffic(standby("HOT"), "{poisson: 1 / 4 ms}", "power-of-3")),
        good("warm with a dormancy, power-of-d with d",
            traffic(standby("warm, dormancy: 0.1"), "{poisson: 10/s}", "{name: power-of-d, d: 3}")),
        good("cold with an instant switchover, a signed rate",
            traffic(standby("cold, switchover: 0, detector: hb"), "{poisson: +2.5/s}", "ip-hash")),
        bad("an unknown mode", traffic(standby("lukewarm"), "{poisson: 10/s}", "random")),
        bad("warm without a dormancy", traffic(standby("warm"), "{poisson: 10/s}", "random")),
        bad("hot with a dormancy",
            traffic(standby("hot, dormancy: 0.5"), "{poisson: 10/s}", "random")),
        bad("a bare number for a rate", traffic("a", "{poisson: 10}", "random")),
        bad("a zero rate", traffic("a", "{poisson: 0/s}", "random")),
        bad("a period without a schedule", traffic("a", "{poisson: 10/s, period: 1h}", "random")),
        bad("an unknown balancer", traffic("a", "{poisson: 10/s}", "fastest")),
        bad("power-of-0", traffic("a", "{poisson: 10/s}", "power-of-0")),
        bad("d for another balancer", traffic("a", "{poisson: 10/s}", "{name: random, d: 2}")),
        bad("d twice", traffic("a", "{poisson: 10/s}", "{name: power-of-3, d: 3}")),
        bad("atLeast without of", traffic("{atLeast: 1}", "{poisson: 10/s}", "random")),
        bad("two kinds in one node",
            traffic("{series: [a], parallel: [b]}", "{poisson: 10/s}", "random")),
        bad("no parts", traffic("{series: []}", "{poisson: 10/s}", "random")),
        bad("of without atLeast", traffic("{series: [a], of: b}", "{poisson: 10/s}", "random")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSchemaDrawsTheLoadersLine(String what, String yaml, boolean good) {
    JsonNode document = SchemaProbes.tree(yaml);
    assertEquals(good, SchemaProbes.load(document).isEmpty(),
        () -> "the case is wrong, the loader says " + SchemaProbes.load(document) + ":\n" + yaml);
    Set<ValidationMessage> errors = PROBES.validate(document);
    assertEquals(good, errors.isEmpty(), () -> "the schema says " + errors + ":\n" + yaml);
  }

  private static Arguments good(String what, String yaml) {
    return Arguments.of(what, yaml, true);
  }

  private static Arguments bad(String what, String yaml) {
    return Arguments.of(what, yaml, false);
  }

  /** A scenario of one group {@code a} with these fields. */
  private static String group(String horizon, String fields) {
    return "name: x\nhorizon: " + horizon + "\ncomponents: {a: " + fields + "}\n";
  }

  /** A standby of group a with group b as its spare, in this mode (and more fields). */
  private static String standby(String mode) {
    return "{standby: {active: a, spares: b, mode: " + mode + "}}";
  }

  /** Two groups that fail, a heartbeat detector, servers that do not, and requests to them. */
  private static String traffic(String system, String arrivals, String balancer) {
    return String.format("""
        name: x
        horizon: 1h
        components:
          a: {%1$s, repair: 2h}
          b: {%1$s, repair: 2h}
          app: {count: 2}
        detectors: {hb: {heartbeat: {interval: 1s, timeout: 3s}}}
        system: %2$s
        traffic: {arrivals: %3$s, service: 1ms, servers: app, balancer: %4$s}
        """, EXP, system, arrivals, balancer);
  }
}
