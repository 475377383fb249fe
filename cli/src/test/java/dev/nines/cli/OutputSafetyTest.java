package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where results go: nines writes only into a directory of its own files (unless --force), and a
 * report it cannot write, for want of space or a place, leaves the previous one as it was.
 */
class OutputSafetyTest {

  private static final String EXAMPLE = Cli.example("two-of-three.yaml");

  /** Every file under {@code dir}, by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void aDirectoryWithFilesNinesDidNotWriteIsRefusedUnlessForced(@TempDir Path dir)
      throws Exception {
    Path out = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "my notes\n");
    Files.createDirectories(out.resolve("data"));
    Map<String, byte[]> before = snapshot(out);

    Cli refused = Cli.run("run", EXAMPLE, "-o", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, refused.status());
    assertEquals("nines run: --output " + out + " holds files nines did not write: data/, "
        + "notes.txt\n  hint: name a new or empty directory, or add --force to write beside them "
        + "(nines replaces only its own files)\n", refused.err());
    assertEquals("", refused.out());
    assertSameFiles(before, snapshot(out));

    Cli forced = Cli.run("run", EXAMPLE, "-o", out.toString(), "--force");
    assertEquals(ExitCodes.OK, forced.status(), forced.err());
    assertTrue(Files.exists(out.resolve("report.html")));
    assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")));
    // Its own report is no reason to refuse: the same command again writes over it.
    Files.delete(out.resolve("notes.txt"));
    Files.delete(out.resolve("data"));
    Cli again = Cli.run("run", EXAMPLE, "-o", out.toString());
    assertEquals(ExitCodes.OK, again.status(), again.err());
  }

  @Test
  void aPlaceThatCannotHoldADirectoryIsAClearFailure(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    Cli run = Cli.run("run", EXAMPLE, "-o", file.resolve("report").toString());
    assertEquals(ExitCodes.FAILURE, run.status());
    assertTrue(run.err().contains("nines run: cannot write the report into " + file.resolve("report")
        + ": "), run.err());
    assertTrue(run.err().contains("hint: choose a directory you can write to"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  /**
   * A full disk, for real: a 2 MB tmpfs holds one report; filled up, a second run (another seed,
   * so other bytes) cannot write its files. It fails with the reason, leaves the first report byte
   * for byte, and no temporary file. Needs root and a kernel that lets it mount; skipped otherwise.
   */
  @Test
  void aFullDiskFailsClearlyAndLeavesThePreviousReport(@TempDir Path dir) throws Exception {
    Path mount = Files.createDirectories(dir.resolve("tiny"));
    Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs",
        mount.toString()).redirectErrorStream(true).start();
    boolean mounted = mounting.waitFor(30, TimeUnit.SECONDS) && mounting.exitValue() == 0;
    Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
    try {
      Path out = mount.resolve("report");
      Cli first = Cli.run("run", EXAMPLE, "-o", out.toString());
      assertEquals(ExitCodes.OK, first.status(), first.err());
      Map<String, byte[]> before = snapshot(out);
      fill(mount.resolve("filler"));

      Cli second = Cli.run("run", EXAMPLE, "--seed", "8", "-o", out.toString());
      assertEquals(ExitCodes.FAILURE, second.status(), second.err());
      assertTrue(second.err().contains("nines run: cannot write the report into " + out
          + ": cannot write "), second.err());
      assertTrue(second.err().contains("No space left on device"), second.err());
      assertFalse(second.err().contains("Exception"), second.err());
      assertSameFiles(before, snapshot(out));
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Writes zeros until the file system is full (keeps the space for the rest of the test). */
  private static void fill(Path filler) throws IOException {
    byte[] block = new byte[4096];
    try (var stream = Files.newOutputStream(filler)) {
      for (int i = 0; i < 100_000; i++) {
        stream.write(block);
        stream.flush();
      }
    } catch (IOException full) {
      return; // full, as wanted
    }
    throw new IllegalStateException("the file system did not fill up");
  }

  @Test
  void theListOfFilesNinesWritesIsItsOwn(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, Cli.run("run", EXAMPLE, "-o", out.toString()).status());
    assertEquals(List.of(), dev.nines.reports.ReportFiles.foreign(out));
  }
}
