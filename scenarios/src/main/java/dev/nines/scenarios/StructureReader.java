package dev.nines.scenarios;

import dev.nines.models.structure.Structure;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code system:} structure and resolves it against the declared groups: a group name,
 * {@code {series: [...]}}, {@code {parallel: [...]}}, {@code {atLeast: K, of: GROUP}} (k-of-n over a
 * group's units) or {@code {atLeast: K, of: [...]}} (k-of-n over parts), nested freely; and the
 * leaves {@code {standby: {...}}} and {@code {quorum: {...}}}, read by {@link FailoverReader}.
 */
final class StructureReader {

  private static final List<String> KINDS =
      List.of("series", "parallel", "atLeast", "standby", "quorum");
  private static final List<String> FIELDS =
      List.of("series", "parallel", "atLeast", "of", "standby", "quorum");
  private static final String EXAMPLE = "e.g. {series: [web, {atLeast: 2, of: db}]}";

  private final Map<String, Integer> counts;
  private final Problems problems;
  private final FailoverReader failover;

  /**
   * @param counts every declared group with its unit count, in file order; a null count means the
   *     count itself was bad, so k-of-n checks against it are skipped
   * @param markovGroups the groups whose units follow a Markov chain
   * @param detectors the declared detectors, which standbys and quorums may name
   */
  StructureReader(Map<String, Integer> counts, Set<String> markovGroups,
      DetectorReader.Detectors detectors, Problems problems) {
    this.counts = counts;
    this.problems = problems;
    this.failover = new FailoverReader(problems, counts, markovGroups, detectors, this::group);
  }

  /** The standbys and quorums read, by name, with where each was named. */
  Map<String, dev.nines.scenarios.yaml.Position> failoverNames() {
    return failover.names();
  }

  /** The structure at the node, or null after reporting what is wrong. */
  Structure read(Node node) {
    if (node instanceof ScalarNode) {
      String name = group(node);
      return name == null ? null : new Structure.Group(name);
    }
    if (node instanceof ListNode) {
      problems.at(node, "expected a group name or a map with 'series', 'parallel', 'atLeast', "
          + "'standby' or 'quorum', got a list",
          "say how the parts combine: {series: [...]} or {parallel: [...]}");
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    List<String> kinds = new ArrayList<>();
    for (String key : map.keys()) {
      if (KINDS.contains(key)) {
        kinds.add(key);
      }
    }
    if (kinds.size() > 1) {
      problems.report(map.entry(kinds.get(1)).keyAt(), Node.child(map.path(), kinds.get(1)),
          "a structure node takes only one of 'series', 'parallel', 'atLeast', 'standby' and "
              + "'quorum'",
          "nest them instead, " + EXAMPLE);
    }
    if (kinds.isEmpty()) {
      if (problems.count() == before) {
        problems.at(map, "a structure node needs 'series', 'parallel', 'atLeast', 'standby' or "
            + "'quorum'", EXAMPLE);
      }
      return null;
    }
    String kind = kinds.get(0);
    if (kind.equals("standby") || kind.equals("quorum")) {
      if (map.entries().size() > 1) {
        problems.at(map, "'" + kind + "' takes its settings inside it, not beside it",
            "e.g. {" + kind + ": {...}}");
        return null;
      }
      return kind.equals("standby") ? failover.standby(map.get(kind))
          : failover.quorum(map.get(kind));
    }
    if (!kind.equals("atLeast") && map.has("of")) {
      problems.report(map.entry("of").keyAt(), Node.child(map.path(), "of"),
          "'of' belongs with 'atLeast'", "e.g. {atLeast: 2, of: replica}");
      return null;
    }
    if (kind.equals("atLeast")) {
      return atLeast(map);
    }
    List<Structure> parts = parts(map.get(kind), kind);
    if (parts == null || problems.count() != before) {
      return null;
    }
    return kind.equals("series") ? new Structure.Series(parts) : new Structure.Parallel(parts);
  }

  private Structure atLeast(MapNode map) {
    Node kNode = map.get("atLeast");
    Integer k = Values.integerAtLeast(kNode, 1, problems);
    Node of = Fields.require(map, "of",
        "atLeast: 2, of: replica (units of a group) or of: [a, b, c] (parts)", problems);
    if (of == null) {
      return null;
    }
    if (of instanceof ListNode) {
      List<Structure> parts = parts(of, "of");
      if (k == null || parts == null) {
        return null;
      }
      if (k > parts.size()) {
        problems.at(kNode, "atLeast " + k + " of " + parts.size() + " parts can never be met",
            "lower atLeast to at most " + parts.size() + " or add parts");
        return null;
      }
      return new Structure.AtLeast(k, parts);
    }
    if (of instanceof MapNode) {
      problems.at(of, "'of' takes a group name or a list of parts, got a map",
          "wrap it in a list: of: [{series: [a, b]}, c]");
      return null;
    }
    String name = group(of);
    if (k == null || name == null) {
      return null;
    }
    Integer n = counts.get(name);
    if (n != null && k > n) {
      problems.at(kNode, "atLeast " + k + " of " + name + ", but " + name + " has only " + n
              + (n == 1 ? " unit" : " units"),
          "lower atLeast to at most " + n + " or raise components." + name + ".count");
      return null;
    }
    return new Structure.AtLeastOfGroup(k, name);
  }

  private List<Structure> parts(Node node, String kind) {
    if (!(node instanceof ListNode)) {
      problems.at(node, "'" + kind + "' needs a list of parts, got " + node.describe(),
          "e.g. " + kind + ": [web, db]");
      return null;
    }
    List<Node> items = ((ListNode) node).items();
    if (items.isEmpty()) {
      problems.at(node, "'" + kind + "' needs at least one part", "e.g. " + kind + ": [web, db]");
      return null;
    }
    List<Structure> parts = new ArrayList<>();
    for (Node item : items) {
      parts.add(read(item));
    }
    return parts.contains(null) ? null : parts;
  }

  /** The group a scalar names, or null after reporting an unknown group or a node not a name. */
  private String group(Node node) {
    if (!(node instanceof ScalarNode)) { // a standby's active or a quorum's of, written as a map
      problems.at(node, "expected a group name, got " + node.describe(), "e.g. "
          + Values.name(node) + ": db");
      return null;
    }
    ScalarNode s = (ScalarNode) node;
    if (s.kind() == ScalarNode.Kind.NULL) {
      problems.at(node, "'" + Values.name(node) + "' needs a group name or a structure", EXAMPLE);
      return null;
    }
    if (!counts.containsKey(s.text())) {
      String hint = counts.isEmpty()
          ? "declare it under 'components'"
          : Suggestions.hint(s.text(), counts.keySet(), "the groups are");
      problems.at(node, "unknown group '" + s.text() + "'", hint);
      return null;
    }
    return s.text();
  }
}
