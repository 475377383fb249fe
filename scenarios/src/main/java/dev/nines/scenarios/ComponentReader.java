package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.distributions.Distribution;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code components: {NAME: {count: N, failure: DIST, repair: DIST}}}: groups of identical
 * units. Failure and repair come together, or neither for a group that never fails.
 */
final class ComponentReader {

  private static final List<String> FIELDS = List.of("count", "failure", "repair");
  private static final List<String> LATER = List.of("crew", "markov");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /**
   * What was read.
   *
   * @param groups the groups read without problems, in file order
   * @param counts every declared group name with its count (null when the count was bad)
   */
  record Components(List<ComponentGroup> groups, Map<String, Integer> counts) {}

  private final Problems problems;
  private final DistributionReader distributions;

  ComponentReader(Problems problems) {
    this.problems = problems;
    this.distributions = new DistributionReader(problems);
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
      counts.put(e.key(), count);
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
    Fields.check(map, FIELDS, LATER, problems);
    Node failureNode = map.get("failure");
    Node repairNode = map.get("repair");
    Distribution failure = failureNode == null ? null : distributions.read(failureNode);
    Distribution repair = repairNode == null ? null : distributions.read(repairNode);
    if ((failureNode == null) != (repairNode == null)) {
      String missing = failureNode == null ? "failure" : "repair";
      problems.report(map.at(), Node.child(map.path(), missing), "missing required field '"
          + missing + "'", "a group that fails needs both 'failure' and 'repair'; "
          + "give neither for a group that never fails");
      return null;
    }
    if (count == null || (failureNode != null && (failure == null || repair == null))) {
      return null;
    }
    try {
      return new ComponentGroup(name, count, failure, repair);
    } catch (IllegalArgumentException e) {
      problems.at(map, e.getMessage(), null);
      return null;
    }
  }
}
