package dev.nines.reports.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A laid-out diagram: its size in pixels and its shapes in drawing order, in whole pixels, so the
 * same diagram always writes the same SVG. {@link SvgWriter} draws it; tests read its boxes.
 */
public record Drawing(int width, int height, List<Shape> shapes) {

  public Drawing {
    shapes = List.copyOf(shapes);
  }

  /** A point in pixels, y down. */
  public record Point(int x, int y) {}

  /** A rectangle in pixels, y down. */
  public record Rect(int x, int y, int w, int h) {

    public Rect moved(int dx, int dy) {
      return new Rect(x + dx, y + dy, w, h);
    }

    /** Whether the two share any area (touching edges do not count). */
    public boolean overlaps(Rect o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    /** Whether {@code o} lies wholly inside this one. */
    public boolean contains(Rect o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }
  }

  /** Something drawn. */
  public sealed interface Shape {
    Shape moved(int dx, int dy);
  }

  /**
   * A block's box: the first line is the name (bold), then the details and the figure. A stack
   * (a group of several units) has two outlines behind it, within {@code outer}.
   *
   * @param outer the space the box takes, its stack outlines included
   * @param box the box itself, inside {@code outer}
   * @param lines the text lines, each short enough for the box
   * @param title the full text, shown on hover (lines may be shortened)
   * @param kind how it is drawn
   * @param source where the figure on its last line comes from, or null when it has none
   */
  public record Box(Rect outer, Rect box, List<String> lines, String title, BoxKind kind,
      Figure.Source source) implements Shape {
    public Box {
      lines = List.copyOf(lines);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Box moved(int dx, int dy) {
      return new Box(outer.moved(dx, dy), box.moved(dx, dy), lines, title, kind, source);
    }
  }

  /** How a box is drawn. */
  public enum BoxKind {
    /** A block of one unit. */
    UNIT,
    /** A block of several units: drawn as a stack. */
    STACK,
    /** A detector: dashed, with no figure. */
    DETECTOR,
    /** A stop on the traffic path. */
    TRAFFIC
  }

  /**
   * A dashed frame around a composite block, its caption lines at its top left: what it is, then
   * its figure (from {@code source}).
   */
  public record Frame(Rect rect, List<String> caption, String title, Figure.Source source)
      implements Shape {
    public Frame {
      caption = List.copyOf(caption);
    }

    @Override
    public Frame moved(int dx, int dy) {
      return new Frame(rect.moved(dx, dy), caption, title, source);
    }
  }

  /** A wire through the points; an arrow at its end when {@code arrow}; dashed when {@code dashed}. */
  public record Wire(List<Point> points, boolean arrow, boolean dashed) implements Shape {
    public Wire {
      points = List.copyOf(points);
      if (points.size() < 2) {
        throw new IllegalArgumentException("a wire needs two points");
      }
    }

    static Wire of(int x1, int y1, int x2, int y2) {
      return new Wire(List.of(new Point(x1, y1), new Point(x2, y2)), false, false);
    }

    @Override
    public Wire moved(int dx, int dy) {
      List<Point> moved = new ArrayList<>();
      points.forEach(p -> moved.add(new Point(p.x() + dx, p.y() + dy)));
      return new Wire(moved, arrow, dashed);
    }
  }

  /** A junction: a circle with a short text ("2/3" for a vote, "S" for a switch). */
  public record Node(int cx, int cy, int r, String text, String title) implements Shape {
    @Override
    public Node moved(int dx, int dy) {
      return new Node(cx + dx, cy + dy, r, text, title);
    }

    /** The square around the circle. */
    public Rect bounds() {
      return new Rect(cx - r, cy - r, 2 * r, 2 * r);
    }
  }

  /** A line of text: a heading of the diagram, or the in and out terminals' labels. */
  public record Label(int x, int y, String text, boolean heading) implements Shape {
    @Override
    public Label moved(int dx, int dy) {
      return new Label(x + dx, y + dy, text, heading);
    }
  }

  /** An end of the diagram: a small open circle where the structure starts or ends. */
  public record Terminal(int cx, int cy) implements Shape {
    @Override
    public Terminal moved(int dx, int dy) {
      return new Terminal(cx + dx, cy + dy);
    }
  }

  /** The boxes, in drawing order. */
  public List<Box> boxes() {
    return shapes.stream().filter(s -> s instanceof Box).map(s -> (Box) s).toList();
  }

  /** The frames, in drawing order. */
  public List<Frame> frames() {
    return shapes.stream().filter(s -> s instanceof Frame).map(s -> (Frame) s).toList();
  }

  /** The junctions, in drawing order. */
  public List<Node> nodes() {
    return shapes.stream().filter(s -> s instanceof Node).map(s -> (Node) s).toList();
  }
}
