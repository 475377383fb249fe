package dev.nines.scenarios.yaml;

/**
 * A YAML syntax error that is a line indented wrongly, said plainly: SnakeYAML's
 * "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'" and "mapping values are not
 * allowed here" name the parser's states, not the line to fix. Both arise from a line indented so
 * that it belongs to no map around it, or deeper than a field that already has its value.
 */
final class Indentation {

  /** The plain message and the hint ("check the indentation of line N: ..."). */
  record Explained(String message, String hint) {}

  private Indentation() {}

  /**
   * The plain words for SnakeYAML's {@code problem} at 1-based {@code line}, within the block
   * {@code context} that starts at 1-based {@code contextLine} and {@code contextColumn} (0 when
   * not known); null when the error is not about indentation.
   */
  static Explained explain(String text, String problem, int line, String context,
      int contextLine, int contextColumn) {
    String[] lines = text.split("\r?\n", -1);
    if (problem == null || line < 1 || line > lines.length) {
      return null;
    }
    int indent = indent(lines[line - 1]);
    int above = previous(lines, line);
    if (problem.startsWith("expected <block end>") && problem.contains("block")
        && problem.contains("start>") && contextLine > 0) {
      int fields = contextColumn - 1;
      if (indent == fields) {
        return null;
      }
      String kind = context != null && context.contains("mapping") ? "map" : "list";
      String also = above > 0 && indent(lines[above - 1]) > fields
          ? ", or by " + indent(lines[above - 1]) + " as at line " + above + " to go on with "
              + "the block there"
          : "";
      return new Explained("line " + line + " is indented by " + spaces(indent)
          + ", which lines it up with no " + kind + " above it",
          "check the indentation of line " + line + ": indent it by " + spaces(fields)
              + " as at line " + contextLine + " to make it another entry of the " + kind
              + " there" + also + "; indent with spaces only");
    }
    if (problem.startsWith("mapping values are not allowed") && above > 0
        && indent > indent(lines[above - 1])) {
      String field = fieldWithValue(lines[above - 1]);
      if (field == null) {
        return null;
      }
      return new Explained("line " + line + " is indented deeper than line " + above
          + ", as if inside '" + field + "', which already has its value there",
          "check the indentation of line " + line + ": indent it by "
              + spaces(indent(lines[above - 1])) + " as line " + above + " is, to make it "
              + "another field of the same map");
    }
    return null;
  }

  /** The 1-based number of the last line before {@code line} with content, or 0. */
  private static int previous(String[] lines, int line) {
    for (int i = line - 1; i >= 1; i--) {
      String s = lines[i - 1].strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return i;
      }
    }
    return 0;
  }

  /** The key of a {@code key: value} line whose value is on the line, else null. */
  private static String fieldWithValue(String line) {
    String s = line.strip();
    if (s.startsWith("- ")) {
      s = s.substring(2).strip();
    }
    int colon = s.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String value = s.substring(colon + 2).strip();
    if (value.isEmpty() || value.startsWith("#") || value.startsWith("|")
        || value.startsWith(">")) {
      return null;
    }
    return s.substring(0, colon).strip();
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }
}
