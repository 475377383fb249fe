package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep each example's opening comment shows runs as written (on a short horizon and two
 * replications, to check the command rather than its figures): the comments cannot drift from the
 * command line.
 */
class ExampleSweepsTest {

  /** The {@code nines sweep ...} command in a file's opening comment, joined over its lines. */
  static String command(String text) {
    StringBuilder command = new StringBuilder();
    boolean in = false;
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.substring(1).strip();
      if (body.startsWith("nines sweep ")) {
        in = true;
      }
      if (in) {
        boolean more = body.endsWith("\\");
        command.append(more ? body.substring(0, body.length() - 1).strip() : body).append(' ');
        if (!more) {
          break;
        }
      }
    }
    return command.toString().strip();
  }

  /** The words of a command, with 'single quotes' as in a shell. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void theCommandReadsLikeAShell() {
    assertEquals("nines sweep f.yaml --set a=1,2 --target 'x>=1'",
        command("# Teaches: x\n#   nines sweep f.yaml \\\n#     --set a=1,2 \\\n"
            + "#     --target 'x>=1'\n# more\nname: y\n"));
    assertEquals(List.of("nines", "sweep", "--cost", "a * 2", "-o", "d"),
        words("nines sweep  --cost 'a * 2' -o d"));
  }

  @Test
  void everyExampleSweepRunsAsWritten(@TempDir Path dir) throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Cli.EXAMPLES)) {
      examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int sweeps = 0;
    for (Path example : examples) {
      String command = command(Files.readString(example));
      if (command.isEmpty()) {
        continue;
      }
      sweeps++;
      List<String> args = new ArrayList<>(words(command).subList(1, words(command).size()));
      int out = args.indexOf("-o");
      assertTrue(out > 0, example + ": the example writes a report: " + command);
      args.set(out + 1, dir.resolve(example.getFileName().toString()).toString());
      args.set(args.indexOf("scenarios/examples/" + example.getFileName()), example.toString());
      args.addAll(List.of("--replications", "2", "--horizon", "2m", "--threads", "2"));
      Cli cli = Cli.run(args.toArray(String[]::new));
      assertEquals(0, cli.status(), example + ": " + cli.err());
      // Two replications of two minutes decide little; the verdict line is there either way.
      assertTrue(cli.out().contains("best: ") || cli.out().contains("no point surely meets "),
          example + ": " + cli.out());
    }
    assertTrue(sweeps >= 3, "the three sweep examples: " + sweeps);
  }
}
