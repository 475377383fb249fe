package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command sample in README.md is what the current build prints. A sample is a fenced block
 * whose first line is a command, {@code $ nines ...} or {@code $ ./nines ...} (continued over lines
 * ending in a backslash, quoted as in a shell), and whose other lines are its output: what it
 * writes on stderr, then what it writes on stdout, as on a terminal where nines says what it is
 * about to do before it prints the results.
 *
 * <p>A line {@code ...} in a sample stands for any number of lines left out; the lines between two
 * of them must appear together and in order, a sample that does not start with {@code ...} shows
 * the beginning of the output, and one that does not end with it shows the end. Lines are compared
 * without trailing spaces. Nothing else is normalised: the samples use the example scenarios and
 * their seeds, so the output is the same byte for byte on any machine and thread count; the one
 * thing that differs is the path of the scenario files, which the test, running in {@code cli/},
 * reaches as {@code ../scenarios/...} and prints back as {@code scenarios/...}.
 *
 * <p>The samples run in-process and take a few seconds in all (the comparison of four balancers
 * the longest), so none is left out of the unit run.
 */
class ReadmeSamplesTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String SKIPPED = "...";

  /** A sample: the command's words and the output shown, from the README's line {@code line}. */
  record Sample(int line, List<String> words, List<String> output) {}

  @Test
  void theReadmeHasTheSamplesThatMatter() throws IOException {
    List<String> commands = samples().stream().map(s -> s.words().get(0)).toList();
    for (String command : List.of("run", "solve", "compare", "sweep")) {
      assertTrue(commands.contains(command), "no sample of nines " + command + ": " + commands);
    }
  }

  @TestFactory
  Stream<DynamicTest> everySampleIsWhatTheBuildPrints() throws IOException {
    return samples().stream().map(sample -> DynamicTest.dynamicTest(
        "README.md:" + sample.line() + ": nines " + String.join(" ", sample.words()),
        () -> assertPrints(sample)));
  }

  @Test
  void elidedLinesMatchAnyRunAndTheRestInOrder() {
    List<String> out = List.of("a", "b", "c", "d");
    assertTrue(matches(List.of("a", "b", "...", "d"), out));
    assertTrue(matches(List.of("...", "c", "d"), out));
    assertTrue(matches(List.of("a", "..."), out));
    assertTrue(matches(List.of("...", "b", "..."), out));
    assertFalse(matches(List.of("a", "c", "..."), out)); // a and c are not together
    assertFalse(matches(List.of("a", "b"), out)); // the output goes on
    assertFalse(matches(List.of("...", "c", "b", "..."), out)); // out of order
  }

  @Test
  void commandsAreSplitAsAShellWould() {
    assertEquals(List.of("sweep", "f.yaml", "--target", "availability>=0.9999", "--cost",
        "a*300 + b"), words("nines sweep f.yaml --target 'availability>=0.9999' --cost \"a*300 + b\""));
  }

  private static void assertPrints(Sample sample) {
    String[] args = sample.words().stream()
        .map(w -> w.startsWith("scenarios/") ? "../" + w : w).toArray(String[]::new);
    Cli run = Cli.run(args);
    List<String> printed = Stream.concat(run.err().lines(), run.out().lines())
        .map(l -> l.replace("../scenarios/", "scenarios/").stripTrailing()).toList();
    if (!matches(sample.output(), printed)) {
      fail("README.md:" + sample.line() + ": the sample is not what nines "
          + String.join(" ", sample.words()) + " prints (exit " + run.status() + "):\n"
          + String.join("\n", printed));
    }
  }

  /** Whether {@code shown}, with its {@code ...} lines, is what was {@code printed}. */
  static boolean matches(List<String> shown, List<String> printed) {
    List<List<String>> runs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : shown) {
      if (line.strip().equals(SKIPPED)) {
        runs.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line.stripTrailing());
      }
    }
    runs.add(current);
    // runs.get(0) starts the output, the last run ends it; an empty one is a leading/trailing "...".
    int at = 0;
    for (int r = 0; r < runs.size(); r++) {
      List<String> run = runs.get(r);
      boolean first = r == 0;
      boolean last = r == runs.size() - 1;
      int found = -1;
      if (first) {
        found = startsAt(printed, run, 0) ? 0 : -1;
      } else if (last) {
        int from = printed.size() - run.size();
        found = from >= at && startsAt(printed, run, from) ? from : -1;
      } else {
        for (int i = at; i + run.size() <= printed.size() && found < 0; i++) {
          found = startsAt(printed, run, i) ? i : -1;
        }
      }
      if (found < 0 || (first && last && run.size() != printed.size())) {
        return false;
      }
      at = found + run.size();
    }
    return true;
  }

  private static boolean startsAt(List<String> printed, List<String> run, int from) {
    if (from + run.size() > printed.size()) {
      return false;
    }
    for (int i = 0; i < run.size(); i++) {
      if (!printed.get(from + i).equals(run.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The README's samples: fenced blocks that start with {@code $ nines} or {@code $ ./nines}. */
  static List<Sample> samples() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        end++;
      }
      String head = i + 1 < end ? lines.get(i + 1) : "";
      if (head.startsWith("$ nines ") || head.startsWith("$ ./nines ")) {
        StringBuilder command = new StringBuilder();
        int j = i + 1;
        String line = lines.get(j).substring(2);
        while (line.endsWith("\\") && j + 1 < end) {
          command.append(line, 0, line.length() - 1).append(' ');
          line = lines.get(++j);
        }
        command.append(line);
        samples.add(new Sample(i + 2, words(command.toString()),
            List.copyOf(lines.subList(j + 1, end))));
      }
      i = end;
    }
    return samples;
  }

  /** A command line's words after {@code nines}, as a POSIX shell splits them (quotes only). */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words.subList(1, words.size()); // "nines" or "./nines"
  }
}
