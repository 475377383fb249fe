package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep process killed outright (SIGKILL, no chance to clean up) after two points have been
 * saved, while it works on a third that never ends by itself, leaves exactly those two points; run
 * again with the same arguments it goes on from them. (That a sweep resumed from a log cut anywhere
 * ends with the uninterrupted sweep's output and files is {@link SweepCommandTest}'s.)
 */
class SweepKilledTest {

  /** The scenario of the signal tests; each point's horizon is set on the command line. */
  static final String SCENARIO = """
      name: slow tier
      seed: 9
      horizon: 1y
      replications: 40
      crews:
        ops: {size: 1}
      components:
        app: {count: 3, failure: {dist: exponential, mean: 300h}, repair: {dist: exponential, mean: 10h}, crew: ops}
      system: {atLeast: 2, of: app}
      """;

  /**
   * A sweep of three points: two of a few thousand events each, then one of a billion years
   * (10^10 events per replication), which is always under way when the process is stopped.
   */
  static List<String> args(Path file, Path out) {
    return List.of("sweep", file.toString(), "--set", "horizon=1y,2y," + NinesProcess.ENDLESS,
        "--force", "--threads", "1", "--json", "-o", out.toString());
  }

  /** An event budget that the first two points fit in a hundred times over, the third never. */
  private static final String BUDGET = "2000000";

  /**
   * The same sweep run again goes on from the two saved points (the budget stops it in the third),
   * and its log is byte for byte that of a fresh sweep stopped in the same place: the points saved
   * by the stopped process are exactly those computed without a stop.
   */
  static void assertGoesOnFromTwoPoints(Path dir, Path file, Path stopped) throws IOException {
    Cli resumed = Cli.run(withBudget(args(file, stopped)));
    assertEquals(ExitCodes.INCOMPLETE, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: 2 of 3 points already done"), resumed.err());
    assertTrue(resumed.err().contains("ran out after 2 of 3 points"), resumed.err());
    Path fresh = dir.resolve("fresh");
    Cli uninterrupted = Cli.run(withBudget(args(file, fresh)));
    assertEquals(ExitCodes.INCOMPLETE, uninterrupted.status(), uninterrupted.err());
    assertTrue(uninterrupted.err().contains("ran out after 2 of 3 points"), uninterrupted.err());
    assertEquals(Files.readString(fresh.resolve("points.jsonl")),
        Files.readString(stopped.resolve("points.jsonl")));
  }

  private static String[] withBudget(List<String> args) {
    List<String> bounded = new ArrayList<>(args);
    bounded.addAll(List.of("--max-events", BUDGET));
    return bounded.toArray(String[]::new);
  }

  @Test
  void aKilledSweepKeepsItsSavedPointsAndGoesOnFromThem(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Path killed = dir.resolve("killed");
    NinesProcess nines = NinesProcess.start(dir, args(file, killed));
    Path log = killed.resolve("points.jsonl");
    nines.awaitLines(log, 3); // the definition and two points; the third never ends by itself
    nines.kill();
    assertEquals(3, NinesProcess.lines(log), "the two points saved, whole");
    assertGoesOnFromTwoPoints(dir, file, killed);
  }
}
