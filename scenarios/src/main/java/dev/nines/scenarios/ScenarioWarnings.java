package dev.nines.scenarios;

import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a valid scenario says that its author most likely did not mean, located as a problem is but
 * only a warning: the scenario still runs as written. Today: a {@code parallel} of one part. A
 * group name in a structure is up while all its units are up (DESIGN.md §2), so
 * {@code {parallel: [db]}} is up only while every db unit is, not while any one is; the redundancy
 * it seems to promise is not there.
 */
public final class ScenarioWarnings {

  private ScenarioWarnings() {}

  /** The warnings of a file that loads; none when it cannot be read (the loader says why). */
  public static List<Problem> of(Path file) {
    try {
      return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The warnings of a scenario's text, named {@code fileName} in them. */
  public static List<Problem> of(String text, String fileName) {
    List<Problem> warnings = new ArrayList<>();
    Node root = dev.nines.scenarios.yaml.YamlTree.read(text, (at, path, message, hint) -> { });
    if (root instanceof MapNode map && map.get("system") != null) {
      structure(map.get("system"), map.get("components"), fileName, warnings);
    }
    return warnings;
  }

  private static void structure(Node node, Node components, String file, List<Problem> out) {
    if (!(node instanceof MapNode map)) {
      return;
    }
    for (MapNode.Entry entry : map.entries()) {
      if (!List.of("series", "parallel", "of").contains(entry.key())
          || !(entry.value() instanceof ListNode parts)) {
        continue;
      }
      if (entry.key().equals("parallel") && parts.items().size() == 1) {
        out.add(onePart(map, parts.items().get(0), components, file));
      }
      for (Node part : parts.items()) {
        structure(part, components, file, out);
      }
    }
  }

  private static Problem onePart(MapNode map, Node part, Node components, String file) {
    MapNode.Entry entry = map.entry("parallel");
    String path = Node.child(map.path(), "parallel");
    int line = entry.keyAt().line();
    int column = entry.keyAt().column();
    if (part instanceof ScalarNode group) {
      String name = group.text();
      int units = units(components, name);
      if (units != 1) {
        return new Problem(file, line, column, path, "a parallel of one part is that part alone: "
            + "'" + name + "' is up only while all " + (units > 1 ? "its " + units : "its")
            + " units are up, not while any one is",
            "for any one unit up, write {atLeast: 1, of: " + name + "}; for all of them, write "
                + name + " without the parallel");
      }
    }
    return new Problem(file, line, column, path, "a parallel of one part is that part alone: "
        + "nothing backs it up", "add the parts that back it up, or write the part without the "
        + "parallel");
  }

  /** A group's unit count as written; 0 when not a plain whole number (the loader checks it). */
  private static int units(Node components, String name) {
    if (components instanceof MapNode groups && groups.get(name) instanceof MapNode group) {
      Node count = group.get("count");
      if (count == null) {
        return 1;
      }
      if (count instanceof ScalarNode n && n.isNumber()
          && (n.number() instanceof Integer || n.number() instanceof Long)) {
        return (int) Math.min(Integer.MAX_VALUE, n.number().longValue());
      }
    }
    return 0;
  }
}
