package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under {@code scenarios/examples/} loads cleanly and says what it teaches. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("examples");

  private static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyExampleLoads() throws IOException {
    List<Path> files = examples();
    assertTrue(files.size() >= 4, () -> "expected the examples, found " + files);
    for (Path file : files) {
      Scenario s = assertDoesNotThrow(() -> ScenarioLoader.load(file, Overrides.NONE),
          () -> "example " + file);
      assertTrue(s.replications() >= 2);
    }
  }

  @Test
  void everyExampleStartsWithAComment() throws IOException {
    for (Path file : examples()) {
      assertTrue(Files.readString(file).startsWith("#"), () -> file + " should start with a comment");
    }
  }

  @Test
  void theNamedExamplesExist() {
    for (String name : List.of("single-server", "two-of-three", "web-tier", "weibull-lognormal",
        "machine-repair", "two-of-three-one-technician", "degraded-disk", "active-passive-db",
        "standby-modes", "raft-cluster", "balancers-at-90-percent", "dead-server-slow-detection",
        "cache-consistent-hash")) {
      assertTrue(Files.isRegularFile(EXAMPLES.resolve(name + ".yaml")), name);
    }
  }
}
