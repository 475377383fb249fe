package dev.nines.scenarios.yaml;

/**
 * A node of a parsed YAML document that remembers where it was written ({@link #at()}) and its
 * dotted path from the root ({@link #path()}), such as {@code components.replica.failure.mean} or
 * {@code system.series[1]}. Problems found later point at the node.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  /** Where the node starts in the file. */
  Position at();

  /** The dotted path from the root; empty for the root itself. */
  String path();

  /** A short description for messages: "a map", "a list", "the text 'abc'", "the number 2.5". */
  String describe();

  /** The path of the field {@code key} under the node at {@code path}. */
  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of item {@code index} of the list at {@code path}. */
  static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The last segment of a path, for messages: {@code mean} for {@code components.a.failure.mean}. */
  static String name(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
