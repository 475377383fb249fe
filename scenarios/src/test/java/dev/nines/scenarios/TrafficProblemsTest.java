package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static dev.nines.scenarios.TrafficScenarioTest.BALANCERS;
import static dev.nines.scenarios.TrafficScenarioTest.BASE;
import static dev.nines.scenarios.TrafficScenarioTest.MINUTE;
import static dev.nines.scenarios.TrafficScenarioTest.with;
import static dev.nines.scenarios.TrafficScenarioTest.fault;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each problem of {@code traffic:} and {@code faults:} with its message, hint and exact line and
 * column.
 */
class TrafficProblemsTest {
  // ---------------------------------------------------------------- traffic problems

  @Test
  void missingServersArrivalsAndService() {
    List<Problem> found = problems(BASE.substring(0, BASE.indexOf("traffic:"))
        + "traffic: {workers: 2}\n");
    assertEquals(3, found.size(), found::toString);
    assertProblem(found.get(0), 8, 10, "traffic.arrivals", "missing required field 'arrivals'",
        "how requests arrive, e.g. arrivals: {poisson: 900/s}, or arrivals: {schedule: "
            + "[{at: 0h, rate: 200/s}, {at: 8h, rate: 900/s}], period: 24h}");
    assertProblem(found.get(1), 8, 10, "traffic.service", "missing required field 'service'",
        "the time one request needs, e.g. service: {dist: exponential, mean: 1ms}");
    assertProblem(found.get(2), 8, 10, "traffic.servers", "missing required field 'servers'",
        "the group whose units serve the requests; the groups are: replica, db");
  }

  @Test
  void unknownTrafficField() {
    Problem p = single(with("worker: 2"));
    assertProblem(p, 12, 3, "traffic.worker", "unknown field 'worker'", "did you mean 'workers'?");
  }

  @Test
  void unknownServersGroup() {
    Problem close = single(BASE.replace("servers: replica", "servers: replca"));
    assertProblem(close, 11, 12, "traffic.servers", "unknown group 'replca'",
        "did you mean 'replica'?");
    Problem far = single(BASE.replace("servers: replica", "servers: frontend"));
    assertProblem(far, 11, 12, "traffic.servers", "unknown group 'frontend'",
        "the groups are: replica, db");
  }

  @Test
  void unknownHealthDetector() {
    Problem p = single(with("health: watchdog"));
    assertProblem(p, 12, 11, "traffic.health", "unknown detector 'watchdog'",
        "the detectors are: hb");
    Problem none = single(with("health: hb").replace(
        "detectors:\n  hb: {heartbeat: {interval: 1s, timeout: 3s}}\n", ""));
    assertProblem(none, 10, 11, "traffic.health", "unknown detector 'hb'",
        "declare it, e.g. detectors: {hb: {heartbeat: {interval: 1s, timeout: 3s}}}");
  }

  @Test
  void unknownBalancer() {
    Problem close = single(with("balancer: round-robbin"));
    assertProblem(close, 12, 13, "traffic.balancer", "unknown balancer 'round-robbin'",
        "did you mean 'round-robin'?");
    Problem far = single(with("balancer: fastest"));
    assertProblem(far, 12, 13, "traffic.balancer", "unknown balancer 'fastest'",
        "the balancers are: " + BALANCERS);
    Problem inMap = single(with("balancer: {name: leastconn}"));
    assertProblem(inMap, 12, 20, "traffic.balancer.name", "unknown balancer 'leastconn'",
        "the balancers are: " + BALANCERS);
    Problem zero = single(with("balancer: power-of-0"));
    assertProblem(zero, 12, 13, "traffic.balancer",
        "'power-of-0' samples no sensible number of servers",
        "power-of-N samples N servers per request, N from 1 to 9999, e.g. power-of-2");
  }

  @Test
  void optionsOfAnotherBalancer() {
    Problem d = single(with("balancer: {name: round-robin, d: 3}"));
    assertProblem(d, 12, 33, "traffic.balancer.d", "'d' is for power-of-d, not round-robin",
        "only power-of-d takes d, the number of servers it samples per request: "
            + "{name: power-of-d, d: 3}");
    Problem two = single(with("balancer: {name: power-of-two, d: 3}"));
    assertProblem(two, 12, 34, "traffic.balancer.d", "'d' is for power-of-d, not power-of-two",
        "only power-of-d takes d, the number of servers it samples per request: "
            + "{name: power-of-d, d: 3}");
    Problem weights = single(with("balancer: {name: round-robin, weights: [3, 1, 1]}"));
    assertProblem(weights, 12, 33, "traffic.balancer.weights",
        "'weights' is for weighted-round-robin, not round-robin",
        "only weighted-round-robin takes weights, one weight per server: "
            + "{name: weighted-round-robin, weights: [3, 1, 1]}");
    Problem nodes = single(with("balancer: {name: ip-hash, virtualNodes: 50}"));
    assertProblem(nodes, 12, 29, "traffic.balancer.virtualNodes",
        "'virtualNodes' is for consistent-hash, not ip-hash",
        "only consistent-hash takes virtualNodes, its ring points per server: "
            + "{name: consistent-hash, virtualNodes: 100}");
    Problem twice = single(with("balancer: {name: power-of-3, d: 2}"));
    assertProblem(twice, 12, 32, "traffic.balancer.d",
        "'d' is given twice: the name 'power-of-3' already sets it",
        "write {name: power-of-d, d: N}, or the name power-of-N alone");
  }

  @Test
  void oneWeightPerServer() {
    Problem p = single(with("balancer: {name: weighted-round-robin, weights: [3, 1]}"));
    assertProblem(p, 12, 51, "traffic.balancer.weights",
        "there are 2 weights, but group 'replica' has 3 units",
        "give one weight per server, in unit order: replica[0] first");
    Problem one = single(with("balancer: {name: weighted-round-robin, weights: [3, 1]}")
        .replace("servers: replica", "servers: db"));
    assertProblem(one, 12, 51, "traffic.balancer.weights",
        "there are 2 weights, but group 'db' has 1 unit",
        "give one weight per server, in unit order: db[0] first");
    Problem zero = single(with("balancer: {name: weighted-round-robin, weights: [3, 0, 1]}"));
    assertProblem(zero, 12, 55, "traffic.balancer.weights[1]", "weights[1] must be positive, got 0",
        null);
  }

  @Test
  void workersQueueAndRetriesInRange() {
    assertProblem(single(with("workers: 0")), 12, 12, "traffic.workers",
        "workers must be at least 1, got 0",
        "the requests one server runs at once, e.g. workers: 4");
    assertProblem(single(with("queue: -1")), 12, 10, "traffic.queue",
        "queue must be at least 0, got -1",
        "the requests that may wait at one server: 0 for none; leave out 'queue' for no limit");
    assertProblem(single(with("retries: -1")), 12, 12, "traffic.retries",
        "retries must be at least 0, got -1", "how often a dropped, lost or timed-out request is "
            + "tried again on another server: 0 for never");
    assertProblem(single(with("timeout: 0s")), 12, 12, "traffic.timeout",
        "timeout must be positive, got 0s", "a zero duration is not allowed here");
    assertProblem(single(with("keys: {count: 0}")), 12, 17, "traffic.keys.count",
        "count must be at least 1, got 0",
        "the number of distinct keys requests carry, e.g. count: 10000");
  }

  @Test
  void aZeroArrivalRate() {
    Problem p = single(BASE.replace("900/s", "0/s"));
    assertProblem(p, 9, 23, "traffic.arrivals.poisson", "a rate must be positive and finite, got "
        + "'0/s'", "requests must arrive, e.g. poisson: 900/s; for no requests at all, leave out "
        + "'traffic'");
  }

  @Test
  void anEmptySchedule() {
    Problem p = single(BASE.replace("{poisson: 900/s}", "{schedule: []}"));
    assertProblem(p, 9, 24, "traffic.arrivals.schedule",
        "a schedule must be a non-empty list of steps {at, rate}, got an empty list",
        "e.g. schedule: [{at: 0h, rate: 200/s}, {at: 8h, rate: 900/s}]");
    Problem zero = single(BASE.replace("{poisson: 900/s}", "{schedule: [{at: 0s, rate: 0/s}]}"));
    assertProblem(zero, 9, 24, "traffic.arrivals.schedule",
        "a schedule needs a positive rate in some step",
        "requests never arrive otherwise; for no requests at all, leave out 'traffic'");
  }

  @Test
  void arrivalsAreAMap() {
    Problem p = single(BASE.replace("{poisson: 900/s}", "900/s"));
    assertProblem(p, 9, 13, "traffic.arrivals", "'arrivals' must be a map, got '900/s'",
        "write arrivals: {poisson: 900/s} for a constant rate");
  }

  /** The schedule written in block style: steps on lines 11 to 13 (at's value at column 14). */
  private static String schedule(String first, String second, String third, String period) {
    return BASE.replace("{poisson: 900/s}", "\n    schedule:\n"
        + "      - {at: " + first + ", rate: 200/s}\n"
        + "      - {at: " + second + ", rate: 900/s}\n"
        + "      - {at: " + third + ", rate: 100/s}\n"
        + "    period: " + period);
  }

  @Test
  void aScheduleStartsAtZero() {
    Problem p = single(schedule("1h", "8h", "12h", "24h"));
    assertProblem(p, 11, 14, "traffic.arrivals.schedule[0].at",
        "a schedule starts at 0, but its first step is at 1h",
        "add a first step {at: 0h, rate: ...}, or move this one to 0h");
  }

  @Test
  void scheduleStepsIncrease() {
    Problem p = single(schedule("0h", "8h", "6h", "24h"));
    assertProblem(p, 13, 14, "traffic.arrivals.schedule[2].at",
        "schedule steps must be in increasing time order: 6h is not after 8h",
        "order the steps by 'at', each time once");
    Problem same = single(schedule("0h", "8h", "480m", "24h"));
    assertProblem(same, 13, 14, "traffic.arrivals.schedule[2].at",
        "schedule steps must be in increasing time order: 480m is not after 8h",
        "order the steps by 'at', each time once");
  }

  @Test
  void thePeriodOutlastsTheLastStep() {
    Problem p = single(schedule("0h", "8h", "12h", "12h"));
    assertProblem(p, 14, 13, "traffic.arrivals.period",
        "the period (12h) must be longer than the last step's time (12h)",
        "the schedule repeats every period, e.g. period: 24h for a daily curve");
  }

  @Test
  void aPeriodNeedsASchedule() {
    Problem p = single(BASE.replace("{poisson: 900/s}", "{poisson: 900/s, period: 24h}"));
    assertProblem(p, 9, 30, "traffic.arrivals.period",
        "'period' goes with a schedule, not with a constant rate",
        "remove 'period', or give a schedule of rates that repeats");
  }

  @Test
  void problemsDoNotCascade() {
    // An unknown server group: the weights cannot be counted, and are not.
    Problem p = single(with("balancer: {name: weighted-round-robin, weights: [3, 1]}")
        .replace("servers: replica", "servers: replca"));
    assertProblem(p, 11, 12, "traffic.servers", "unknown group 'replca'",
        "did you mean 'replica'?");
    // An unreadable service time is reported once, and the rest of the traffic still read.
    List<Problem> found = problems(BASE.replace("{dist: exponential, mean: 1ms}", "1")
        + "  workers: 0\n");
    assertEquals(2, found.size(), found::toString);
    assertEquals("traffic.service", found.get(0).path());
    assertEquals("traffic.workers", found.get(1).path());
    Problem notAMap = single(BASE.substring(0, BASE.indexOf("traffic:")) + "traffic: [1, 2]\n");
    assertProblem(notAMap, 8, 10, "traffic", "'traffic' must be a map, got a list",
        "e.g. traffic: {arrivals: {poisson: 900/s}, service: 1ms, servers: web}");
  }


  @Test
  void aFaultNamesOneUnit() {
    Problem p = single(fault("10m", "replica1", ", for: 5m"));
    assertProblem(p, 13, 21, "faults[0].fail",
        "'fail' names one unit as group[index], got 'replica1'",
        "write the group and the unit's index, counted from 0, e.g. fail: \"replica[0]\"");
    Problem group = single(fault("10m", "replica", ", for: 5m"));
    assertProblem(group, 13, 21, "faults[0].fail",
        "'fail' names one unit as group[index], got 'replica'",
        "name one unit of 'replica': replica[0] to replica[2]");
  }

  @Test
  void aFaultOfAnUnknownGroup() {
    Problem p = single(fault("10m", "\"frontend[0]\"", ", for: 5m"));
    assertProblem(p, 13, 21, "faults[0].fail", "unknown group 'frontend'",
        "the groups are: replica, db");
    Problem close = single(fault("10m", "\"replca[0]\"", ", for: 5m"));
    assertProblem(close, 13, 21, "faults[0].fail", "unknown group 'replca'",
        "did you mean 'replica'?");
  }

  @Test
  void aFaultOfAUnitBeyondTheGroup() {
    Problem p = single(fault("10m", "\"replica[3]\"", ", for: 5m"));
    assertProblem(p, 13, 21, "faults[0].fail",
        "there is no unit replica[3]: group 'replica' has 3 units",
        "units count from 0: replica[0] to replica[2]");
    Problem one = single(fault("10m", "\"db[1]\"", ", for: 5m"));
    assertProblem(one, 13, 21, "faults[0].fail", "there is no unit db[1]: group 'db' has 1 unit",
        "units count from 0: db[0]");
  }

  @Test
  void aFaultNeedsADuration() {
    Problem p = single(fault("10m", "\"replica[1]\"", ""));
    assertProblem(p, 13, 5, "faults[0].for", "missing required field 'for'",
        "how long the unit is held down, e.g. for: 5m");
  }

  @Test
  void aFaultWithinTheHorizon() {
    Problem p = single(fault("2h", "\"replica[1]\"", ", for: 5m"));
    assertProblem(p, 13, 10, "faults[0].at",
        "the fault at 2h never happens within the horizon 1h",
        "move it before the horizon, or lengthen the horizon");
    Problem at = single(fault("60m", "\"replica[1]\"", ", for: 5m"));
    assertProblem(at, 13, 10, "faults[0].at",
        "the fault at 60m never happens within the horizon 1h",
        "move it before the horizon, or lengthen the horizon");
    Problem override = single(fault("10m", "\"replica[1]\"", ", for: 5m"),
        new Overrides(null, null, 5 * MINUTE));
    assertProblem(override, 13, 10, "faults[0].at",
        "the fault at 10m never happens within the horizon 5m (from --horizon)",
        "move it before the horizon, or lengthen the horizon");
  }

  @Test
  void faultsAreAList() {
    Problem p = single(BASE + "faults: {at: 10m}\n");
    assertProblem(p, 12, 9, "faults", "'faults' must be a list of faults, got a map",
        "e.g. faults: [{at: 10m, fail: \"replica[1]\", for: 5m}]");
  }

  /** As {@link RobustnessTest} for the examples: no damaged traffic part crashes the loader. */
}
