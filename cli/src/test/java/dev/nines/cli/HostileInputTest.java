package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A catalogue of hostile scenario files (issue 10): each, given to {@code nines run} and to
 * {@code nines validate}, ends in exit status 2 and problems on stderr that name the file, the line
 * and column where there is one, and the problem in words, with no stack trace and nothing on
 * stdout. The scenario module's fuzzer (ScenarioFuzzTest) covers the damage in between.
 */
class HostileInputTest {

  /** A valid scenario: group a (line 4) of 2 units, failure on line 6, repair on line 7. */
  private static final String BASE = """
      name: t
      horizon: 1y
      components:
        a:
          count: 2
          failure: {dist: exponential, mean: 1000h}
          repair: 8h
      """;
  private static final Pattern STACK_FRAME = Pattern.compile("\\bat (dev|java|picocli)\\.");

  @TempDir Path dir;

  @Test
  void emptyFile() throws IOException {
    assertRefused(write(""), null, "the file is empty");
  }

  @Test
  void binaryGarbageIsNotUtf8() throws IOException {
    Path file = write(new byte[] {'n', 'a', 'm', 'e', 0, 1, 2, (byte) 0x9F, (byte) 0xC3, 0x28});
    assertRefused(file, "1:8", "the file is not UTF-8 text: byte 0x9F");
  }

  @Test
  void controlCharactersAreNotYaml() throws IOException {
    assertRefused(write("\u0000\u0001\u0002{{[["), "1:1", "YAML syntax error");
  }

  @Test
  void unbalancedBrackets() throws IOException {
    assertRefused(write("name: [t\nhorizon: {1y\n"), "2:8", "YAML syntax error: expected ',' or ']'");
  }

  @Test
  void aListIsNotAScenario() throws IOException {
    assertRefused(write("- name: t\n- horizon: 1y\n"), "1:1", "must be a map of fields", "got a list");
  }

  @Test
  void aScalarIsNotAScenario() throws IOException {
    assertRefused(write("hello\n"), "1:1", "must be a map of fields", "got 'hello'");
  }

  @Test
  void latin1IsNotUtf8() throws IOException {
    Path file = write("name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(file, "1:10", "not UTF-8 text: byte 0xE9", "save the file as UTF-8");
  }

  @Test
  void aLoneFfByteIsNotUtf8() throws IOException {
    Path file = write(concat(BASE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}));
    assertRefused(file, "8:1", "not UTF-8 text: byte 0xFF");
  }

  @Test
  void aDirectory() {
    assertRefused(dir, null, "this is a directory, not a scenario file");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path file = write(BASE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(file), "permissions are not enforced (root)");
      assertRefused(file, null, "cannot read the file: permission denied", "chmod a+r");
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void aMissingFile() {
    assertRefused(dir.resolve("no-such.yaml"), null, "no such file");
  }

  @Test
  void tenMegabytesAreRefusedBeforeTheyAreRead() throws IOException {
    StringBuilder yaml = new StringBuilder(BASE);
    for (int i = 0; yaml.length() < 10_000_000; i++) {
      yaml.append("  g").append(i).append(": {count: 1}\n");
    }
    assertRefused(write(yaml.toString()), null, "more than the limit of 1048576 (1 MiB)",
        "is it the right file?");
  }

  @Test
  void aLargeFileUnderTheLimitValidates() throws IOException {
    StringBuilder yaml = new StringBuilder(BASE);
    for (int i = 0; yaml.length() < 900_000; i++) {
      yaml.append("  g").append(i).append(": {failure: 1000h, repair: 8h}\n");
    }
    Cli cli = Cli.run("validate", write(yaml.toString()).toString());
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains(": ok (t: "), cli.out());
  }

  @Test
  void tenThousandNestedLists() throws IOException {
    Path file = write(BASE + "system: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertRefused(file, "8:108", "system: the YAML nests more than 100 maps and lists deep here");
  }

  @Test
  void tenThousandNestedMaps() throws IOException {
    Path file = write(BASE + "system: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");
    assertRefused(file, "8:", "system: the YAML nests more than 100 maps and lists deep here");
  }

  @Test
  void billionLaughs() throws IOException {
    StringBuilder yaml = new StringBuilder(BASE + "description: &l0 [lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("l").append(i).append(": &l").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
    }
    assertRefused(write(yaml.toString()), "9:10", "YAML aliases ('*l0') are not supported");
  }

  @Test
  void duplicateKeys() throws IOException {
    assertRefused(write(BASE + "name: u\n"), "8:1", "duplicate key 'name'", "already set at line 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", ".nan", ".inf", "-.inf", "Infinity", "1e400"})
  void nonFiniteNumbersAndDurations(String value) throws IOException {
    String mean = BASE.replace("mean: 1000h", "mean: " + value);
    assertRefused(write(mean), placeOf(mean, "mean: " + value), "components.a.failure.mean: ");
    String shape = BASE.replace("{dist: exponential, mean: 1000h}",
        "{dist: weibull, shape: " + value + ", scale: 1000h}");
    assertRefused(write(shape), placeOf(shape, "shape: " + value), "components.a.failure.shape: ");
  }

  /**
   * Each row: the text replaced in BASE, its replacement ("\n" for a line break), where the problem
   * is (the value after this text), and the problem.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "count: 2|count: 0|count: 0|count must be at least 1, got 0",
      "count: 2|count: -3|count: -3|count must be at least 1, got -3",
      "mean: 1000h|mean: 0h|mean: 0h|mean must be positive, got 0h",
      "mean: 1000h|mean: -5h|mean: -5h|a duration must not be negative, got '-5h'",
      "exponential, mean: 1000h|weibull, shape: 0, scale: 1h|shape: 0|shape must be positive",
      "exponential, mean: 1000h|weibull, shape: -1, scale: 1h|shape: -1|shape must be positive",
      "mean: 1000h|rate: 0/h|rate: 0/h|a rate must be positive and finite, got '0/h'",
      "mean: 1000h|rate: -1/h|rate: -1/h|a rate must be positive and finite, got '-1/h'",
      "horizon: 1y|horizon: 0s|horizon: 0s|the horizon must be positive and finite, got 0s",
      "horizon: 1y|horizon: -1y|horizon: -1y|a duration must not be negative, got '-1y'",
      "name: t|name: t\\nreplications: 0|replications: 0|replications must be at least 2, got 0",
      "name: t|name: t\\nreplications: -5|replications: -5|replications must be at least 2",
      "repair: 8h|repair: 8h\\n    crew: c\\ncrews: {c: {size: 0}}|size: 0|size must be at least 1",
      "repair: 8h|repair: 8h\\n    crew: c\\ncrews: {c: {size: -2}}|size: -2|size must be at least 1"})
  void negativeAndZeroParameters(String from, String to, String at, String problem)
      throws IOException {
    String yaml = BASE.replace(from, to.replace("\\n", "\n"));
    assertRefused(write(yaml), placeOf(yaml, at), problem);
  }

  @Test
  void aBillionUnitsAreRefusedBeforeAnythingIsAllocated() throws IOException {
    String yaml = BASE.replace("count: 2", "count: 1000000000");
    assertRefused(write(yaml), "5:12", "the scenario has 1000000000 units, more than the limit of "
        + "1000000", "run it anyway with --force");
  }

  @Test
  void atLeastMoreThanTheUnits() throws IOException {
    assertRefused(write(BASE + "system: {atLeast: 3, of: a}\n"), "8:19",
        "atLeast 3 of a, but a has only 2 units");
  }

  /** Each row: lines added to BASE ("\n" for a line break), where the problem is, the problem. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'    crew: night'|crew: night|unknown crew 'night'",
      "system: {series: [a, b]}|b]|unknown group 'b'",
      "detectors: {hb: {heartbeat: {interval: 1s, timeout: 3s}}}\\n"
          + "system: {standby: {active: a, spares: a, detector: hx}}|detector: hx|"
          + "unknown detector 'hx'",
      "traffic: {arrivals: {poisson: 1/s}, service: 1ms, servers: web}|servers: web|"
          + "unknown group 'web'",
      "traffic: {arrivals: {poisson: 1/s}, service: 1ms, servers: a, health: hb}|health: hb|"
          + "unknown detector 'hb'"})
  void unknownReferences(String added, String at, String problem) throws IOException {
    String lines = added.replace("\\n", "\n") + "\n";
    String yaml = added.startsWith("    crew") ? BASE.replace("repair: 8h\n", "repair: 8h\n" + lines)
        : BASE + lines;
    assertRefused(write(yaml), placeOf(yaml, at), problem);
  }

  /**
   * Nothing in the language can form a cycle: structure nodes nest but name only groups, a standby
   * or quorum names groups and a detector, a detector names groups, a group names a crew. The
   * nearest thing is a group in two roles, and that is refused.
   */
  @Test
  void noReferenceCanCycleAndAGroupHasOneRole() throws IOException {
    String own = BASE.replace("count: 2", "count: 1") + "system: {standby: {active: a, spares: a}}\n";
    assertRefused(write(own), "8:39", "'a' is the active group; it cannot be its own spare");
    String twice = BASE.replace("count: 2", "count: 1") + "  b: {failure: 1000h, repair: 8h}\n"
        + "system: {parallel: [{standby: {active: a, spares: b}}, "
        + "{standby: {name: s2, active: b, spares: a}}]}\n";
    assertRefused(write(twice), "9:", "group 'b' already belongs to 'standby'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "8|a duration needs a unit, got the bare number 8",
      "8 parsecs|unknown unit 'parsecs' in '8 parsecs'",
      "8 hours|unknown unit 'hours' in '8 hours' (did you mean '8 h'?"})
  void durationsWithoutOrWithUnknownUnits(String mean, String problem) throws IOException {
    String yaml = BASE.replace("mean: 1000h", "mean: " + mean);
    assertRefused(write(yaml), placeOf(yaml, "mean: " + mean), problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/s", "-1/s", "1/0s", "/s"})
  void ratesThatAreNoRates(String rate) throws IOException {
    String yaml = BASE.replace("mean: 1000h", "rate: " + rate);
    String problem = rate.equals("/s") ? "'/s' is not a rate"
        : "a rate must be positive and finite, got '" + rate + "'";
    assertRefused(write(yaml), placeOf(yaml, "rate: " + rate), problem);
  }

  /**
   * Runs and validates the file: exit status 2, stderr naming the file and {@code place} (null for
   * a problem of the whole file; a prefix such as "8:" when only the line is certain) and holding
   * every one of {@code words}, no stack trace, and nothing on stdout.
   */
  private static void assertRefused(Path file, String place, String... words) {
    for (String command : List.of("run", "validate")) {
      Cli cli = Cli.run(command, file.toString());
      String err = cli.err();
      assertEquals(2, cli.status(), command + ": " + err);
      String at = place == null ? file + ": " : file + ":" + place;
      assertTrue(err.contains(at), command + " should name " + at + ":\n" + err);
      for (String w : words) {
        assertTrue(err.contains(w), command + " should say " + w + ":\n" + err);
      }
      assertFalse(err.contains("Exception") || STACK_FRAME.matcher(err).find(), err);
      assertTrue(cli.out().isBlank(), command + " printed results:\n" + cli.out());
    }
  }

  /** "line:column" of the value after {@code marker} (its first occurrence), 1-based. */
  private static String placeOf(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, marker);
    int valueAt = marker.contains(": ") ? at + marker.indexOf(": ") + 2 : at;
    int lineStart = text.lastIndexOf('\n', valueAt - 1) + 1;
    int line = (int) text.substring(0, valueAt).chars().filter(c -> c == '\n').count() + 1;
    return line + ":" + (valueAt - lineStart + 1);
  }

  private Path write(String text) throws IOException {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "hostile", ".yaml");
    Files.write(file, bytes);
    return file;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
