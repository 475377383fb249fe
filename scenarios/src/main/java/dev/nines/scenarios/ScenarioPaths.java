package dev.nines.scenarios;

import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.scenarios.yaml.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses a field of a scenario file by its path, such as {@code components.app.count},
 * {@code detectors.hb.heartbeat.timeout} or {@code faults[0].at}, and sets it to another value
 * written as YAML ({@code 3}, {@code 1h}, {@code random}). The value keeps the position of the one
 * it replaces (or, for a new key, of its map), so a problem it causes points into the file.
 */
public final class ScenarioPaths {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][\\w-]*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private ScenarioPaths() {}

  /**
   * The tree with the field at {@code path} set to the scalar {@code text}. Every map and list on
   * the way must exist; the last key may be new (the loader then checks it is a field).
   *
   * @throws IllegalArgumentException naming the part of the path that does not exist, with a
   *     did-you-mean
   */
  public static Node with(Node root, String path, String text) {
    List<Object> steps = steps(path);
    return with(root, steps, 0, path, scalar(text));
  }

  /**
   * The number written at {@code path} in the scenario text: a count, or a duration in seconds.
   *
   * @throws IllegalArgumentException when the path is not in the file or holds no number
   */
  public static double number(String yamlText, String path) {
    List<String> problems = new ArrayList<>();
    Node node = YamlTree.read(yamlText, (at, p, message, hint) -> problems.add(message));
    for (Object step : steps(path)) {
      if (node instanceof MapNode map && step instanceof String key && map.has(key)) {
        node = map.get(key);
      } else if (node instanceof ListNode list && step instanceof Integer i
          && i < list.items().size()) {
        node = list.items().get(i);
      } else {
        throw new IllegalArgumentException(path + ": not in the scenario file; sweep it with "
            + "one value (--set " + path + "=VALUE) to give it one");
      }
    }
    if (node instanceof ScalarNode scalar) {
      if (scalar.number() != null) {
        return scalar.number().doubleValue();
      }
      java.util.OptionalDouble seconds = dev.nines.simulator.Durations.parse(scalar.text());
      if (seconds.isPresent()) {
        return seconds.getAsDouble();
      }
      java.util.OptionalDouble rate = dev.nines.simulator.Durations.rate(scalar.text());
      if (rate.isPresent()) {
        return rate.getAsDouble();
      }
    }
    throw new IllegalArgumentException(path + ": holds " + node.describe() + ", not a number, "
        + "a duration or a rate");
  }

  /** Checks a path's form: dotted names, each with optional list indexes {@code [i]}. */
  public static void checkForm(String path) {
    steps(path);
  }

  private static Node with(Node node, List<Object> steps, int i, String path, ScalarNode value) {
    Object step = steps.get(i);
    boolean last = i == steps.size() - 1;
    String where = describe(steps, i);
    if (step instanceof String key) {
      if (!(node instanceof MapNode map)) {
        throw new IllegalArgumentException(path + ": " + where + " is " + node.describe()
            + ", not a map with a field '" + key + "'");
      }
      MapNode.Entry entry = map.entry(key);
      if (entry == null && !last) {
        String close = Suggestions.closest(key, map.keys());
        throw new IllegalArgumentException(path + ": no '" + key + "' in " + where
            + (close != null ? " (did you mean '" + close + "'?)" : known(map)));
      }
      List<MapNode.Entry> entries = new ArrayList<>(map.entries());
      if (entry == null) {
        entries.add(new MapNode.Entry(key, map.at(), placed(value, map.at(), child(map, key))));
      } else {
        Node replaced = last ? placed(value, entry.value().at(), child(map, key))
            : with(entry.value(), steps, i + 1, path, value);
        entries.set(entries.indexOf(entry), new MapNode.Entry(key, entry.keyAt(), replaced));
      }
      return new MapNode(map.at(), map.path(), entries);
    }
    int index = (Integer) step;
    if (!(node instanceof ListNode list)) {
      throw new IllegalArgumentException(path + ": " + where + " is " + node.describe()
          + ", not a list");
    }
    if (index >= list.items().size()) {
      throw new IllegalArgumentException(path + ": " + where + " has " + list.items().size()
          + " items, so no item [" + index + "]");
    }
    List<Node> items = new ArrayList<>(list.items());
    Node item = items.get(index);
    items.set(index, last ? placed(value, item.at(), list.path() + "[" + index + "]")
        : with(item, steps, i + 1, path, value));
    return new ListNode(list.at(), list.path(), items);
  }

  /** The keys a map has, to list in a message. */
  private static String known(MapNode map) {
    return map.keys().isEmpty() ? "" : " (it has: " + String.join(", ", map.keys()) + ")";
  }

  private static String child(MapNode map, String key) {
    return map.path().isEmpty() ? key : map.path() + "." + key;
  }

  /** Where step i looks: "the scenario" for the root, else the path up to it. */
  private static String describe(List<Object> steps, int i) {
    if (i == 0) {
      return "the scenario";
    }
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < i; s++) {
      Object step = steps.get(s);
      if (step instanceof String key) {
        out.append(out.length() == 0 ? "" : ".").append(key);
      } else {
        out.append('[').append(step).append(']');
      }
    }
    return "'" + out + "'";
  }

  private static List<Object> steps(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("an empty path; give one like components.app.count");
    }
    List<Object> steps = new ArrayList<>();
    for (String segment : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException(path + ": '" + segment + "' is not a field name; "
            + "a path is field names joined by dots, e.g. components.app.count or faults[0].at");
      }
      steps.add(m.group(1));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        steps.add(Integer.parseInt(index.group(1)));
      }
    }
    return steps;
  }

  /** The scalar as YAML types it, read from a one-line document. */
  private static ScalarNode scalar(String text) {
    List<String> problems = new ArrayList<>();
    Node node = YamlTree.read("v: " + text, (at, p, message, hint) -> problems.add(message));
    Node value = node instanceof MapNode map ? map.get("v") : null;
    if (!problems.isEmpty() || !(value instanceof ScalarNode scalar)) {
      throw new IllegalArgumentException("'" + text + "' is not a single YAML value"
          + (problems.isEmpty() ? "" : ": " + problems.get(0)));
    }
    return scalar;
  }

  private static ScalarNode placed(ScalarNode value, Position at, String path) {
    return new ScalarNode(at, path, value.text(), value.kind(), value.quoted(), value.number());
  }
}
