package dev.nines.scenarios;

import dev.nines.models.detectors.Detector;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the two structure leaves that do more than count what is up (DESIGN.md §3-4):
 * {@code {standby: {active, spares, mode, dormancy, detector, switchover, switchFailure, name}}} and
 * {@code {quorum: {of, heartbeat, electionTimeout, name}}}. Checks what only they need: one active
 * unit, spares that are not the active group, a dormancy only for warm spares, Markov groups only as
 * hot spares, a group in at most one standby or quorum, known detectors (lossless for a quorum), and
 * distinct names, which become the scopes of their figures.
 */
final class FailoverReader {

  private static final List<String> STANDBY = List.of("name", "active", "spares", "mode",
      "dormancy", "detector", "switchover", "switchFailure");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final List<String> QUORUM = List.of("name", "of", "heartbeat", "electionTimeout");
  private static final String STANDBY_EXAMPLE =
      "e.g. {standby: {active: db, spares: replica, mode: warm, dormancy: 0.1, detector: hb}}";
  private static final String QUORUM_EXAMPLE =
      "e.g. {quorum: {of: node, heartbeat: hb, electionTimeout: {dist: uniform, min: 150ms, "
          + "max: 300ms}}}";

  private final Problems problems;
  private final Map<String, Integer> counts;
  private final Set<String> markovGroups;
  private final DetectorReader.Detectors detectors;
  private final Function<Node, String> groupReader;
  private final Map<String, String> ownedBy = new LinkedHashMap<>();
  private final Map<String, Position> names = new LinkedHashMap<>();

  /**
   * @param groupReader resolves a node naming a group, reporting an unknown one (returns null)
   */
  FailoverReader(Problems problems, Map<String, Integer> counts, Set<String> markovGroups,
      DetectorReader.Detectors detectors, Function<Node, String> groupReader) {
    this.problems = problems;
    this.counts = counts;
    this.markovGroups = markovGroups;
    this.detectors = detectors;
    this.groupReader = groupReader;
  }

  /** The names given to standbys and quorums, with where each was written. */
  Map<String, Position> names() {
    return names;
  }

  /** The standby at {@code node} (the value of the {@code standby} key), or null after problems. */
  Structure standby(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "'standby' must be a map, got " + node.describe(), STANDBY_EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, STANDBY, List.of(), problems);
    String name = name(map, "standby");
    Node activeNode = Fields.require(map, "active", "the group of the active unit, e.g. active: db",
        problems);
    Node sparesNode = Fields.require(map, "spares",
        "the group(s) of the spares, e.g. spares: replica or spares: [replica, backup]", problems);
    String active = activeNode == null ? null : groupReader.apply(activeNode);
    if (active != null && counts.get(active) != null && counts.get(active) != 1) {
      problems.at(activeNode, "the active group '" + active + "' has " + counts.get(active)
          + " units; a standby has one active unit",
          "give the active unit a group of its own (count: 1) and the spares another");
    }
    List<String> spares = sparesNode == null ? null : spares(sparesNode, active);
    StandbyMode mode = mode(map.get("mode"), map.has("dormancy"));
    Double dormancy = dormancy(map, mode);
    String detector = map.has("detector") ? detector(map.get("detector"), false) : null;
    Distribution switchover = map.has("switchover") ? optionalDuration(map.get("switchover"))
        : null;
    Double switchFailure = map.has("switchFailure")
        ? Values.probability(map.get("switchFailure"), problems) : Double.valueOf(0);
    if (name == null || active == null || spares == null || mode == null || dormancy == null
        || switchFailure == null || problems.count() != before) {
      return null;
    }
    List<String> pool = new ArrayList<>(spares);
    pool.add(0, active);
    for (String group : pool) {
      if (markovGroups.contains(group) && mode != StandbyMode.HOT) {
        problems.at(map, "group '" + group + "' is a markov group: it can only be a hot spare",
            "use mode: hot, or describe the group with failure and repair");
        return null;
      }
      if (!own(group, name, map)) {
        return null;
      }
    }
    return new Structure.Standby(name, active, spares, mode, dormancy, detector, switchover,
        switchFailure);
  }

  /** The quorum at {@code node} (the value of the {@code quorum} key), or null after problems. */
  Structure quorum(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "'quorum' must be a map, got " + node.describe(), QUORUM_EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, QUORUM, List.of(), problems);
    String name = name(map, "quorum");
    Node ofNode = Fields.require(map, "of", "the group of the cluster's members, e.g. of: node",
        problems);
    String group = ofNode == null ? null : groupReader.apply(ofNode);
    String heartbeat = map.has("heartbeat") ? detector(map.get("heartbeat"), true) : null;
    Node timeoutNode = Fields.require(map, "electionTimeout",
        "each follower's randomized election timeout, e.g. electionTimeout: {dist: uniform, "
            + "min: 150ms, max: 300ms}", problems);
    Distribution timeout = timeoutNode == null ? null
        : new DistributionReader(problems).read(timeoutNode);
    if (name == null || group == null || timeout == null || problems.count() != before
        || !own(group, name, map)) {
      return null;
    }
    Detector d = heartbeat == null ? null : detectors.get(heartbeat);
    if (d != null && d.heartbeat().delay() != null && timeout.quantile(0) == timeout.quantile(0.5)
        && timeout.quantile(0.5) == timeout.quantile(1 - 1e-12)) {
      problems.at(timeoutNode, "a fixed election timeout with message delays can split the vote "
              + "in every round: followers must time out at different moments",
          "randomize it, e.g. electionTimeout: {dist: uniform, min: 150ms, max: 300ms}");
      return null;
    }
    return new Structure.Quorum(name, group, heartbeat, timeout);
  }

  /** The node's name (its scope), by default its kind; reports a name given twice. */
  private String name(MapNode map, String kind) {
    Node node = map.get("name");
    String name = node == null ? kind : Values.text(node, problems);
    if (name == null) {
      return null;
    }
    if (!NAME.matcher(name).matches()) {
      problems.at(node, "invalid " + kind + " name '" + name + "'",
          "a name starts with a letter and holds only letters, digits, '_' and '-'");
      return null;
    }
    Position at = node == null ? map.at() : node.at();
    if (names.containsKey(name)) {
      problems.at(node == null ? map : node, "two standbys or quorums are named '" + name + "'",
          "give each its own name, e.g. name: " + kind + "-2; figures are reported under it");
      return null;
    }
    names.put(name, at);
    return name;
  }

  private List<String> spares(Node node, String active) {
    List<Node> items = node instanceof ListNode ? ((ListNode) node).items() : List.of(node);
    if (items.isEmpty()) {
      problems.at(node, "'spares' needs at least one group", "e.g. spares: replica");
      return null;
    }
    List<String> spares = new ArrayList<>();
    Set<String> seen = new HashSet<>(); // a long list must not cost n² to check
    boolean ok = true;
    for (Node item : items) {
      String group = item instanceof ScalarNode ? groupReader.apply(item) : null;
      if (!(item instanceof ScalarNode)) {
        problems.at(item, "expected a group name, got " + item.describe(), "e.g. spares: replica");
      } else if (group != null && group.equals(active)) {
        problems.at(item, "'" + group + "' is the active group; it cannot be its own spare",
            "name the spares' group here");
      } else if (group != null && !seen.add(group)) {
        problems.at(item, "group '" + group + "' is named twice", "name each group once");
      } else if (group != null) {
        spares.add(group);
        continue;
      }
      ok = false; // the problem is reported (a problem at a place already reported is not repeated)
    }
    return ok ? spares : null;
  }

  /** hot, warm or cold; warm when only a dormancy is given, else hot. */
  private StandbyMode mode(Node node, boolean hasDormancy) {
    if (node == null) {
      return hasDormancy ? StandbyMode.WARM : StandbyMode.HOT;
    }
    String word = Values.text(node, problems);
    if (word == null) {
      return null;
    }
    for (StandbyMode mode : StandbyMode.values()) {
      if (mode.word().equals(word.toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    problems.at(node, "unknown standby mode '" + word + "'",
        "hot (spares age like the active unit), warm (at their dormancy) or cold (cannot fail)");
    return null;
  }

  private Double dormancy(MapNode map, StandbyMode mode) {
    Node node = map.get("dormancy");
    if (mode == null) {
      return null;
    }
    if (mode != StandbyMode.WARM) {
      if (node != null) {
        problems.at(node, "a dormancy goes with warm spares, not " + mode.word() + " ones",
            "use mode: warm, or remove dormancy (hot spares age fully, cold ones not at all)");
        return null;
      }
      return mode == StandbyMode.HOT ? 1.0 : 0.0;
    }
    if (node == null) {
      problems.at(map, "warm spares need a dormancy: the pace at which a waiting spare ages",
          "e.g. dormancy: 0.1 (a tenth of the active unit's pace)");
      return null;
    }
    Double value = Values.number(node, problems);
    if (value != null && !(value >= 0 && value <= 1)) {
      problems.at(node, "dormancy must lie in [0, 1], got " + ((ScalarNode) node).text(),
          "0 never ages (cold), 1 ages fully (hot)");
      return null;
    }
    return value;
  }

  /** A detector's name; a quorum's must lose no heartbeats. Null after a problem. */
  private String detector(Node node, boolean forQuorum) {
    String name = Values.text(node, problems);
    if (name == null) {
      return null;
    }
    if (!detectors.declared().containsKey(name)) {
      String hint = detectors.declared().isEmpty()
          ? "declare it, e.g. detectors: {" + name + ": {heartbeat: {interval: 1s, timeout: 3s}}}"
          : Suggestions.hint(name, detectors.declared().keySet(), "the detectors are");
      problems.at(node, "unknown detector '" + name + "'", hint);
      return null;
    }
    Detector d = detectors.get(name);
    if (forQuorum && d != null && d.heartbeat().loss() > 0) {
      problems.at(node, "detector '" + name + "' loses heartbeats (loss "
              + d.heartbeat().loss() + "); a quorum's lost heartbeats are not modelled",
          "give the quorum a detector with loss: 0");
      return null;
    }
    return name;
  }

  /** A distribution of a duration where 0 means instant (null); null after a problem too. */
  private Distribution optionalDuration(Node node) {
    if (node instanceof ScalarNode s && s.isNumber() && s.number() != null
        && s.number().doubleValue() == 0) {
      return null;
    }
    if (node instanceof ScalarNode s && !s.isNumber() && s.kind() == ScalarNode.Kind.STRING) {
      Double seconds = TimeValues.duration(node, problems);
      return seconds == null || seconds == 0 ? null
          : new Deterministic(seconds);
    }
    return new DistributionReader(problems).read(node);
  }

  /** Claims a group for one standby or quorum; reports a second claim. */
  private boolean own(String group, String node, MapNode at) {
    String owner = ownedBy.putIfAbsent(group, node);
    if (owner != null && !owner.equals(node)) {
      problems.at(at, "group '" + group + "' already belongs to '" + owner + "'",
          "a group's units serve one standby or quorum; give this one its own group");
      return false;
    }
    return true;
  }
}
