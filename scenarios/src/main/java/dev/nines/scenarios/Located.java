package dev.nines.scenarios;

import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;

/**
 * A value with where it came from, so a later check can point at it: a place in the file, a default,
 * or a command-line override.
 *
 * @param shown the value as the user wrote it, for messages
 * @param origin the override it came from, such as {@code --horizon}, or null
 */
record Located<T>(T value, Position at, String path, String shown, String origin) {

  /** A value read from a node of the file. */
  static <T> Located<T> of(T value, Node node) {
    String shown = node instanceof ScalarNode ? ((ScalarNode) node).text() : String.valueOf(value);
    return new Located<>(value, node.at(), node.path(), shown, null);
  }

  /** A default: no place in the file. */
  static <T> Located<T> byDefault(T value, String path, String shown) {
    return new Located<>(value, Position.NONE, path, shown, null);
  }

  /** A command-line override: no place in the file. */
  static <T> Located<T> override(T value, String path, String shown, String option) {
    return new Located<>(value, Position.NONE, path, shown, option);
  }

  /** " (from --horizon)" for an override, else empty. */
  String from() {
    return origin == null ? "" : " (from " + origin + ")";
  }

  /** The value as shown, with its origin: "100h" or "100h, from --horizon". */
  String describe() {
    return origin == null ? shown : shown + ", from " + origin;
  }
}
