package dev.nines.scenarios.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a tree of {@link Node}s that remember their line, column and path. It uses
 * Jackson's streaming {@link YAMLParser}. Syntax errors, duplicate keys, aliases, extra documents
 * and nesting deeper than {@link #MAX_DEPTH} are reported to a {@link Sink}, never thrown.
 */
public final class YamlTree {

  /**
   * The deepest nesting of maps and lists read. A scenario nests a handful of levels; the tree is
   * read recursively, so a hostile {@code [[[[...} must be stopped long before the stack runs out.
   */
  public static final int MAX_DEPTH = 100;

  /** Receives the problems found while reading. */
  @FunctionalInterface
  public interface Sink {
    void report(Position at, String path, String message, String hint);
  }

  private final String text;
  private final Sink sink;
  private int depth;

  /** Thrown to stop reading once the nesting is too deep; the problem is already reported. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }

  private YamlTree(String text, Sink sink) {
    this.text = text;
    this.sink = sink;
  }

  /**
   * Reads one YAML document. Returns its root, or null when the text is empty or not valid YAML
   * (the reason went to the sink). Problems that do not stop reading, such as a duplicate key, are
   * reported and the tree is still returned.
   */
  public static Node read(String text, Sink sink) {
    return new YamlTree(text, sink).readDocument();
  }

  private Node readDocument() {
    try (YAMLParser parser = new YAMLFactory().createParser(new WholeCodePoints(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        sink.report(Position.NONE, "", "the file is empty",
            "a scenario needs at least 'name', 'horizon' and 'components'");
        return null;
      }
      Node root = readValue(parser, first, "");
      if (parser.nextToken() != null) {
        sink.report(position(parser.currentTokenLocation()), "",
            "a scenario file holds one YAML document, but another one starts here",
            "remove the second '---' and what follows it, or put it in its own file");
      }
      return root;
    } catch (JsonProcessingException e) {
      reportSyntaxError(e);
      return null;
    } catch (TooDeep e) {
      return null;
    } catch (IOException e) {
      sink.report(Position.NONE, "", "cannot read the YAML text: " + e.getMessage(), null);
      return null;
    }
  }

  private Node readValue(YAMLParser parser, JsonToken token, String path) throws IOException {
    Position at = position(parser.currentTokenLocation());
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return readScalar(parser, token, at, path);
    }
    if (++depth > MAX_DEPTH) {
      sink.report(at, topField(path), "the YAML nests more than " + MAX_DEPTH
              + " maps and lists deep here",
          "a scenario needs a few levels; look for brackets or indentation out of place");
      throw new TooDeep();
    }
    Node node;
    if (token == JsonToken.START_OBJECT) {
      node = readMap(parser, at, path);
    } else {
      List<Node> items = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        items.add(readValue(parser, t, Node.item(path, items.size())));
      }
      node = new ListNode(at, path, items);
    }
    depth--;
    return node;
  }

  private MapNode readMap(YAMLParser parser, Position at, String path) throws IOException {
    List<MapNode.Entry> entries = new ArrayList<>();
    Map<String, MapNode.Entry> byKey = new HashMap<>(); // a big map must not cost n² to check
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      Position keyAt = position(parser.currentTokenLocation());
      Node value = readValue(parser, parser.nextToken(), Node.child(path, key));
      MapNode.Entry first = byKey.get(key);
      if (first != null) {
        sink.report(keyAt, Node.child(path, key), "duplicate key '" + key + "'",
            "it is already set at line " + first.keyAt().line() + "; keep only one");
      } else {
        MapNode.Entry entry = new MapNode.Entry(key, keyAt, value);
        entries.add(entry);
        byKey.put(key, entry);
      }
    }
    return new MapNode(at, path, entries);
  }

  private ScalarNode readScalar(YAMLParser parser, JsonToken token, Position at, String path)
      throws IOException {
    String raw = parser.getText();
    if (parser.isCurrentAlias()) {
      sink.report(at, path, "YAML aliases ('*" + raw + "') are not supported",
          "write the value out in full");
      return new ScalarNode(at, path, "", ScalarNode.Kind.NULL, false, null);
    }
    switch (token) {
      case VALUE_NUMBER_INT:
        return new ScalarNode(at, path, raw, ScalarNode.Kind.INTEGER, false, number(parser));
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(at, path, raw, ScalarNode.Kind.FLOAT, false, number(parser));
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(at, path, raw, ScalarNode.Kind.BOOLEAN, false, null);
      case VALUE_NULL:
        return new ScalarNode(at, path, raw == null ? "" : raw, ScalarNode.Kind.NULL, false, null);
      default:
        return new ScalarNode(at, path, raw, ScalarNode.Kind.STRING, quotedAt(parser), null);
    }
  }

  /** The decoded number, or null for values such as {@code .inf} that Jackson cannot decode. */
  private static Number number(YAMLParser parser) {
    try {
      return parser.getNumberValue();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private boolean quotedAt(YAMLParser parser) {
    long offset = parser.currentTokenLocation().getCharOffset();
    if (offset < 0 || offset >= text.length()) {
      return false;
    }
    char c = text.charAt((int) offset);
    return c == '"' || c == '\'';
  }

  private void reportSyntaxError(JsonProcessingException e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof MarkedYAMLException)) {
      cause = cause.getCause();
    }
    if (cause instanceof MarkedYAMLException && ((MarkedYAMLException) cause).getProblemMark() != null) {
      MarkedYAMLException m = (MarkedYAMLException) cause;
      Mark mark = m.getProblemMark();
      Mark block = m.getContextMark();
      Indentation.Explained plainly = Indentation.explain(text, m.getProblem(), mark.getLine() + 1,
          m.getContext(), block == null ? 0 : block.getLine() + 1,
          block == null ? 0 : block.getColumn() + 1);
      if (plainly != null) {
        sink.report(position(mark), "", plainly.message(), plainly.hint());
        return;
      }
      String hint = null;
      if (m.getContext() != null && m.getContextMark() != null) {
        Position start = position(m.getContextMark());
        hint = m.getContext() + " that starts at line " + start.line() + ", column " + start.column();
      }
      sink.report(position(mark), "", "YAML syntax error: " + clean(m.getProblem()), hint);
      return;
    }
    JsonLocation location = e.getLocation();
    Position at = location == null ? Position.NONE : position(location);
    sink.report(at, "", "YAML syntax error: " + clean(e.getOriginalMessage()), null);
  }

  /** The first field of a path, such as {@code system} for {@code system.series[0].parallel[1]}. */
  private static String topField(String path) {
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.substring(0, end);
  }

  private static String clean(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    String firstLine = message.strip().lines().findFirst().orElse("unreadable YAML");
    if (firstLine.startsWith("Expected a field name")) {
      return "a key must be a plain name, not a list or a map";
    }
    // Jackson names the setting behind a limit; a user can change neither, so keep only the numbers.
    return firstLine.replace("\\t(TAB)", "tab").replaceAll(", from `StreamReadConstraints[^`]*`", "");
  }

  private static Position position(JsonLocation location) {
    return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * The text as a reader whose every read ends on a whole code point when it can. SnakeYAML 2.3's
   * StreamReader reads one char past its 1024-char buffer when a read ends in the first half of a
   * surrogate pair, so an emoji at char 1023 of a file threw IndexOutOfBoundsException (fixed in
   * SnakeYAML 2.4).
   */
  private static final class WholeCodePoints extends Reader {

    private final String text;
    private int next;

    WholeCodePoints(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (next >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - next);
      if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
        n--;
      }
      text.getChars(next, next + n, buffer, offset);
      next += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
