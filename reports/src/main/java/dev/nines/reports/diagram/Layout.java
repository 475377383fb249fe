package dev.nines.reports.diagram;

import dev.nines.reports.diagram.Drawing.Box;
import dev.nines.reports.diagram.Drawing.BoxKind;
import dev.nines.reports.diagram.Drawing.Frame;
import dev.nines.reports.diagram.Drawing.Label;
import dev.nines.reports.diagram.Drawing.Node;
import dev.nines.reports.diagram.Drawing.Point;
import dev.nines.reports.diagram.Drawing.Rect;
import dev.nines.reports.diagram.Drawing.Shape;
import dev.nines.reports.diagram.Drawing.Terminal;
import dev.nines.reports.diagram.Drawing.Wire;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link SystemDiagram} out in whole pixels, the classic way of reliability block diagrams:
 * a series left to right, parallel and k-of-n parts one under another between two rails, each
 * composite block in a dashed frame captioned with what it is and its availability, the structure
 * between an in and an out terminal. The traffic path, when there is one, is a row of boxes above.
 *
 * <p>Text widths are estimated (no font is at hand where the SVG is written): a box is as wide as
 * its longest line at {@value #CHAR} px a character (a bold name {@value #BOLD_CHAR}), between
 * {@value #BOX_MIN} and {@value #BOX_MAX} px; a longer line is shortened with "…" (the full text is
 * the box's hover title). A top-level series wider than {@value #MAX_WIDTH} px wraps onto rows,
 * joined by a wire that snakes back; anything still wider is scaled down by the page, since the SVG
 * has a viewBox.
 */
final class Layout {

  /** Estimated width of a 12 px character. */
  static final int CHAR = 7;
  /** Estimated width of a bold 12 px character. */
  static final int BOLD_CHAR = 8;
  /** Estimated width of a bold 13 px character, in headings. */
  static final int HEADING_CHAR = 9;
  /** Line height. */
  static final int LINE = 15;
  /** Space inside a box around its text. */
  static final int PAD = 7;
  static final int BOX_MIN = 96;
  static final int BOX_MAX = 240;
  /** How far a stack's outlines stand out behind its box. */
  static final int STACK = 6;
  /** Wire between parts in series. */
  static final int GAP_X = 28;
  /** Space between parts side by side. */
  static final int GAP_Y = 14;
  /** From a rail to the parts. */
  static final int RAIL = 20;
  /** A rail's distance from its block's edge. */
  static final int RAIL_AT = 6;
  static final int FRAME_PAD = 8;
  /** Radius of a junction. */
  static final int R = 11;
  /** The widest the diagram is meant to be: the page's width. */
  static final int MAX_WIDTH = 960;
  static final int MARGIN = 12;
  /** Wire from a terminal into the structure. */
  static final int TERMINAL = 24;
  /** Space between wrapped rows of a series. */
  static final int ROW_GAP = 28;
  /** Height of a heading line. */
  static final int HEADING = 26;

  /**
   * A laid-out block in its own coordinates: its size, the heights at which wires enter it (on its
   * left edge) and leave it (on its right edge), and its shapes.
   */
  record Piece(int w, int h, int in, int out, List<Shape> shapes) {}

  private Layout() {}

  /** The whole diagram: headings, the traffic path, the structure between its terminals. */
  static Drawing draw(SystemDiagram diagram) {
    List<Shape> shapes = new ArrayList<>();
    int y = MARGIN;
    int width = 0;
    if (diagram.traffic() != null) {
      shapes.add(new Label(MARGIN, y + 14, "Request path", true));
      width = MARGIN + "Request path".length() * HEADING_CHAR;
      y += HEADING;
      List<Piece> stops = new ArrayList<>();
      for (SystemDiagram.Stop stop : diagram.traffic().stops()) {
        List<String> lines = new ArrayList<>();
        lines.add(stop.name());
        lines.addAll(stop.details());
        stops.add(box(lines, String.join("\n", lines), BoxKind.TRAFFIC, null));
      }
      Piece path = row(stops, true);
      add(shapes, path, MARGIN + TERMINAL, y);
      shapes.add(new Terminal(MARGIN + 4, y + path.in()));
      shapes.add(new Wire(List.of(new Point(MARGIN + 8, y + path.in()),
          new Point(MARGIN + TERMINAL, y + path.in())), true, false));
      width = Math.max(width, MARGIN + TERMINAL + path.w());
      y += path.h() + GAP_Y + 4;
    }
    Block root = diagram.system();
    String what = root instanceof Block.Series s ? " · " + s.caption()
        : root instanceof Block.Parallel p ? " · " + p.caption() : "";
    String heading = fit("System" + what + " · " + root.figure().text(),
        (MAX_WIDTH - 2 * MARGIN) / HEADING_CHAR);
    shapes.add(new Label(MARGIN, y + 14, heading, true));
    width = Math.max(width, MARGIN + heading.length() * HEADING_CHAR);
    y += HEADING;
    Piece structure = root instanceof Block.Series s
        ? wrapped(parts(s.parts()), MAX_WIDTH - 2 * MARGIN - 2 * TERMINAL)
        : root instanceof Block.Parallel p ? parallel(p) : piece(root);
    int x = MARGIN + TERMINAL;
    add(shapes, structure, x, y);
    shapes.add(new Terminal(MARGIN + 4, y + structure.in()));
    shapes.add(Wire.of(MARGIN + 8, y + structure.in(), x, y + structure.in()));
    int end = x + structure.w();
    shapes.add(Wire.of(end, y + structure.out(), end + TERMINAL - 8, y + structure.out()));
    shapes.add(new Terminal(end + TERMINAL - 4, y + structure.out()));
    width = Math.max(width, end + TERMINAL);
    return new Drawing(width + MARGIN, y + structure.h() + MARGIN, shapes);
  }

  /** A block: a box, or a composite in its frame. */
  static Piece piece(Block block) {
    if (block instanceof Block.Unit u) {
      List<String> lines = new ArrayList<>();
      lines.add(u.name());
      lines.addAll(u.details());
      lines.add(u.figure().text());
      return box(lines, title(lines, u.figure()), u.units() > 1 ? BoxKind.STACK : BoxKind.UNIT,
          u.figure().source());
    }
    if (block instanceof Block.Series s) {
      return framed(row(parts(s.parts()), false), s.caption(), s.figure());
    }
    Block.Parallel p = (Block.Parallel) block;
    return framed(parallel(p), p.caption(), p.figure());
  }

  private static List<Piece> parts(List<Block> blocks) {
    return blocks.stream().map(Layout::piece).toList();
  }

  /** A box as wide as its longest line (within limits), its lines shortened to fit. */
  static Piece box(List<String> lines, String title, BoxKind kind, Figure.Source source) {
    List<String> fitted = new ArrayList<>();
    int textWidth = 0;
    for (int i = 0; i < lines.size(); i++) {
      int perChar = i == 0 ? BOLD_CHAR : CHAR;
      String line = fit(lines.get(i), (BOX_MAX - 2 * PAD) / perChar);
      fitted.add(line);
      textWidth = Math.max(textWidth, line.length() * perChar);
    }
    int w = Math.max(BOX_MIN, Math.min(BOX_MAX, textWidth + 2 * PAD));
    int h = 2 * PAD + LINE * lines.size();
    int extra = kind == BoxKind.STACK ? STACK : 0;
    Rect rect = new Rect(0, extra, w, h);
    Box box = new Box(new Rect(0, 0, w + extra, h + extra), rect, fitted, title, kind, source);
    int port = extra + h / 2;
    return new Piece(w + extra, h + extra, port, port, List.of(box));
  }

  /**
   * Parts left to right, their wires at one height; with {@code arrows}, each wire ends in an
   * arrow (the traffic path).
   */
  static Piece row(List<Piece> parts, boolean arrows) {
    int port = 0;
    for (Piece p : parts) {
      port = Math.max(port, p.in());
    }
    List<Shape> shapes = new ArrayList<>();
    int x = 0;
    int h = 0;
    for (int i = 0; i < parts.size(); i++) {
      Piece p = parts.get(i);
      int dy = port - p.in();
      if (i > 0) {
        shapes.add(new Wire(List.of(new Point(x - GAP_X, port), new Point(x, port)), arrows,
            false));
      }
      add(shapes, p, x, dy);
      h = Math.max(h, dy + p.h());
      x += p.w() + GAP_X;
    }
    return new Piece(x - GAP_X, h, port, port, shapes);
  }

  /**
   * A series in rows no wider than {@code maxWidth} (a part wider than that has a row of its own):
   * one row when it fits, else rows one under another, each row's end wired round to the next
   * row's start through the gap between them.
   */
  static Piece wrapped(List<Piece> parts, int maxWidth) {
    Piece whole = row(parts, false);
    if (whole.w() <= maxWidth || parts.size() == 1) {
      return whole;
    }
    int rowWidth = maxWidth - 2 * GAP_X;
    List<Piece> rows = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    int used = 0;
    for (Piece p : parts) {
      int more = current.isEmpty() ? p.w() : used + GAP_X + p.w();
      if (!current.isEmpty() && more > rowWidth) {
        rows.add(row(current, false));
        current = new ArrayList<>();
        more = p.w();
      }
      current.add(p);
      used = more;
    }
    rows.add(row(current, false));
    int widest = 0;
    for (Piece r : rows) {
      widest = Math.max(widest, r.w());
    }
    int w = GAP_X + widest + GAP_X;
    List<Shape> shapes = new ArrayList<>();
    int y = 0;
    int[] tops = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      tops[i] = y;
      add(shapes, rows.get(i), GAP_X, y);
      y += rows.get(i).h() + ROW_GAP;
    }
    for (int i = 0; i + 1 < rows.size(); i++) {
      Piece r = rows.get(i);
      int end = GAP_X + r.w();
      int turn = end + GAP_X / 2;
      int port = tops[i] + r.in();
      int gap = tops[i] + r.h() + ROW_GAP / 2;
      int next = tops[i + 1] + rows.get(i + 1).in();
      shapes.add(new Wire(List.of(new Point(end, port), new Point(turn, port),
          new Point(turn, gap), new Point(GAP_X / 2, gap), new Point(GAP_X / 2, next),
          new Point(GAP_X, next)), false, false));
    }
    int in = rows.get(0).in();
    shapes.add(Wire.of(0, in, GAP_X, in));
    Piece last = rows.get(rows.size() - 1);
    int out = tops[rows.size() - 1] + last.out();
    shapes.add(Wire.of(GAP_X + last.w(), out, w, out));
    return new Piece(w, y - ROW_GAP, in, out, shapes);
  }

  /**
   * Parts one under another between two rails, joined on the right by the block's junction (a
   * circle for a vote or a switch); a standby's detector in a dashed box under the parts, wired to
   * the switch.
   */
  static Piece parallel(Block.Parallel block) {
    List<Piece> parts = parts(block.parts());
    int widest = 0;
    for (Piece p : parts) {
      widest = Math.max(widest, p.w());
    }
    List<Shape> shapes = new ArrayList<>();
    int y = 0;
    int first = 0;
    int last = 0;
    int rightRail = RAIL + widest + RAIL - RAIL_AT;
    for (int i = 0; i < parts.size(); i++) {
      Piece p = parts.get(i);
      int port = y + p.in();
      if (i == 0) {
        first = port;
      }
      last = port;
      shapes.add(Wire.of(RAIL_AT, port, RAIL, port));
      add(shapes, p, RAIL, y);
      shapes.add(Wire.of(RAIL + p.w(), port, rightRail, port));
      y += p.h() + GAP_Y;
    }
    int h = y - GAP_Y;
    int port = (first + last) / 2;
    if (parts.size() > 1) {
      shapes.add(Wire.of(RAIL_AT, first, RAIL_AT, last));
      shapes.add(Wire.of(rightRail, first, rightRail, last));
    }
    shapes.add(Wire.of(0, port, RAIL_AT, port));
    int w;
    Block.Junction junction = block.junction();
    if (junction.kind() == Block.Junction.Kind.JOIN) {
      w = rightRail + RAIL_AT;
      shapes.add(Wire.of(rightRail, port, w, port));
    } else {
      int cx = rightRail + 10 + R;
      shapes.add(Wire.of(rightRail, port, cx - R, port));
      String what = junction.kind() == Block.Junction.Kind.VOTE
          ? "k-of-n vote: up while " + block.caption()
          : "switch" + (block.detector() == null ? "" : ", driven by detector " + block.detector());
      shapes.add(new Node(cx, port, R, junction.text(), what));
      w = cx + R + RAIL_AT;
      shapes.add(Wire.of(cx + R, port, w, port));
      if (block.detector() != null) {
        String line = "detector " + block.detector();
        Piece detector = box(List.of(line), line + ": notices the active unit's failure",
            BoxKind.DETECTOR, null);
        int top = h + GAP_Y;
        add(shapes, detector, RAIL, top);
        int mid = top + detector.in();
        int from = RAIL + detector.w();
        int turn = Math.max(cx, from + GAP_X / 2);
        shapes.add(new Wire(turn == cx
            ? List.of(new Point(from, mid), new Point(cx, mid), new Point(cx, port + R))
            : List.of(new Point(from, mid), new Point(turn, mid), new Point(turn, port + R + 6),
                new Point(cx, port + R + 6), new Point(cx, port + R)), true, true));
        h = top + detector.h();
        w = Math.max(w, turn + RAIL_AT);
      }
    }
    return new Piece(w, h, port, port, shapes);
  }

  /** A composite block in a dashed frame captioned with what it is and its figure. */
  static Piece framed(Piece content, String caption, Figure figure) {
    int maxChars = Math.max(content.w(), BOX_MAX) / CHAR;
    List<String> lines = List.of(fit(caption, maxChars), fit(figure.text(), maxChars));
    int captionWidth = 0;
    for (String line : lines) {
      captionWidth = Math.max(captionWidth, line.length() * CHAR);
    }
    int header = LINE * lines.size() + 4;
    int w = Math.max(content.w(), captionWidth) + 2 * FRAME_PAD;
    int h = content.h() + header + 2 * FRAME_PAD;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Frame(new Rect(0, 0, w, h), lines,
        caption + "\n" + title(List.of(figure.text()), figure), figure.source()));
    int top = FRAME_PAD + header;
    add(shapes, content, FRAME_PAD, top);
    int in = top + content.in();
    int out = top + content.out();
    shapes.add(Wire.of(0, in, FRAME_PAD, in));
    shapes.add(Wire.of(FRAME_PAD + content.w(), out, w, out));
    return new Piece(w, h, in, out, shapes);
  }

  /** The text shortened to at most {@code max} characters, ending in "…" when cut. */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = Math.max(1, max - 1);
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }

  private static String title(List<String> lines, Figure figure) {
    String text = String.join("\n", lines);
    return figure.note().isEmpty() ? text : text + "\n" + figure.note();
  }

  private static void add(List<Shape> shapes, Piece piece, int dx, int dy) {
    for (Shape s : piece.shapes()) {
      shapes.add(s.moved(dx, dy));
    }
  }
}
