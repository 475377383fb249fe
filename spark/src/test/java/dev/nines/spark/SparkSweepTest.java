package dev.nines.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.cli.NinesCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sweep on Spark ({@code local[2]}) prints and writes the same bytes as the sweep on this
 * machine, runs each block of replications as a task, and tells bad arguments without starting
 * Spark.
 */
class SparkSweepTest {

  private static final int PER_TASK = 4;

  private static final String SCENARIO = """
      name: web tier
      seed: 3
      horizon: 5y
      replications: 6
      crews:
        ops: {size: 1}
      components:
        app: {count: 3, failure: {dist: exponential, mean: 500h}, repair: {dist: exponential, mean: 10h}, crew: ops}
      system: {atLeast: 2, of: app}
      """;

  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf()
        .setMaster("local[2]")
        .setAppName("nines sweep test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set(SparkReplicator.REPLICATIONS_PER_TASK, String.valueOf(PER_TASK)));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** The context of the test's Spark, which the command must not close. */
  private static SparkSweep.Context shared() {
    return new SparkSweep.Context() {
      @Override
      JavaSparkContext start() {
        return spark;
      }

      @Override
      public void close() {}
    };
  }

  private record Run(int status, String out, String err) {}

  private static Run run(CommandLine cli, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args.toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  /** A grid of 3 × 2 points whose precision takes each point one, two or three rounds. */
  private static List<String> sweep(Path file, Path dir) {
    return new ArrayList<>(List.of(file.toString(),
        "--set", "components.app.count=2..4", "--set", "crews.ops.size=1,2",
        "--target", "availability>=0.9999", "--precision", "2e-4", "--max-replications", "24",
        "--cost", "components.app.count*300 + crews.ops.size*9000",
        "--json", "-o", dir.toString()));
  }

  @Test
  void theSparkRunEqualsTheLocalRunByteForByte(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    List<String> local = new ArrayList<>(List.of("sweep"));
    local.addAll(sweep(file, dir.resolve("local")));
    local.addAll(List.of("--threads", "2"));
    Run here = run(NinesCommand.commandLine(), local);
    assertEquals(0, here.status(), here.err());

    AtomicInteger tasks = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.incrementAndGet();
      }
    };
    spark.sc().addSparkListener(counter);
    Run there;
    try {
      there = run(SparkSweep.commandLine(shared()), sweep(file, dir.resolve("spark")));
      spark.sc().listenerBus().waitUntilEmpty();
    } finally {
      spark.sc().removeSparkListener(counter);
    }
    assertEquals(0, there.status(), there.err());
    assertEquals(here.out(), there.out());
    assertEquals(here.err().replace(dir.resolve("local").toString(), "DIR"),
        there.err().replace(dir.resolve("spark").toString(), "DIR"));
    assertSameFiles(dir.resolve("local"), dir.resolve("spark"));

    // Each point ran 6 replications, then 6 more, then 12 more, until narrow enough: each round's
    // block of replications is cut into tasks of at most 4.
    JsonNode points = new ObjectMapper().readTree(there.out()).get("points");
    int expected = 0;
    List<Integer> counts = new ArrayList<>();
    for (JsonNode point : points) {
      int replications = point.get("replications").asInt();
      counts.add(replications);
      for (int have = 0, want = 6; have < replications; have = want, want *= 2) {
        expected += (want - have + PER_TASK - 1) / PER_TASK;
      }
    }
    assertTrue(counts.stream().distinct().count() > 1, "points took different rounds: " + counts);
    assertEquals(expected, tasks.get(), "one task per block of replications");
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> left = files(a);
    List<Path> right = files(b);
    assertEquals(left, right);
    assertTrue(left.contains(Path.of("points.jsonl")) && left.contains(Path.of("report.html")),
        "the report was written: " + left);
    for (Path f : left) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
          f.toString());
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  /**
   * Over the replica count of a rare 3-of-n cluster, auto takes plain simulation at 3 replicas and
   * importance sampling at 4 and 5, on Spark as on this machine: the importance-sampling
   * replications come back from the tasks and the output is the same, byte for byte.
   */
  @Test
  void eachPointsMethodRunsOnSparkAsOnThisMachine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("rare.yaml"), """
        name: 3-of-n cluster, one technician
        seed: 20
        horizon: 100y
        replications: 10
        crews:
          technician: {size: 1}
        components:
          replica: {count: 5, failure: {dist: exponential, mean: 100000h}, repair: {dist: exponential, mean: 4h}, crew: technician}
        system: {atLeast: 3, of: replica}
        """);
    List<String> args = List.of(file.toString(), "--set", "components.replica.count=3..5",
        "--precision", "10%", "--json");
    List<String> local = new ArrayList<>(List.of("sweep"));
    local.addAll(args);
    local.addAll(List.of("--threads", "2"));
    Run here = run(NinesCommand.commandLine(), local);
    assertEquals(0, here.status(), here.err());
    Run there = run(SparkSweep.commandLine(shared()), args);
    assertEquals(0, there.status(), there.err());
    assertEquals(here.out(), there.out());
    assertEquals(here.err(), there.err());
    List<String> methods = new ArrayList<>();
    new ObjectMapper().readTree(there.out()).get("points")
        .forEach(p -> methods.add(p.get("method").asText()));
    assertEquals(List.of("crude", "importance", "importance"), methods);
  }

  @Test
  void aSweepCutShortOnOneMachineResumesOnSpark(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    List<String> local = new ArrayList<>(List.of("sweep"));
    local.addAll(sweep(file, dir.resolve("whole")));
    Run whole = run(NinesCommand.commandLine(), local);
    assertEquals(0, whole.status(), whole.err());
    // Keep the definition line and the first two points, as a sweep killed then would have.
    Path cut = Files.createDirectories(dir.resolve("cut"));
    List<String> lines = Files.readAllLines(dir.resolve("whole").resolve("points.jsonl"));
    Files.write(cut.resolve("points.jsonl"), lines.subList(0, 3));
    Run resumed = run(SparkSweep.commandLine(shared()), sweep(file, cut));
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: 2 of 6 points already done"), resumed.err());
    assertEquals(whole.out(), resumed.out());
    assertSameFiles(dir.resolve("whole"), cut);
  }

  @Test
  void badArgumentsAreToldWithoutStartingSpark(@TempDir Path dir) throws IOException {
    SparkSweep.Context never = new SparkSweep.Context() {
      @Override
      JavaSparkContext start() {
        return fail("Spark started for a sweep that cannot run");
      }
    };
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Run r = run(SparkSweep.commandLine(never),
        List.of(file.toString(), "--set", "components.app.cuont=2..4"));
    assertEquals(2, r.status());
    assertTrue(r.err().contains("components.app.cuont"), r.err());
    assertTrue(r.err().contains("count"), "a did-you-mean hint: " + r.err());
    Run missing = run(SparkSweep.commandLine(never),
        List.of(dir.resolve("nosuch.yaml").toString(), "--set", "components.app.count=2"));
    assertEquals(2, missing.status(), missing.err());
  }
}
