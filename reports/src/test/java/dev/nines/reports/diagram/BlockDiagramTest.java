package dev.nines.reports.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.reports.diagram.Drawing.Box;
import dev.nines.reports.diagram.Drawing.BoxKind;
import dev.nines.reports.diagram.Drawing.Frame;
import dev.nines.reports.diagram.Drawing.Node;
import dev.nines.reports.diagram.Drawing.Point;
import dev.nines.reports.diagram.Drawing.Rect;
import dev.nines.reports.diagram.Drawing.Shape;
import dev.nines.reports.diagram.Drawing.Wire;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The block diagram's layout from small hand-written structures: the blocks are where a reader of
 * a reliability block diagram expects them (series left to right, parallel and k-of-n one under
 * another), labelled, inside their frames, never on top of one another, inside the picture, and
 * the SVG is well-formed and escaped.
 */
class BlockDiagramTest {

  private static final Figure SIM = new Figure("0.99900", Figure.Source.SIMULATED, "");
  private static final Figure CALC = new Figure("0.999999", Figure.Source.ANALYTIC, "CTMC");

  private static Block.Unit unit(String name) {
    return new Block.Unit(name, List.of(), 1, SIM);
  }

  private static Drawing draw(Block system) {
    return BlockDiagram.layout(new SystemDiagram(system, null, "basis"));
  }

  private static Box box(Drawing d, String name) {
    return d.boxes().stream().filter(b -> b.lines().get(0).equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no box " + name + " in " + d.boxes()));
  }

  /** The middle height of a box, where its wires attach. */
  private static int middle(Box b) {
    return b.box().y() + b.box().h() / 2;
  }

  @Test
  void aSeriesOfTwoIsTwoBoxesLeftToRightJoinedByAWire() {
    Drawing d = draw(new Block.Series("series", SIM, List.of(unit("web"), unit("db"))));
    checkSound(d);
    Box web = box(d, "web");
    Box db = box(d, "db");
    assertTrue(web.box().x() + web.box().w() < db.box().x(), "web left of db");
    assertEquals(middle(web), middle(db), "one line through a series");
    assertEquals(List.of("web", "A 0.99900 (simulated)"), web.lines());
    assertTrue(hasWire(d, new Point(web.box().x() + web.box().w(), middle(web)),
        new Point(db.box().x(), middle(db))), "a wire from web to db");
    assertEquals(0, d.frames().size(), "the root is not framed");
    assertEquals(2, d.shapes().stream().filter(s -> s instanceof Drawing.Terminal).count());
  }

  @Test
  void twoOfThreePartsAreStackedAndJoinedByAVoteLabelledTwoOfThree() {
    Block vote = new Block.Parallel("2 of 3", CALC, List.of(unit("a"), unit("b"), unit("c")),
        Block.Junction.vote(2, 3), null);
    Drawing d = draw(new Block.Series("series", SIM, List.of(unit("in"), vote)));
    checkSound(d);
    Box a = box(d, "a");
    Box b = box(d, "b");
    Box c = box(d, "c");
    assertEquals(a.box().x(), b.box().x(), "side by side: one column");
    assertTrue(a.box().y() + a.box().h() <= b.box().y() && b.box().y() + b.box().h() <= c.box().y());
    Node n = d.nodes().get(0);
    assertEquals("2/3", n.text());
    assertTrue(n.cx() > a.box().x() + a.box().w(), "the vote is right of the parts");
    assertEquals(middle(b), n.cy(), "the vote sits at the middle of the three");
    Frame f = d.frames().get(0);
    assertEquals(List.of("2 of 3", "A 0.999999 (analytic)"), f.caption());
    assertTrue(f.title().contains("CTMC"), f.title());
    for (Box part : List.of(a, b, c)) {
      assertTrue(f.rect().contains(part.outer()), "the frame holds " + part.lines());
    }
  }

  @Test
  void aGroupOfManyUnitsIsOneStackedBoxWithItsCount() {
    Drawing d = draw(new Block.Unit("replica", List.of("2 of 100"), 100, SIM));
    checkSound(d);
    assertEquals(1, d.boxes().size(), "one box, not a hundred");
    Box r = box(d, "replica");
    assertEquals(BoxKind.STACK, r.kind());
    assertEquals(List.of("replica", "2 of 100", "A 0.99900 (simulated)"), r.lines());
    String svg = BlockDiagram.svg(
        new SystemDiagram(new Block.Unit("replica", List.of("2 of 100"), 100, SIM), null, ""));
    assertEquals(1, svg.split("class=\"block stack\"", -1).length - 1, svg);
  }

  @Test
  void aStandbyShowsItsActiveUnitSparesSwitchAndDetector() {
    Block standby = new Block.Parallel("standby db (warm)", SIM, List.of(
        new Block.Unit("primary", List.of("active"), 1, SIM),
        new Block.Unit("replica", List.of("2 spares, tried in turn"), 2, SIM)),
        Block.Junction.standbySwitch(), "hb");
    Drawing d = draw(new Block.Series("series", SIM, List.of(unit("web"), standby)));
    checkSound(d);
    Box primary = box(d, "primary");
    Box spare = box(d, "replica");
    Box detector = box(d, "detector hb");
    assertEquals(BoxKind.DETECTOR, detector.kind());
    assertTrue(primary.box().y() < spare.box().y());
    assertTrue(spare.outer().y() + spare.outer().h() <= detector.box().y(),
        "the detector under the spares");
    Node sw = d.nodes().get(0);
    assertEquals("S", sw.text());
    assertTrue(sw.title().contains("detector hb"), sw.title());
    Wire signal = d.shapes().stream().filter(s -> s instanceof Wire w && w.dashed())
        .map(s -> (Wire) s).findFirst().orElseThrow();
    assertEquals(new Point(sw.cx(), sw.cy() + sw.r()), signal.points().get(
        signal.points().size() - 1), "the detector's signal ends at the switch");
    assertTrue(signal.arrow());
    Frame f = d.frames().get(0);
    assertEquals("standby db (warm)", f.caption().get(0));
    assertTrue(f.rect().contains(detector.outer()) && f.rect().contains(sw.bounds()));
  }

  @Test
  void nestedBlocksSitInsideTheirFramesAndNothingOverlaps() {
    Block inner = new Block.Series("series", CALC, List.of(unit("b"), unit("c")));
    Block par = new Block.Parallel("parallel", CALC, List.of(unit("a"), inner),
        Block.Junction.JOIN, null);
    Block vote = new Block.Parallel("2 of 3", CALC, List.of(unit("d"), unit("e"),
        new Block.Parallel("parallel", CALC, List.of(unit("f"), unit("g")), Block.Junction.JOIN,
            null)), Block.Junction.vote(2, 3), null);
    Drawing d = draw(new Block.Series("series", SIM, List.of(par, vote, unit("h"))));
    checkSound(d);
    assertEquals(8, d.boxes().size());
    assertEquals(4, d.frames().size());
    Frame parallel = d.frames().get(0);
    Frame series = d.frames().get(1);
    assertTrue(parallel.rect().contains(series.rect()), "series b-c inside the parallel");
    for (String name : List.of("a", "b", "c")) {
      assertTrue(parallel.rect().contains(box(d, name).outer()), name);
    }
    assertFalse(parallel.rect().contains(box(d, "d").outer()));
    assertTrue(box(d, "b").box().x() < box(d, "c").box().x());
    assertTrue(box(d, "a").box().y() < box(d, "b").box().y(), "a above the b-c branch");
    assertTrue(box(d, "c").box().x() < box(d, "d").box().x(), "the vote after the parallel");
    assertTrue(box(d, "f").box().y() < box(d, "g").box().y());
  }

  @Test
  void theTrafficPathIsARowOfArrowsAboveTheStructure() {
    SystemDiagram.TrafficPath path = new SystemDiagram.TrafficPath(List.of(
        new SystemDiagram.Stop("requests", List.of("Poisson 900/s")),
        new SystemDiagram.Stop("balancer", List.of("power-of-two", "health: detector hb")),
        new SystemDiagram.Stop("app", List.of("3 servers, 1 worker each"))));
    Drawing d = BlockDiagram.layout(new SystemDiagram(
        new Block.Unit("app", List.of("2 of 3"), 3, SIM), path, ""));
    checkSound(d);
    Box requests = box(d, "requests");
    Box balancer = box(d, "balancer");
    List<Box> apps = d.boxes().stream().filter(b -> b.lines().get(0).equals("app")).toList();
    assertEquals(2, apps.size(), "the servers on the path and the block of the structure");
    Box server = apps.get(0);
    Box block = apps.get(1);
    assertEquals(BoxKind.TRAFFIC, server.kind());
    assertTrue(requests.box().x() < balancer.box().x()
        && balancer.box().x() < server.box().x());
    assertTrue(server.outer().y() + server.outer().h() < block.outer().y(),
        "the path above the structure");
    long arrows = d.shapes().stream().filter(s -> s instanceof Wire w && w.arrow()).count();
    assertEquals(3, arrows, "into requests, to the balancer, to the servers");
  }

  @Test
  void aLongSeriesWrapsToThePageWidth() {
    List<Block> parts = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      parts.add(unit("service-" + i));
    }
    Drawing d = draw(new Block.Series("series", SIM, parts));
    checkSound(d);
    assertTrue(d.width() <= Layout.MAX_WIDTH, "width " + d.width());
    assertEquals(14, d.boxes().size());
    Box first = box(d, "service-0");
    Box last = box(d, "service-13");
    assertTrue(last.box().y() > first.box().y() + first.box().h(), "more than one row");
    for (int i = 0; i + 1 < 14; i++) {
      Box a = box(d, "service-" + i);
      Box b = box(d, "service-" + (i + 1));
      assertTrue(a.box().x() < b.box().x() || a.box().y() < b.box().y(), "in reading order " + i);
    }
  }

  @Test
  void hostileAndLongNamesAreEscapedShortenedAndWellFormed() throws Exception {
    String hostile = "<script>alert('x')</script>&\u0001" + "y".repeat(80);
    Drawing d = draw(new Block.Series("series", SIM, List.of(unit(hostile), unit("b"))));
    checkSound(d);
    Box b = d.boxes().get(0);
    assertTrue(b.lines().get(0).endsWith("…"), b.lines().get(0));
    assertTrue(b.title().contains("y".repeat(80)), "the full name on hover");
    String svg = BlockDiagram.svg(new SystemDiagram(
        new Block.Series("series", SIM, List.of(unit(hostile), unit("b"))), null, "<b>"));
    assertFalse(svg.contains("<script"), svg);
    assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\ufffd"), svg);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    assertNotNull(doc.getDocumentElement().getAttribute("viewBox"));
    String html = BlockDiagram.html(new SystemDiagram(unit("a"), null, "<b>basis</b>"));
    assertTrue(html.contains("&lt;b&gt;basis&lt;/b&gt;"), html);
  }

  @Test
  void theSameDiagramIsTheSameBytes() {
    Block vote = new Block.Parallel("2 of 3", CALC, List.of(unit("a"), unit("b"), unit("c")),
        Block.Junction.vote(2, 3), null);
    SystemDiagram diagram = new SystemDiagram(vote, null, "");
    assertEquals(BlockDiagram.svg(diagram), BlockDiagram.svg(
        new SystemDiagram(new Block.Parallel("2 of 3", CALC,
            List.of(unit("a"), unit("b"), unit("c")), Block.Junction.vote(2, 3), null), null, "")));
  }

  /**
   * What every diagram keeps: boxes never overlap one another or a junction, every text line fits
   * its box, every shape lies inside the picture, and two frames are nested or apart, never
   * crossing.
   */
  private static void checkSound(Drawing d) {
    Rect page = new Rect(0, 0, d.width(), d.height());
    List<Box> boxes = d.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      Box b = boxes.get(i);
      assertTrue(page.contains(b.outer()), "inside the picture: " + b);
      assertTrue(b.outer().contains(b.box()), "the box inside its space: " + b);
      for (int l = 0; l < b.lines().size(); l++) {
        int perChar = l == 0 ? Layout.BOLD_CHAR : Layout.CHAR;
        assertTrue(b.lines().get(l).length() * perChar + 2 * Layout.PAD <= b.box().w(),
            "line fits: " + b.lines().get(l));
      }
      assertTrue(Layout.PAD * 2 + Layout.LINE * b.lines().size() <= b.box().h(), "lines fit");
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(b.outer().overlaps(boxes.get(j).outer()),
            b.lines().get(0) + " overlaps " + boxes.get(j).lines().get(0));
      }
      for (Node n : d.nodes()) {
        assertFalse(b.outer().overlaps(n.bounds()), b.lines().get(0) + " overlaps a junction");
      }
    }
    List<Frame> frames = d.frames();
    for (Frame f : frames) {
      assertTrue(page.contains(f.rect()), "frame inside the picture");
      int captionBottom = f.rect().y() + Layout.FRAME_PAD + Layout.LINE * f.caption().size();
      for (Box b : boxes) {
        if (f.rect().overlaps(b.outer())) {
          assertTrue(f.rect().contains(b.outer()), "a box half in a frame: " + b);
          assertTrue(b.outer().y() >= captionBottom, "a box on the caption: " + b);
        }
      }
      for (Frame g : frames) {
        if (f != g && f.rect().overlaps(g.rect())) {
          assertTrue(f.rect().contains(g.rect()) || g.rect().contains(f.rect()),
              "frames crossing");
        }
      }
    }
    for (Shape s : d.shapes()) {
      if (s instanceof Wire w) {
        for (Point p : w.points()) {
          assertTrue(p.x() >= 0 && p.x() <= d.width() && p.y() >= 0 && p.y() <= d.height(),
              "wire inside the picture: " + w);
        }
      }
    }
  }

  private static boolean hasWire(Drawing d, Point from, Point to) {
    return d.shapes().stream().anyMatch(s -> s instanceof Wire w
        && w.points().get(0).equals(from) && w.points().get(w.points().size() - 1).equals(to));
  }
}
