package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No input makes the loader crash: every cut-off or damaged version of the examples either loads or
 * yields a ScenarioException with problems, never any other exception.
 */
class RobustnessTest {

  private static List<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  @Test
  void everyPrefixOfEveryExampleIsHandled() throws IOException {
    for (String text : examples()) {
      for (int end = 0; end <= text.length(); end++) {
        check(text.substring(0, end));
      }
    }
  }

  @Test
  void damagedExamplesAreHandled() throws IOException {
    String[] damage = {"", "x", ":", "-", "{", "]", "*a", "&a ", "\t", "'", "\"", "!!int ", "? ", "0",
        "-1", ".inf", "[]", "{}", "~", "1/0h", "1e999h"};
    for (String text : examples()) {
      for (int at = 0; at < text.length(); at += 7) {
        for (String d : damage) {
          check(text.substring(0, at) + d + text.substring(Math.min(text.length(), at + 1)));
        }
      }
    }
  }

  private static void check(String yaml) {
    try {
      ScenarioLoader.parse(yaml, "fuzz.yaml", Overrides.NONE);
    } catch (ScenarioException e) {
      assertFalse(e.problems().isEmpty());
    } catch (RuntimeException e) {
      fail("the loader crashed on:\n" + yaml, e);
    }
  }
}
