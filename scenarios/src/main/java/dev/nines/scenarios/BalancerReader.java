package dev.nines.scenarios;

import dev.nines.models.traffic.BalancerSpec;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a traffic's {@code balancer}: a name ({@link BalancerSpec#NAMES}, or {@code power-of-N} for
 * power-of-d with d = N), or a map {@code {name, d, weights, virtualNodes}} whose options each
 * belong to one balancer: {@code d} to power-of-d, {@code weights} (one per server) to
 * weighted-round-robin, {@code virtualNodes} to consistent-hash.
 */
final class BalancerReader {

  private static final List<String> FIELDS = List.of("name", "d", "weights", "virtualNodes");
  private static final Pattern POWER_OF = Pattern.compile("power-of-\\d+");
  private static final String EXAMPLE = "e.g. balancer: power-of-two, or "
      + "balancer: {name: weighted-round-robin, weights: [3, 1, 1]}";

  private final Problems problems;

  BalancerReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * The balancer at the node, or null after a problem.
   *
   * @param servers the servers' group, or null when unknown (then weights are not counted)
   * @param count the servers' unit count, or null when unknown
   */
  BalancerSpec read(Node node, String servers, Integer count) {
    if (node instanceof ScalarNode) {
      String name = Values.text(node, problems);
      return name == null ? null : named(node, name);
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'balancer' must be a name or a map, got " + node.describe(), EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    Node nameNode = Fields.require(map, "name",
        "which balancer, e.g. {name: power-of-d, d: 3}; the balancers are: " + names(), problems);
    String text = nameNode == null ? null : Values.text(nameNode, problems);
    BalancerSpec named = text == null ? null : named(nameNode, text);
    if (named == null) {
      return null;
    }
    String name = named.name();
    boolean ok = belongs(map, "d", "power-of-d", name,
        "the number of servers it samples per request: {name: power-of-d, d: 3}")
        & belongs(map, "weights", "weighted-round-robin", name,
            "one weight per server: {name: weighted-round-robin, weights: [3, 1, 1]}")
        & belongs(map, "virtualNodes", "consistent-hash", name,
            "its ring points per server: {name: consistent-hash, virtualNodes: 100}");
    if (!ok) {
      return null;
    }
    int d = named.d();
    if (map.has("d")) {
      if (POWER_OF.matcher(text).matches()) {
        problems.report(map.entry("d").keyAt(), Node.child(map.path(), "d"),
            "'d' is given twice: the name '" + text + "' already sets it",
            "write {name: power-of-d, d: N}, or the name power-of-N alone");
        return null;
      }
      Integer value = atLeast(map.get("d"), "the servers sampled per request, e.g. d: 2");
      if (value == null) {
        return null;
      }
      d = value;
    }
    List<Double> weights = map.has("weights") ? weights(map.get("weights"), servers, count)
        : List.of();
    Integer virtualNodes = map.has("virtualNodes")
        ? atLeast(map.get("virtualNodes"), "ring points per server, e.g. virtualNodes: 100")
        : Integer.valueOf(BalancerSpec.DEFAULT_VIRTUAL_NODES);
    if (weights == null || virtualNodes == null || problems.count() != before) {
      return null;
    }
    try {
      return new BalancerSpec(name, d, weights, virtualNodes);
    } catch (IllegalArgumentException e) {
      problems.at(map, e.getMessage(), null);
      return null;
    }
  }

  /** The balancer with this name and default options; null after reporting an unknown name. */
  private BalancerSpec named(Node node, String name) {
    if (POWER_OF.matcher(name).matches()) {
      String digits = name.substring("power-of-".length());
      if (digits.length() > 4 || Integer.parseInt(digits) < 1) {
        problems.at(node, "'" + name + "' samples no sensible number of servers",
            "power-of-N samples N servers per request, N from 1 to 9999, e.g. power-of-2");
        return null;
      }
    } else if (!BalancerSpec.NAMES.contains(name)) {
      String close = Suggestions.closest(name, BalancerSpec.NAMES);
      String hint = close != null ? "did you mean '" + close + "'?"
          : "the balancers are: " + names();
      problems.at(node, "unknown balancer '" + name + "'", hint);
      return null;
    }
    return BalancerSpec.named(name);
  }

  private static String names() {
    return String.join(", ", BalancerSpec.NAMES) + "; power-of-N is power-of-d with d = N";
  }

  /** False after reporting that {@code key} is given for a balancer other than {@code owner}. */
  private boolean belongs(MapNode map, String key, String owner, String name, String what) {
    if (!map.has(key) || name.equals(owner)) {
      return true;
    }
    problems.report(map.entry(key).keyAt(), Node.child(map.path(), key),
        "'" + key + "' is for " + owner + ", not " + name,
        "only " + owner + " takes " + key + ", " + what);
    return false;
  }

  /** One positive weight per server, in unit order; null after a problem. */
  private List<Double> weights(Node node, String servers, Integer count) {
    if (!(node instanceof ListNode)) {
      problems.at(node, "'weights' must be a list of numbers, one per server, got "
          + node.describe(), "e.g. weights: [3, 1, 1]");
      return null;
    }
    List<Node> items = ((ListNode) node).items();
    List<Double> weights = new ArrayList<>();
    for (Node item : items) {
      weights.add(Values.positive(item, problems));
    }
    if (weights.contains(null)) {
      return null;
    }
    if (count != null && items.size() != count) {
      problems.at(node, "there are " + items.size() + " weights, but group '" + servers + "' has "
              + count + (count == 1 ? " unit" : " units"),
          "give one weight per server, in unit order: " + servers + "[0] first");
      return null;
    }
    return weights;
  }

  private Integer atLeast(Node node, String hint) {
    Long value = Values.integer(node, problems);
    if (value == null) {
      return null;
    }
    if (value < 1) {
      problems.at(node, Values.name(node) + " must be at least 1, got " + value, hint);
      return null;
    }
    if (value > Integer.MAX_VALUE) {
      problems.at(node, Values.name(node) + " is too large: " + value, hint);
      return null;
    }
    return value.intValue();
  }
}
