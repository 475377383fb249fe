package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.reports.charts.Chart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report directory: written whole, drawn again from results.json alone, the same each time. */
class ReportFilesTest {

  private static void saveResults(Path dir) throws Exception {
    ReportFiles.write(dir, Map.of("results.json",
        Fixtures.runJson().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void renderWritesEveryChartThenThePage(@TempDir Path dir) throws Exception {
    saveResults(dir);
    List<Path> written = ReportFiles.render(dir);
    List<Path> expected = new ArrayList<>();
    for (Chart chart : Fixtures.charts()) {
      expected.add(dir.resolve("charts/" + chart.id() + ".png"));
      expected.add(dir.resolve("charts/" + chart.id() + ".svg"));
    }
    expected.add(dir.resolve("charts/structure.svg"));
    expected.add(dir.resolve("report.html"));
    assertEquals(expected, written);
    for (Path file : written) {
      assertTrue(Files.size(file) > 0, file + " is empty");
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<img src=\"data:image/png;base64,"), "charts are embedded");
    assertTrue(html.contains("<a href=\"charts/availability.svg\">SVG</a>"), html);
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void renderingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
    saveResults(dir);
    ReportFiles.render(dir);
    Map<Path, byte[]> first = contents(dir);
    ReportFiles.render(dir);
    Map<Path, byte[]> second = contents(dir);
    assertEquals(first.keySet(), second.keySet());
    for (Path file : first.keySet()) {
      assertArrayEquals(first.get(file), second.get(file), file.toString());
    }
    assertEquals(13, first.size(),
        "results.json, 5 PNGs, 5 SVGs, structure.svg, report.html: " + first.keySet());
  }

  @Test
  void writeCreatesFoldersAndReplacesFiles(@TempDir Path dir) throws Exception {
    ReportFiles.write(dir, Map.of("a/b/c.txt", new byte[] {1}));
    ReportFiles.write(dir, Map.of("a/b/c.txt", new byte[] {2, 3}));
    assertArrayEquals(new byte[] {2, 3}, Files.readAllBytes(dir.resolve("a/b/c.txt")));
    assertEquals(List.of(), leftovers(dir));
    for (String bad : new String[] {"../x", "/tmp/x", "a/../../x", ""}) {
      assertThrows(IllegalArgumentException.class,
          () -> ReportFiles.write(dir, Map.of(bad, new byte[0])), bad);
    }
  }

  @Test
  void aFailedWriteNamesThePathAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("report.html/in-the-way"));
    IOException e = assertThrows(IOException.class,
        () -> ReportFiles.write(dir, Map.of("report.html", new byte[] {1})));
    assertTrue(e.getMessage().contains(dir.resolve("report.html").toString()), e.getMessage());
    assertEquals(List.of(), leftovers(dir));

    Files.writeString(dir.resolve("charts"), "a file where a folder should be");
    e = assertThrows(IOException.class,
        () -> ReportFiles.write(dir, Map.of("charts/x.png", new byte[] {1})));
    assertTrue(e.getMessage().contains(dir.resolve("charts/x.png").toString()), e.getMessage());
  }

  @Test
  void aReadOnlyDirectoryFailsAndKeepsTheOldFiles(@TempDir Path dir) throws Exception {
    saveResults(dir);
    ReportFiles.render(dir);
    Map<Path, byte[]> before = contents(dir);
    Path charts = dir.resolve("charts");
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
      Files.setPosixFilePermissions(charts, PosixFilePermissions.fromString("r-xr-xr-x"));
      Assumptions.assumeFalse(canWrite(dir), "permissions are not enforced (running as root)");
      IOException e = assertThrows(IOException.class, () -> ReportFiles.render(dir));
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
      Map<Path, byte[]> after = contents(dir);
      assertEquals(before.keySet(), after.keySet());
      for (Path file : before.keySet()) {
        assertArrayEquals(before.get(file), after.get(file), file.toString());
      }
    } finally {
      Files.setPosixFilePermissions(charts, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aMissingOrBadResultsFileIsNamed(@TempDir Path dir) throws Exception {
    IOException missing = assertThrows(IOException.class, () -> ReportFiles.render(dir));
    assertTrue(missing.getMessage().contains(dir.resolve("results.json").toString()),
        missing.getMessage());
    Files.writeString(dir.resolve("results.json"), "{ not json");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ReportFiles.render(dir));
    assertTrue(bad.getMessage().startsWith(dir.resolve("results.json") + ": not valid JSON"),
        bad.getMessage());
  }

  private static boolean canWrite(Path dir) {
    Path probe = dir.resolve(".probe");
    try {
      Files.writeString(probe, "x");
      Files.delete(probe);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<Path, byte[]> contents(Path dir) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** Temporary files left behind: hidden files. */
  private static List<Path> leftovers(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
