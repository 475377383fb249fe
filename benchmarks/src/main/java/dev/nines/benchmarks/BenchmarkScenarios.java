package dev.nines.benchmarks;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loads the scenarios of {@code benchmarks/scenarios/}; benchmarks run from the repository root. */
final class BenchmarkScenarios {

  private static final Path DIRECTORY = Path.of("benchmarks", "scenarios");

  private BenchmarkScenarios() {}

  /** Scenario {@code name}.yaml, with the given fields set (a sweep's overrides). */
  static Scenario load(String name, Map<String, String> set) {
    Path file = DIRECTORY.resolve(name + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no " + file.toAbsolutePath()
          + ": run the benchmarks from the repository root");
    }
    try {
      return ScenarioLoader.parse(Files.readString(file), file.toString(), Overrides.NONE, set);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
