package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import dev.nines.models.distributions.Distribution;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads {@code components: {NAME: {count: N, failure: DIST, repair: DIST, crew: CREW}}} or
 * {@code {count: N, markov: CHAIN}}: groups of identical units. Failure and repair come together, or
 * neither for a group that never fails; a group that fails may name the crew that repairs it; a
 * Markov group's repairs are in its chain, so it takes neither failure, repair nor crew.
 */
final class ComponentReader {

  private static final List<String> FIELDS = List.of("count", "failure", "repair", "crew", "markov");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /**
   * What was read.
   *
   * @param groups the groups read without problems, in file order
   * @param counts every declared group name, but a blank one, with its count (null when the count
   *     was bad)
   */
  record Components(List<ComponentGroup> groups, Map<String, Integer> counts) {}

  private final Problems problems;
  private final DistributionReader distributions;
  private final Collection<String> crews;

  /** @param crews the names of the declared crews, which groups may name */
  ComponentReader(Problems problems, Collection<String> crews) {
    this.problems = problems;
    this.distributions = new DistributionReader(problems);
    this.crews = crews;
  }

  /** Reads the {@code components} node. */
  Components read(Node node) {
    List<ComponentGroup> groups = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean empty = node instanceof MapNode && ((MapNode) node).entries().isEmpty()
        || node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL;
    if (empty) {
      problems.at(node, "'components' needs at least one group",
          "e.g. components: {server: {failure: {dist: exponential, mean: 1000h}, repair: 8h}}");
      return new Components(groups, counts);
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'components' must be a map from group names to groups, got "
          + node.describe(), "e.g. components: {server: {count: 2, ...}}");
      return new Components(groups, counts);
    }
    for (MapNode.Entry e : ((MapNode) node).entries()) {
      int before = problems.count();
      checkName(e.key(), e.keyAt(), e.value().path());
      Integer count = count(e.value());
      if (!e.key().isBlank()) { // reported as invalid; no structure or model can hold a blank name
        counts.put(e.key(), count);
      }
      ComponentGroup group = group(e.key(), e.value(), count);
      if (group != null && problems.count() == before) {
        groups.add(group);
      }
    }
    return new Components(groups, counts);
  }

  private void checkName(String name, Position at, String path) {
    if (!NAME.matcher(name).matches()) {
      problems.report(at, path, "invalid group name '" + name + "'",
          "a group name starts with a letter and holds only letters, digits, '_' and '-'");
    }
  }

  /** The group's count: 1 by default, null when it is bad or the group is not a map. */
  private Integer count(Node group) {
    if (!(group instanceof MapNode)) {
      return group instanceof ScalarNode && ((ScalarNode) group).kind() == ScalarNode.Kind.NULL ? 1 : null;
    }
    Node countNode = ((MapNode) group).get("count");
    return countNode == null ? Integer.valueOf(1) : Values.integerAtLeast(countNode, 1, problems);
  }

  /** One group, or null after reporting its problems. An empty group never fails. */
  private ComponentGroup group(String name, Node node, Integer count) {
    if (node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL) {
      return new ComponentGroup(name, 1, null, null);
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "a group must be a map with count, failure and repair, got "
          + node.describe(), "e.g. " + name + ": {count: 2, failure: {dist: exponential, "
          + "mean: 1000h}, repair: 8h}");
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    String crew = map.has("crew") ? crew(map.get("crew")) : null;
    if (map.has("markov")) {
      return markov(name, map, count, before);
    }
    Node failureNode = map.get("failure");
    Node repairNode = map.get("repair");
    Distribution failure = failureNode == null ? null : distributions.read(failureNode);
    Distribution repair = repairNode == null ? null : distributions.read(repairNode);
    if ((failureNode == null) != (repairNode == null)) {
      String missing = failureNode == null ? "failure" : "repair";
      if (misspelled(map, missing)) {
        return null; // said once already, as an unknown field with its did-you-mean
      }
      problems.report(map.at(), Node.child(map.path(), missing), "missing required field '"
          + missing + "'", "a group that fails needs both 'failure' and 'repair'; "
          + "give neither for a group that never fails");
      return null;
    }
    if (failureNode == null && map.has("crew")) {
      problems.report(map.entry("crew").keyAt(), Node.child(map.path(), "crew"),
          "group '" + name + "' never fails, so it needs no crew",
          "give it failure and repair, or remove 'crew'");
    }
    if (count == null || problems.count() != before) {
      return null;
    }
    return build(map, () -> new ComponentGroup(name, count, failure, repair, null, crew));
  }

  /** A Markov group: its chain, and neither failure, repair nor crew. */
  private ComponentGroup markov(String name, MapNode map, Integer count, int before) {
    for (String field : List.of("failure", "repair")) {
      if (map.has(field)) {
        problems.report(map.entry(field).keyAt(), Node.child(map.path(), field),
            "'" + field + "' does not go with 'markov'",
            "a markov group fails and is repaired by the transitions of its chain; give either "
                + "'markov' or 'failure' and 'repair'");
      }
    }
    if (map.has("crew")) {
      problems.report(map.entry("crew").keyAt(), Node.child(map.path(), "crew"),
          "a markov group cannot name a crew",
          "its repairs are the transitions out of its down states; remove 'crew'");
    }
    MarkovChain chain = new MarkovReader(problems).read(map.get("markov"));
    if (chain == null || count == null || problems.count() != before) {
      return null;
    }
    return build(map, () -> new ComponentGroup(name, count, null, null, chain, null));
  }

  /** The crew a group names, or null after reporting an unknown crew. */
  private String crew(Node node) {
    String crew = Values.text(node, problems);
    if (crew != null && !crews.contains(crew)) {
      String hint = crews.isEmpty()
          ? "declare it, e.g. crews: {" + crew + ": {size: 1}}"
          : Suggestions.hint(crew, crews, "the crews are");
      problems.at(node, "unknown crew '" + crew + "'", hint);
      return null;
    }
    return crew;
  }

  /** The group, or null after reporting what its constructor refused (the checks should catch it). */
  private ComponentGroup build(MapNode map, Supplier<ComponentGroup> group) {
    try {
      return group.get();
    } catch (IllegalArgumentException e) {
      problems.at(map, e.getMessage(), null);
      return null;
    }
  }

  /** True when an unknown key of the map is a near miss of {@code field} (falure for failure). */
  private static boolean misspelled(MapNode map, String field) {
    for (String key : map.keys()) {
      if (!FIELDS.contains(key) && field.equals(Suggestions.closest(key, FIELDS))) {
        return true;
      }
    }
    return false;
  }
}
