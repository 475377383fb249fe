package dev.nines.scenarios.yaml;

/**
 * A YAML scalar: the text as written and how YAML typed it. {@code number} holds the decoded value of
 * an {@link Kind#INTEGER} or {@link Kind#FLOAT} scalar, or null when it has none or cannot be decoded
 * (such as {@code .inf} and {@code .nan}). {@code quoted} is true for a quoted string.
 */
public record ScalarNode(Position at, String path, String text, Kind kind, boolean quoted, Number number)
    implements Node {

  /** How YAML typed the scalar. */
  public enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** True for an integer or a float. */
  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.FLOAT;
  }

  @Override
  public String describe() {
    switch (kind) {
      case NULL:
        return "nothing";
      case INTEGER:
      case FLOAT:
        return "the number " + text;
      case BOOLEAN:
        return "the boolean " + text;
      default:
        return quoted ? "the quoted text \"" + text + "\"" : "'" + text + "'";
    }
  }
}
