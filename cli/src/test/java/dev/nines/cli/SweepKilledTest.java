package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep process killed outright (SIGKILL, no chance to clean up) after some points have been
 * saved resumes, run again with the same arguments, to exactly the output and files of a sweep that
 * was never interrupted.
 */
class SweepKilledTest {

  /** Eight points, each long enough that the process is killed well before the last. */
  static final String SCENARIO = """
      name: slow tier
      seed: 9
      horizon: 50y
      replications: 40
      crews:
        ops: {size: 1}
      components:
        app: {count: 3, failure: {dist: exponential, mean: 300h}, repair: {dist: exponential, mean: 10h}, crew: ops}
      system: {atLeast: 2, of: app}
      """;

  private static List<String> args(Path file, Path out) {
    return List.of("sweep", file.toString(), "--set", "components.app.count=2..9",
        "--target", "availability>=0.999", "--threads", "1", "--json", "-o", out.toString());
  }

  private static long lines(Path log) throws IOException {
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  @Test
  void aKilledSweepResumesToTheUninterruptedResult(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SCENARIO);
    Path killed = dir.resolve("killed");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args(file, killed));
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    Path log = killed.resolve("points.jsonl");
    // Wait for the definition line and two points, then kill the process without warning.
    while (process.isAlive() && lines(log) < 3) {
      Thread.sleep(10);
    }
    process.destroyForcibly();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
    long saved = lines(log) - 1;
    assertTrue(saved >= 2 && saved < 8, "killed after some points, before the last: " + saved
        + " saved; " + Files.readString(dir.resolve("stderr.txt")));

    Cli resumed = Cli.run(args(file, killed).toArray(String[]::new));
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: " + saved + " of 8 points already done"),
        resumed.err());
    Cli whole = Cli.run(args(file, dir.resolve("whole")).toArray(String[]::new));
    assertEquals(0, whole.status(), whole.err());
    assertEquals(whole.out(), resumed.out());
    for (String name : List.of("points.jsonl", "results.json", "report.html")) {
      assertEquals(Files.readString(dir.resolve("whole").resolve(name)),
          Files.readString(killed.resolve(name)), name);
    }
  }
}
