package dev.nines.scenarios;

import dev.nines.models.traffic.Fault;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional scripted faults, {@code faults: [{at: DURATION, fail: "GROUP[INDEX]", for:
 * DURATION}, ...]}: unit {@code GROUP[INDEX]} (counted from 0) is held down from {@code at} for
 * {@code for}. Each fault read without problems is located at its {@code at}, for the check that
 * it happens within the horizon ({@link SemanticChecks}).
 */
final class FaultReader {

  private static final List<String> FIELDS = List.of("at", "fail", "for");
  private static final Pattern UNIT =
      Pattern.compile("\\s*([^\\[\\]\\s]+)\\s*\\[\\s*(\\d{1,9})\\s*]\\s*");
  private static final String EXAMPLE = "e.g. faults: [{at: 10m, fail: \"replica[1]\", for: 5m}]";

  private final Problems problems;
  private final Map<String, Integer> groups;

  /** @param groups every declared group with its unit count (null when the count was bad) */
  FaultReader(Problems problems, Map<String, Integer> groups) {
    this.problems = problems;
    this.groups = groups;
  }

  /** The faults read without problems, in file order; an empty value declares none. */
  List<Located<Fault>> read(Node node) {
    List<Located<Fault>> faults = new ArrayList<>();
    if (node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL) {
      return faults;
    }
    if (!(node instanceof ListNode)) {
      problems.at(node, "'faults' must be a list of faults, got " + node.describe(), EXAMPLE);
      return faults;
    }
    for (Node item : ((ListNode) node).items()) {
      Located<Fault> fault = fault(item);
      if (fault != null) {
        faults.add(fault);
      }
    }
    return faults;
  }

  private Located<Fault> fault(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "a fault must be a map {at, fail, for}, got " + node.describe(),
          "e.g. {at: 10m, fail: \"replica[1]\", for: 5m}");
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    Node atNode = Fields.require(map, "at", "when the unit fails, from the start of each "
        + "replication, e.g. at: 10m", problems);
    Node failNode = Fields.require(map, "fail", "the unit to hold down, e.g. fail: \"replica[1]\"",
        problems);
    Node forNode = Fields.require(map, "for", "how long the unit is held down, e.g. for: 5m",
        problems);
    Double at = atNode == null ? null : TimeValues.duration(atNode, problems);
    Unit unit = failNode == null ? null : unit(failNode);
    Double duration = forNode == null ? null : TimeValues.positiveDuration(forNode, problems);
    if (at == null || unit == null || duration == null || problems.count() != before) {
      return null;
    }
    try {
      Fault fault = new Fault(at, unit.group(), unit.index(), duration);
      return new Located<>(fault, atNode.at(), atNode.path(), ((ScalarNode) atNode).text(), null);
    } catch (IllegalArgumentException e) {
      problems.at(map, e.getMessage(), null);
      return null;
    }
  }

  private record Unit(String group, int index) {}

  /** The unit {@code GROUP[INDEX]} of a declared group, within its count; null after a problem. */
  private Unit unit(Node node) {
    String text = Values.text(node, problems);
    if (text == null) {
      return null;
    }
    Matcher m = UNIT.matcher(text);
    if (!m.matches()) {
      String group = text.strip();
      String hint = groups.get(group) != null
          ? "name one unit of '" + group + "': " + range(group, groups.get(group))
          : "write the group and the unit's index, counted from 0, e.g. fail: \"replica[0]\"";
      problems.at(node, "'fail' names one unit as group[index], got '" + text + "'", hint);
      return null;
    }
    String group = m.group(1);
    int index = Integer.parseInt(m.group(2));
    if (!groups.containsKey(group)) {
      String hint = groups.isEmpty() ? "declare it under 'components'"
          : Suggestions.hint(group, groups.keySet(), "the groups are");
      problems.at(node, "unknown group '" + group + "'", hint);
      return null;
    }
    Integer count = groups.get(group);
    if (count == null) {
      return null; // the group's count is already reported
    }
    if (index >= count) {
      problems.at(node, "there is no unit " + group + "[" + index + "]: group '" + group + "' has "
              + count + (count == 1 ? " unit" : " units"),
          "units count from 0: " + range(group, count));
      return null;
    }
    return new Unit(group, index);
  }

  /** "a[0]" or "a[0] to a[2]". */
  private static String range(String group, int count) {
    return count == 1 ? group + "[0]" : group + "[0] to " + group + "[" + (count - 1) + "]";
  }
}
