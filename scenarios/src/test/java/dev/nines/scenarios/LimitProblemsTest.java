package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits that keep a hostile or mistaken file from crashing, hanging or exhausting memory: the
 * size of the text, the depth of its nesting, the number of problems listed, the units,
 * replications, worker slots and ring points of a run, and the states of a chain; and the problems
 * of a path that is not a readable UTF-8 file. Each test checks the message, the hint and the place.
 */
class LimitProblemsTest {

  private static final String HEAD = "name: t\nhorizon: 1y\n";
  private static final String FORCE = "or run it anyway with --force and memory to match, "
      + "e.g. JAVA_TOOL_OPTIONS=-Xmx16g";

  @Test
  void aTextOverOneMebibyteIsRefusedBeforeItIsParsed() {
    String yaml = HEAD + "components: {a: {}}\ndescription: " + "x".repeat(ScenarioLoader.MAX_SIZE);
    assertProblem(single(yaml), 0, 0, "", "the text holds " + yaml.length()
            + " characters, more than the limit of 1048576 (1 MiB) for a scenario",
        ScenarioText.TOO_LARGE_HINT);
  }

  @Test
  void deepNestingIsAProblemNotAStackOverflow() {
    String yaml = HEAD + "components: {a: {}}\nx: " + "[".repeat(10_000) + "]".repeat(10_000);
    // The root map is the first level, so the 100th '[' (column 103) is the 101st.
    assertProblem(single(yaml), 4, 103, "x", "the YAML nests more than 100 maps and lists deep here",
        "a scenario needs a few levels; look for brackets or indentation out of place");
    String maps = HEAD + "components: {a: {}}\nsystem: " + "{a: ".repeat(10_000) + "1"
        + "}".repeat(10_000);
    assertEquals("system", single(maps).path());
  }

  @Test
  void listingStopsAfterOneHundredProblems() {
    StringBuilder yaml = new StringBuilder(HEAD + "components: {a: {}}\n");
    for (int i = 0; i < 1000; i++) {
      yaml.append("k").append(i).append(": 1\n");
    }
    List<Problem> found = problems(yaml.toString());
    assertEquals(Problems.MAX_PROBLEMS + 1, found.size());
    assertProblem(found.get(0), 4, 1, "k0", "unknown field 'k0'", found.get(0).hint());
    assertProblem(found.get(found.size() - 1), 0, 0, "",
        "stopped after 100 problems; there may be more", "fix these, then validate the file again");
  }

  @Test
  void aHugeCountIsRefusedBeforeAnythingIsBuilt() {
    Problem p = single(HEAD + "components:\n  a:\n    count: 1000000000\n");
    assertProblem(p, 5, 12, "components.a.count", "the scenario has 1000000000 units, more than the "
            + "limit of 1000000: each takes about 600 bytes of memory in every replication running at once",
        "use fewer units, " + FORCE);
  }

  @Test
  void theUnitLimitCanBeForced() throws ScenarioException {
    Scenario s = load(HEAD + "components:\n  a:\n    count: 1000001\n",
        new Overrides(null, null, null, true));
    assertEquals(1_000_001, s.system().groups().get(0).count());
  }

  @Test
  void tooManyReplications() {
    Problem p = single(HEAD + "replications: 2000000000\ncomponents: {a: {}}\n");
    assertProblem(p, 3, 15, "replications", "replications 2000000000 is more than the limit of "
            + "100000: the figures of every replication are kept until the run ends",
        "30 to 1000 replications are usual; " + FORCE);
  }

  @Test
  void tooManyWorkerSlots() {
    Problem p = single(HEAD + "components: {a: {count: 2}}\ntraffic: {arrivals: {poisson: 1/s}, "
        + "service: 1ms, servers: a, workers: 2000000000}\n");
    assertProblem(p, 4, 72, "traffic.workers", "the traffic has 4000000000 worker slots (2 servers "
        + "× 2000000000 workers), more than the limit of 10000000", "use fewer workers, " + FORCE);
  }

  @Test
  void aRingTooLargeForAnArrayIsRefusedEvenWhenForced() {
    String yaml = HEAD + "components: {a: {count: 2}}\ntraffic: {arrivals: {poisson: 1/s}, "
        + "service: 1ms, servers: a, balancer: {name: consistent-hash, virtualNodes: 2000000000}}\n";
    Problem p = single(yaml, new Overrides(null, null, null, true));
    assertProblem(p, 4, 111, "traffic.balancer.virtualNodes", "the consistent-hash ring would have "
            + "4000000000 points (2 servers × 2000000000), more than Java can hold in one array",
        "100 to 1000 virtual nodes per server are usual");
  }

  @Test
  void aChainOfThousandsOfStatesIsRefused() {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      states.append("s").append(i).append(": up, ");
    }
    String yaml = HEAD + "components:\n  a:\n    markov:\n      initial: s0\n      states: {"
        + states + "}\n      transitions: [{from: s0, to: s1, rate: 1/h}]\n";
    assertProblem(single(yaml), 7, 15, "components.a.markov.states",
        "a markov chain may have at most 200 states, got 4000",
        "a unit's life needs a few states: lump together those that behave alike");
  }

  @Test
  void aFileThatIsNotUtf8IsLocatedAtItsFirstBadByte(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "name: caf\u00e9\nhorizon: 1y\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Problem p = loadProblem(file);
    assertEquals(file.toString(), p.file());
    assertEquals(1, p.line());
    assertEquals(10, p.column());
    assertEquals("the file is not UTF-8 text: byte 0xE9 is not valid UTF-8", p.message());
    assertEquals("save the file as UTF-8; Latin-1 and Windows-1252 are not", p.hint());
  }

  @Test
  void aDirectoryOrAFileOverTheLimitIsNamed(@TempDir Path dir) throws IOException {
    Problem directory = loadProblem(dir);
    assertEquals(dir + ": this is a directory, not a scenario file (name a .yaml file, e.g. "
        + dir.resolve("scenario.yaml") + ")", directory.toString());
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "x".repeat(ScenarioLoader.MAX_SIZE + 1));
    Problem tooBig = loadProblem(big);
    assertEquals(0, tooBig.line());
    assertEquals("the file holds 1048577 bytes, more than the limit of 1048576 (1 MiB) for a "
        + "scenario", tooBig.message());
  }

  private static Problem loadProblem(Path file) {
    List<Problem> found = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(file, Overrides.NONE)).problems();
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).toString().startsWith(file.toString()), found.get(0)::toString);
    return found.get(0);
  }
}
