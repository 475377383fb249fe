package dev.nines.scenarios.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The located YAML tree: positions, paths, scalar kinds, and the problems it reports. */
class YamlTreeTest {

  private final List<String> reported = new ArrayList<>();

  private Node read(String yaml) {
    return YamlTree.read(yaml, (at, path, message, hint) ->
        reported.add(at + " " + path + ": " + message + (hint == null ? "" : " | " + hint)));
  }

  @Test
  void nodesKnowTheirPositionAndPath() {
    MapNode root = assertInstanceOf(MapNode.class, read("""
        # comment
        name: web
        system:
          series:
            - app
            - {atLeast: 2, of: db}
        """));
    assertEquals(List.of("name", "system"), root.keys());
    assertEquals(new Position(2, 1), root.entry("name").keyAt());
    assertEquals(new Position(2, 7), root.get("name").at());
    assertEquals("name", root.get("name").path());
    MapNode system = (MapNode) root.get("system");
    ListNode series = (ListNode) system.get("series");
    assertEquals("system.series", series.path());
    ScalarNode app = (ScalarNode) series.items().get(0);
    assertEquals(new Position(5, 7), app.at());
    assertEquals("system.series[0]", app.path());
    MapNode second = (MapNode) series.items().get(1);
    assertEquals(new Position(6, 7), second.at());
    assertEquals(new Position(6, 17), second.get("atLeast").at());
    assertEquals("system.series[1].of", second.get("of").path());
    assertTrue(reported.isEmpty(), reported::toString);
  }

  @Test
  void scalarsKeepTheirKindAndText() {
    MapNode root = (MapNode) read("""
        s: 1000h
        q: "5"
        sq: 'x'
        i: 1_000
        f: 2.5
        e: 1e3
        b: yes
        n: ~
        empty:
        inf: .inf
        """);
    assertScalar(root.get("s"), ScalarNode.Kind.STRING, "1000h", false);
    assertScalar(root.get("q"), ScalarNode.Kind.STRING, "5", true);
    assertScalar(root.get("sq"), ScalarNode.Kind.STRING, "x", true);
    assertScalar(root.get("i"), ScalarNode.Kind.INTEGER, "1_000", false);
    assertEquals(1000, ((ScalarNode) root.get("i")).number().intValue());
    assertScalar(root.get("f"), ScalarNode.Kind.FLOAT, "2.5", false);
    assertEquals(1000.0, ((ScalarNode) root.get("e")).number().doubleValue());
    assertScalar(root.get("b"), ScalarNode.Kind.BOOLEAN, "yes", false);
    assertScalar(root.get("n"), ScalarNode.Kind.NULL, "~", false);
    assertScalar(root.get("empty"), ScalarNode.Kind.NULL, "", false);
    ScalarNode inf = (ScalarNode) root.get("inf");
    assertEquals(ScalarNode.Kind.FLOAT, inf.kind());
    assertNull(inf.number());
  }

  private static void assertScalar(Node node, ScalarNode.Kind kind, String text, boolean quoted) {
    ScalarNode s = assertInstanceOf(ScalarNode.class, node);
    assertEquals(kind, s.kind(), s::toString);
    assertEquals(text, s.text());
    assertEquals(quoted, s.quoted(), s::toString);
  }

  @Test
  void duplicateKeysAreReportedAndTheFirstKept() {
    MapNode root = (MapNode) read("a: 1\nb: 2\na: 3\n");
    assertEquals("1", ((ScalarNode) root.get("a")).text());
    assertEquals(List.of("3:1 a: duplicate key 'a' | it is already set at line 1; keep only one"),
        reported);
  }

  @Test
  void syntaxErrorsAreReportedNotThrown() {
    assertNull(read("a: [1, 2\nb: 3\n"));
    assertEquals(List.of("2:2 : YAML syntax error: expected ',' or ']', but got : "
        + "| while parsing a flow sequence that starts at line 1, column 4"), reported);
  }

  @Test
  void tabsAreASyntaxError() {
    assertNull(read("a: 1\n\tb: 2\n"));
    assertEquals(1, reported.size());
    assertTrue(reported.get(0).startsWith("2:1 : YAML syntax error: found character 'tab'"),
        reported::toString);
  }

  @Test
  void anEmptyTextHasNoRoot() {
    assertNull(read("# only a comment\n"));
    assertEquals(List.of("0:0 : the file is empty | a scenario needs at least 'name', 'horizon' "
        + "and 'components'"), reported);
  }

  @Test
  void aSecondDocumentIsReported() {
    assertInstanceOf(MapNode.class, read("a: 1\n---\nb: 2\n"));
    assertEquals(1, reported.size());
    assertTrue(reported.get(0).startsWith("3:1 : a scenario file holds one YAML document"));
  }

  @Test
  void pathsHelpers() {
    assertEquals("a", Node.child("", "a"));
    assertEquals("a.b", Node.child("a", "b"));
    assertEquals("a[2]", Node.item("a", 2));
    assertEquals("mean", Node.name("components.x.failure.mean"));
    assertEquals("series[1]", Node.name("system.series[1]"));
    assertFalse(Position.NONE.known());
  }

  @Test
  void aCharacterOutsideTheBmpIsReadWhereverItFalls() {
    // SnakeYAML reads 1024 chars at a time; an emoji split across two reads once threw.
    for (int pad = 1000; pad < 1100; pad++) {
      String text = "x".repeat(pad) + "\uD83D\uDE00 end";
      MapNode root = (MapNode) read("a: " + text + "\n");
      assertEquals(text, ((ScalarNode) root.get("a")).text());
    }
    assertTrue(reported.isEmpty(), reported::toString);
  }

  @Test
  void nestingDeeperThanTheLimitIsReportedNotThrown() {
    assertNull(read("a: " + "[".repeat(YamlTree.MAX_DEPTH) + "]".repeat(YamlTree.MAX_DEPTH)));
    assertEquals(List.of("1:103 a: the YAML nests more than 100 maps and lists deep here | a "
        + "scenario needs a few levels; look for brackets or indentation out of place"), reported);
  }
}
