package dev.nines.scenarios;

import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import java.util.List;

/** Checks the keys of a map: known fields, fields of later versions, unknown fields, required ones. */
final class Fields {

  private Fields() {}

  /**
   * Reports every key of {@code map} that is not in {@code valid}: a key in {@code later} is "not
   * supported yet", any other is unknown, with a did-you-mean or the list of valid fields.
   */
  static void check(MapNode map, List<String> valid, List<String> later, Problems problems) {
    for (MapNode.Entry e : map.entries()) {
      String key = e.key();
      if (valid.contains(key)) {
        continue;
      }
      String path = Node.child(map.path(), key);
      if (later.contains(key)) {
        problems.report(e.keyAt(), path,
            "'" + key + "' is not supported yet in this version of nines", null);
      } else {
        problems.report(e.keyAt(), path, "unknown field '" + key + "'",
            Suggestions.hint(key, valid, "valid fields here are"));
      }
    }
  }

  /** The value of a required field, or null after reporting that it is missing. */
  static Node require(MapNode map, String key, String hint, Problems problems) {
    Node value = map.get(key);
    if (value == null) {
      problems.report(map.at(), Node.child(map.path(), key),
          "missing required field '" + key + "'", hint);
    }
    return value;
  }
}
