package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run too big for the heap is refused before it starts, with the estimate and how to go past
 * it; forced past the estimate, running out of memory is still a message, not a stack trace.
 * A real process with a 48 MB heap and the 100,000-unit benchmark scenario.
 */
class MemoryLimitTest {

  private static final String SCENARIO =
      Path.of("..", "benchmarks", "scenarios", "hundred-thousand-units.yaml").toString();

  private static String[] run(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    // A hang guard only: the run takes 1-3 s, 13 s on a machine loaded fifteen times over.
    assertTrue(process.waitFor(NinesProcess.HANG_GUARD_MINUTES, TimeUnit.MINUTES), "it ended");
    return new String[] {Integer.toString(process.exitValue()),
        Files.readString(dir.resolve("err.txt"))};
  }

  @Test
  void aRunBeyondTheHeapIsRefusedWithTheEstimate(@TempDir Path dir) throws Exception {
    String[] refused = run(dir, "run", SCENARIO, "--threads", "2");
    assertEquals("2", refused[0], refused[1]);
    assertTrue(refused[1].contains("horizon: this run would need about "), refused[1]);
    assertTrue(refused[1].contains(" of memory (2 replications of 1y, 100000 units), more than the "
        + "48.0 MB this Java may use"), refused[1]);
    assertTrue(refused[1].contains("or run it anyway with --force"), refused[1]);
  }

  @Test
  void forcedPastItRunningOutOfMemoryIsAMessage(@TempDir Path dir) throws Exception {
    String[] forced = run(dir, "run", SCENARIO, "--threads", "2", "--force");
    assertEquals("1", forced[0], forced[1]);
    String err = forced[1];
    assertTrue(err.startsWith("nines: method crude ("), err); // the method chosen, then the rest
    assertEquals("nines: out of memory: this run needed more than the 48 MB this Java may use\n"
        + "  hint: use fewer units, replications or --threads, a shorter horizon, or give Java "
        + "more memory (JAVA_TOOL_OPTIONS=-Xmx16g)\n", err.substring(err.indexOf('\n') + 1));
    assertFalse(forced[1].contains("at dev.nines"));
  }
}
