package dev.nines.scenarios;

import dev.nines.models.start.Start;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads the top level of a scenario file into a {@link ScenarioSpec}, filling defaults and reporting
 * every problem of form: unknown fields, fields of later versions, missing required fields, values
 * of the wrong kind and unknown references (crews, groups, detectors), with the optional
 * {@code traffic} and {@code faults} ({@link TrafficReader}, {@link FaultReader}). Checks that
 * relate fields to each other come later, in {@link SemanticChecks}.
 */
final class SpecReader {

  private static final List<String> FIELDS = List.of("name", "description", "seed", "horizon",
      "warmup", "start", "replications", "confidence", "components", "crews", "detectors",
      "system", "traffic", "faults");
  /** Fields of later versions, reported as not supported yet: none at present. */
  private static final List<String> LATER = List.of();

  static final long DEFAULT_SEED = 1;
  static final int DEFAULT_REPLICATIONS = 30;
  static final double DEFAULT_CONFIDENCE = 0.95;

  private final Problems problems;

  private SpecReader(Problems problems) {
    this.problems = problems;
  }

  /** Reads the root map of a scenario file. */
  static ScenarioSpec read(MapNode root, Problems problems) {
    return new SpecReader(problems).spec(root);
  }

  private ScenarioSpec spec(MapNode root) {
    Fields.check(root, FIELDS, LATER, problems);
    String name = name(root);
    Node descriptionNode = root.get("description");
    String description = descriptionNode == null ? "" : Values.text(descriptionNode, problems);
    description = description == null ? null : description.strip();
    Located<Long> seed = optional(root, "seed", Values::integer,
        Located.byDefault(DEFAULT_SEED, "seed", "1"));
    Located<Double> horizon = optional(root, "horizon", TimeValues::duration, null);
    Located<Double> warmup = optional(root, "warmup", TimeValues::duration,
        Located.byDefault(0.0, "warmup", "0s"));
    Located<Start> start = optional(root, "start", SpecReader::start,
        Located.byDefault(Start.NEW, "start", Start.NEW.text()));
    Located<Integer> replications = optional(root, "replications",
        (node, p) -> Values.integerAtLeast(node, Integer.MIN_VALUE, p),
        Located.byDefault(DEFAULT_REPLICATIONS, "replications", "30"));
    Located<Double> confidence = optional(root, "confidence", Values::number,
        Located.byDefault(DEFAULT_CONFIDENCE, "confidence", "0.95"));

    Node componentsNode = Fields.require(root, "components",
        "declare the groups, e.g. components: {server: {failure: {dist: exponential, "
            + "mean: 1000h}, repair: 8h}}", problems);
    Node crewsNode = root.get("crews");
    CrewReader.Crews crews = crewsNode == null
        ? CrewReader.Crews.NONE
        : new CrewReader(problems).read(crewsNode);
    ComponentReader.Components components = componentsNode == null
        ? new ComponentReader.Components(List.of(), Map.of())
        : new ComponentReader(problems, crews.declared().keySet()).read(componentsNode);
    checkCrewNames(crews, components, crewsNode);
    checkNotSystem(componentsNode, "group");
    checkNotSystem(crewsNode, "crew");
    Node detectorsNode = root.get("detectors");
    DetectorReader.Detectors detectors = detectorsNode == null
        ? DetectorReader.Detectors.NONE
        : new DetectorReader(problems, components.counts()).read(detectorsNode);
    List<Collection<String>> taken = new ArrayList<>();
    taken.add(components.counts().keySet());
    taken.add(crews.declared().keySet());
    checkScopeNames(detectors.declared(), taken, detectorsNode == null ? "" : detectorsNode.path(),
        "detector");
    taken.add(detectors.declared().keySet());
    Node trafficNode = root.get("traffic");
    Traffic traffic = trafficNode == null ? null
        : new TrafficReader(problems, components.counts(), detectors.declared()).read(trafficNode);
    Node faultsNode = root.get("faults");
    List<Located<Fault>> faults = faultsNode == null ? List.of()
        : new FaultReader(problems, components.counts()).read(faultsNode);
    Structure structure = structure(root.get("system"), components, detectors, taken);
    return new ScenarioSpec(root, name, description, seed, horizon, warmup, start, replications,
        confidence, components.groups(), crews.crews(), detectors.detectors(), structure, traffic,
        faults);
  }

  /** How the units start: {@code new} or {@code stationary}; null after reporting another word. */
  private static Start start(Node node, Problems problems) {
    String text = Values.text(node, problems);
    if (text == null) {
      return null;
    }
    List<String> words = Arrays.stream(Start.values()).map(Start::text).toList();
    for (Start start : Start.values()) {
      if (start.text().equals(text)) {
        return start;
      }
    }
    problems.at(node, "unknown start '" + text + "'", Suggestions.hint(text, words,
        "start is one of"));
    return null;
  }

  /** Detectors, standbys and quorums are reported by name: no group or crew may share it. */
  private void checkScopeNames(Map<String, Position> names, List<Collection<String>> taken,
      String parentPath, String what) {
    names.forEach((name, at) -> {
      if (name.equals("system") || taken.stream().anyMatch(t -> t.contains(name))) {
        problems.report(at, Node.child(parentPath, name), what + " '" + name
                + "' has the name of another scope (system, a group, a crew or a detector)",
            "figures are reported by name; rename it");
      }
    });
  }

  /** The whole system's figures are reported as 'system', so no group or crew may be named so. */
  private void checkNotSystem(Node declarations, String what) {
    MapNode.Entry e = declarations instanceof MapNode ? ((MapNode) declarations).entry("system")
        : null;
    if (e != null) {
      problems.report(e.keyAt(), Node.child(declarations.path(), "system"), what
          + " 'system' has the name of the whole system's scope", "figures are reported by name; "
          + "rename it");
    }
  }

    /** A crew's figures are reported under its name, so it must not be a group's name too. */
  private void checkCrewNames(CrewReader.Crews crews, ComponentReader.Components components,
      Node crewsNode) {
    crews.declared().forEach((crew, at) -> {
      if (components.counts().containsKey(crew)) {
        problems.report(at, Node.child(crewsNode.path(), crew),
            "crew '" + crew + "' has the name of a group",
            "crews and groups are reported by name; rename one of them");
      }
    });
  }

  private String name(MapNode root) {
    Node node = Fields.require(root, "name", "give the scenario a name, e.g. name: web tier",
        problems);
    if (node == null) {
      return null;
    }
    String name = Values.text(node, problems);
    if (name != null && name.isBlank()) {
      problems.at(node, "the name must not be empty", "e.g. name: web tier");
      return null;
    }
    return name;
  }

  /**
   * The value of an optional field: the default when absent, the value read when present, or null
   * when present but unreadable (its problem is reported).
   */
  private <T> Located<T> optional(MapNode root, String key,
      BiFunction<Node, Problems, T> reader, Located<T> byDefault) {
    Node node = root.get(key);
    if (node == null) {
      return byDefault;
    }
    T value = reader.apply(node, problems);
    return value == null ? null : Located.of(value, node);
  }

  /** The structure as written, or the default: the single group, else a series of all groups. */
  private Structure structure(Node node, ComponentReader.Components components,
      DetectorReader.Detectors detectors, List<Collection<String>> taken) {
    if (node != null) {
      Set<String> markov = new HashSet<>();
      components.groups().stream().filter(g -> g.isMarkov()).forEach(g -> markov.add(g.name()));
      StructureReader reader =
          new StructureReader(components.counts(), markov, detectors, problems);
      Structure structure = reader.read(node);
      checkScopeNames(reader.failoverNames(), taken, node.path(), "standby or quorum");
      return structure;
    }
    if (components.counts().isEmpty()) {
      return null;
    }
    List<Structure> parts = new ArrayList<>();
    for (String group : components.counts().keySet()) {
      parts.add(new Structure.Group(group));
    }
    return parts.size() == 1 ? parts.get(0) : new Structure.Series(parts);
  }
}
