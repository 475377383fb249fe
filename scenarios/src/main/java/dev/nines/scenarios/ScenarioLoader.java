package dev.nines.scenarios;

import dev.nines.models.SystemModel;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.traffic.Fault;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.scenarios.yaml.YamlTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file (DESIGN.md §4). It fills defaults, validates, then builds: the YAML is read
 * into a located tree, the tree into a spec (collecting every problem, not just the first), the
 * command-line overrides are applied, the semantic checks run, and only a spec without problems is
 * built into a {@link Scenario}. Otherwise a {@link ScenarioException} lists all problems in file
 * order.
 */
public final class ScenarioLoader {

  /** Above this many expected events a run is refused unless forced: it would take hours. */
  public static final double MAX_EVENTS = 5e9;

  /** The largest scenario read, in bytes of a file or characters of a text (1 MiB). */
  public static final int MAX_SIZE = ScenarioText.MAX_SIZE;

  private ScenarioLoader() {}

  /**
   * Reads and loads a UTF-8 scenario file of at most {@link #MAX_SIZE} bytes. A missing,
   * unreadable, oversized or non-UTF-8 file is a problem too.
   */
  public static Scenario load(Path file, Overrides overrides) throws ScenarioException {
    return parse(ScenarioText.read(file), file.toString(), overrides);
  }

  /** Loads a scenario from YAML text; {@code fileName} is used in problems and as the source. */
  public static Scenario parse(String yamlText, String fileName, Overrides overrides)
      throws ScenarioException {
    return parse(yamlText, fileName, overrides, java.util.Map.of());
  }

  /**
   * Loads a scenario from YAML text with some fields set to other values first (a sweep's point):
   * each path, such as {@code components.app.count}, to the YAML value given, such as {@code 3}.
   *
   * @throws IllegalArgumentException when a path does not lead into the scenario
   */
  public static Scenario parse(String yamlText, String fileName, Overrides overrides,
      java.util.Map<String, String> set) throws ScenarioException {
    Problems problems = new Problems(fileName);
    if (yamlText.length() > MAX_SIZE) {
      throw ScenarioText.single(fileName, "the text holds " + yamlText.length()
          + " characters, more than the limit of " + MAX_SIZE + " (1 MiB) for a scenario",
          ScenarioText.TOO_LARGE_HINT);
    }
    try {
      ScenarioSpec spec = read(yamlText, problems, overrides, set);
      if (!problems.isEmpty()) {
        throw problems.exception();
      }
      return build(spec, fileName, problems);
    } catch (Problems.TooMany e) {
      throw problems.exception();
    }
  }

  /** The spec, checked; null when the text is not a map. Problems go to {@code problems}. */
  private static ScenarioSpec read(String yamlText, Problems problems, Overrides overrides,
      java.util.Map<String, String> set) {
    String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
    Node root = YamlTree.read(text, problems);
    if (root == null) {
      return null;
    }
    if (!set.isEmpty() && problems.isEmpty()) {
      for (java.util.Map.Entry<String, String> field : set.entrySet()) {
        root = ScenarioPaths.with(root, field.getKey(), field.getValue());
      }
    }
    if (root instanceof ScalarNode && ((ScalarNode) root).kind() == ScalarNode.Kind.NULL) {
      problems.report(Position.NONE, "", "the file is empty",
          "a scenario needs at least 'name', 'horizon' and 'components'");
      return null;
    }
    if (!(root instanceof MapNode)) {
      problems.at(root, "a scenario file must be a map of fields such as 'name:', 'horizon:' and "
          + "'components:', got " + root.describe(), null);
      return null;
    }
    ScenarioSpec spec = SpecReader.read((MapNode) root, problems);
    Overrides given = overrides == null ? Overrides.NONE : overrides;
    spec = spec.with(given);
    SemanticChecks.check(spec, problems, given.force());
    return spec;
  }

  private static Scenario build(ScenarioSpec spec, String fileName, Problems problems)
      throws ScenarioException {
    try {
      // The traffic's health detector watches the servers too, so its figures cover them.
      SystemModel system = new SystemModel(spec.groups(), spec.crews(), spec.modelDetectors(),
          spec.structure());
      List<Fault> faults = spec.faults().stream().map(Located::value).toList();
      Located<Start> start = spec.start();
      String refused = start.value() == Start.STATIONARY ? StartPlan.unsupported(system) : null;
      if (refused != null) {
        problems.report(start.at(), start.path(), "start: stationary is not available here: "
            + refused, "use warmup instead: discard a stretch at the start of each replication");
        throw problems.exception();
      }
      return new Scenario(spec.name(), spec.description(), spec.seed().value(),
          spec.horizon().value(), spec.warmup().value(), spec.replications().value(),
          spec.confidence().value(), system, spec.traffic(), faults, fileName, start.value());
    } catch (IllegalArgumentException e) {
      // The checks above should have caught this; still report it as a problem, never a crash.
      problems.report(Position.NONE, "", "invalid scenario: " + e.getMessage(), null);
      throw problems.exception();
    }
  }
}
