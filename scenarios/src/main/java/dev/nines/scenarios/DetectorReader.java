package dev.nines.scenarios;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Distribution;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code detectors: {NAME: {heartbeat: {interval, timeout, loss, delay}, monitors: GROUPS}}}:
 * heartbeat failure detectors (DESIGN.md §3-4). {@code interval} and {@code timeout} are required
 * durations with the timeout longer than the interval; {@code loss} is a probability (default 0);
 * {@code delay} a distribution (default none). {@code monitors} names the groups it watches in any
 * case, as a name or a list; standbys that name the detector add their units.
 */
final class DetectorReader {

  private static final List<String> FIELDS = List.of("heartbeat", "monitors");
  private static final List<String> HEARTBEAT = List.of("interval", "timeout", "loss", "delay");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final String EXAMPLE =
      "e.g. detectors: {hb: {heartbeat: {interval: 1s, timeout: 3s}}}";

  /**
   * What was read.
   *
   * @param detectors the detectors read without problems, in file order
   * @param declared every declared detector name with where it was written, even when it had a
   *     problem, so that references to it are not reported as unknown
   */
  record Detectors(List<Detector> detectors, Map<String, Position> declared) {

    static final Detectors NONE = new Detectors(List.of(), Map.of());

    /** The detector read under this name, or null. */
    Detector get(String name) {
      return detectors.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }
  }

  private final Problems problems;
  private final Map<String, Integer> groups;

  /** @param groups the declared groups, which {@code monitors} may name */
  DetectorReader(Problems problems, Map<String, Integer> groups) {
    this.problems = problems;
    this.groups = groups;
  }

  /** Reads the {@code detectors} node; an empty value declares none. */
  Detectors read(Node node) {
    if (node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL) {
      return Detectors.NONE;
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'detectors' must be a map from detector names to detectors, got "
          + node.describe(), EXAMPLE);
      return Detectors.NONE;
    }
    List<Detector> detectors = new ArrayList<>();
    Map<String, Position> declared = new LinkedHashMap<>();
    for (MapNode.Entry e : ((MapNode) node).entries()) {
      declared.put(e.key(), e.keyAt());
      int before = problems.count();
      if (!NAME.matcher(e.key()).matches()) {
        problems.report(e.keyAt(), e.value().path(), "invalid detector name '" + e.key() + "'",
            "a detector name starts with a letter and holds only letters, digits, '_' and '-'");
      }
      Detector detector = detector(e.key(), e.value());
      if (detector != null && problems.count() == before) {
        detectors.add(detector);
      }
    }
    return new Detectors(detectors, declared);
  }

  private Detector detector(String name, Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "a detector must be a map with a 'heartbeat', got " + node.describe(),
          EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    Fields.check(map, FIELDS, List.of(), problems);
    Node heartbeatNode = Fields.require(map, "heartbeat",
        "e.g. heartbeat: {interval: 1s, timeout: 3s, loss: 0.001}", problems);
    Heartbeat heartbeat = heartbeatNode == null ? null : heartbeat(heartbeatNode);
    List<String> monitors = map.has("monitors") ? monitors(map.get("monitors")) : List.of();
    if (heartbeat == null || monitors == null) {
      return null;
    }
    return new Detector(name, heartbeat, monitors);
  }

  private Heartbeat heartbeat(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "'heartbeat' must be a map, got " + node.describe(),
          "e.g. heartbeat: {interval: 1s, timeout: 3s, loss: 0.001}");
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, HEARTBEAT, List.of(), problems);
    Node intervalNode = Fields.require(map, "interval", "how often the unit sends, e.g. interval: 1s",
        problems);
    Node timeoutNode = Fields.require(map, "timeout",
        "how long without a heartbeat before suspecting, e.g. timeout: 3s", problems);
    Double interval = intervalNode == null ? null
        : TimeValues.positiveDuration(intervalNode, problems);
    Double timeout = timeoutNode == null ? null : TimeValues.positiveDuration(timeoutNode, problems);
    Double loss = map.has("loss") ? Values.probability(map.get("loss"), problems) : Double.valueOf(0);
    Distribution delay = map.has("delay") ? new DistributionReader(problems).read(map.get("delay"))
        : null;
    if (interval != null && timeout != null && !(timeout > interval)) {
      problems.at(timeoutNode, "the timeout (" + Durations.format(timeout)
              + ") must be longer than the interval (" + Durations.format(interval)
              + "): otherwise the monitor suspects a healthy unit between two heartbeats",
          "a timeout of 2 to 5 intervals is usual, e.g. timeout: " + Durations.format(3 * interval));
      return null;
    }
    if (interval == null || timeout == null || loss == null || problems.count() != before) {
      return null;
    }
    return new Heartbeat(interval, timeout, loss, delay);
  }

  /** The groups named by {@code monitors}: a name or a list of names; null after a problem. */
  private List<String> monitors(Node node) {
    List<Node> items = node instanceof ListNode ? ((ListNode) node).items() : List.of(node);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>(); // a long list must not cost n² to check
    int before = problems.count();
    for (Node item : items) {
      String group = Values.text(item, problems);
      if (group == null) {
        continue;
      }
      if (!groups.containsKey(group)) {
        problems.at(item, "unknown group '" + group + "'",
            Suggestions.hint(group, groups.keySet(), "the groups are"));
      } else if (!seen.add(group)) {
        problems.at(item, "group '" + group + "' is named twice", "name each group once");
      } else {
        names.add(group);
      }
    }
    return problems.count() == before ? names : null;
  }
}
