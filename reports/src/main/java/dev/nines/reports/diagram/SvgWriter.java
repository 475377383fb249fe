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
import java.util.List;

/**
 * Writes a {@link Drawing} as one {@code svg} element: presentation attributes only (no
 * {@code style} element, which inline in a page would style the whole page; no ids, which two
 * diagrams on one page would share), every text escaped, each block grouped with its full text
 * as a {@code title} a browser shows on hover. Same drawing, same bytes.
 */
final class SvgWriter {

  private static final String FONT = "system-ui, &quot;Segoe UI&quot;, &quot;DejaVu Sans&quot;, "
      + "Helvetica, Arial, sans-serif";
  private static final String INK = "#1b1b1b";
  private static final String WIRE = "#555";

  private SvgWriter() {}

  /**
   * The {@code svg} element, {@code width} and {@code height} in pixels with a matching viewBox
   * (so a page may scale it down), labelled for screen readers with {@code label}. A standalone
   * document names the SVG namespace; inline in HTML it needs none (and so names no address).
   */
  static String svg(Drawing d, String label, boolean standalone) {
    StringBuilder out = new StringBuilder();
    out.append(standalone ? "<svg xmlns=\"http://www.w3.org/2000/svg\" " : "<svg ")
        .append("class=\"structure\" width=\"")
        .append(d.width()).append("\" height=\"").append(d.height()).append("\" viewBox=\"0 0 ")
        .append(d.width()).append(' ').append(d.height())
        .append("\" style=\"max-width: 100%; height: auto\" role=\"img\" aria-label=\"")
        .append(escape(label)).append("\" font-family=\"").append(FONT)
        .append("\" font-size=\"12\">\n");
    out.append("<rect width=\"").append(d.width()).append("\" height=\"").append(d.height())
        .append("\" fill=\"#fff\"/>\n");
    for (Shape s : d.shapes()) {
      if (s instanceof Frame f) {
        frame(out, f);
      }
    }
    for (Shape s : d.shapes()) {
      if (s instanceof Wire w) {
        wire(out, w);
      }
    }
    for (Shape s : d.shapes()) {
      if (s instanceof Box b) {
        box(out, b);
      } else if (s instanceof Node n) {
        node(out, n);
      } else if (s instanceof Terminal t) {
        out.append("<circle cx=\"").append(t.cx()).append("\" cy=\"").append(t.cy())
            .append("\" r=\"4\" fill=\"#fff\" stroke=\"").append(INK).append("\"/>\n");
      } else if (s instanceof Label l) {
        out.append("<text x=\"").append(l.x()).append("\" y=\"").append(l.y()).append('"')
            .append(l.heading() ? " font-size=\"13\" font-weight=\"600\"" : "")
            .append(" fill=\"").append(INK).append("\">").append(escape(l.text()))
            .append("</text>\n");
      }
    }
    out.append("</svg>");
    return out.toString();
  }

  private static void frame(StringBuilder out, Frame f) {
    Rect r = f.rect();
    out.append("<g class=\"frame\"><title>").append(escape(f.title())).append("</title>");
    out.append("<rect x=\"").append(r.x()).append("\" y=\"").append(r.y()).append("\" width=\"")
        .append(r.w()).append("\" height=\"").append(r.h())
        .append("\" rx=\"6\" fill=\"#fafafa\" stroke=\"#9a9a9a\" stroke-dasharray=\"4 3\"/>");
    List<String> lines = f.caption();
    for (int i = 0; i < lines.size(); i++) {
      boolean figure = i == lines.size() - 1;
      out.append("<text x=\"").append(r.x() + Layout.FRAME_PAD).append("\" y=\"")
          .append(r.y() + Layout.FRAME_PAD + 11 + i * Layout.LINE).append("\" font-size=\"11\"")
          .append(" fill=\"").append(figure ? colour(f.source()) : "#444").append('"')
          .append(figure ? "" : " font-weight=\"600\"").append('>')
          .append(escape(lines.get(i))).append("</text>");
    }
    out.append("</g>\n");
  }

  private static void box(StringBuilder out, Box b) {
    Rect r = b.box();
    String cls = b.kind().name().toLowerCase(java.util.Locale.ROOT);
    out.append("<g class=\"block ").append(cls).append("\"><title>").append(escape(b.title()))
        .append("</title>");
    if (b.kind() == BoxKind.STACK) {
      for (int k = 2; k >= 1; k--) {
        int offset = k * Layout.STACK / 2;
        rect(out, r.moved(offset, -offset), "#fff", INK, false);
      }
    }
    String fill = b.kind() == BoxKind.TRAFFIC ? "#eef4fb" : b.kind() == BoxKind.DETECTOR
        ? "#fff" : "#f4f8f4";
    rect(out, r, fill, INK, b.kind() == BoxKind.DETECTOR);
    List<String> lines = b.lines();
    for (int i = 0; i < lines.size(); i++) {
      boolean figure = b.source() != null && i == lines.size() - 1;
      out.append("<text x=\"").append(r.x() + Layout.PAD).append("\" y=\"")
          .append(r.y() + Layout.PAD + 11 + i * Layout.LINE).append('"');
      if (i == 0 && b.kind() != BoxKind.DETECTOR) {
        out.append(" font-weight=\"600\"");
      }
      out.append(" fill=\"").append(figure ? colour(b.source()) : INK).append("\">")
          .append(escape(lines.get(i))).append("</text>");
    }
    out.append("</g>\n");
  }

  private static void rect(StringBuilder out, Rect r, String fill, String stroke, boolean dashed) {
    out.append("<rect x=\"").append(r.x()).append("\" y=\"").append(r.y()).append("\" width=\"")
        .append(r.w()).append("\" height=\"").append(r.h()).append("\" rx=\"3\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append('"')
        .append(dashed ? " stroke-dasharray=\"3 3\"" : "").append("/>");
  }

  private static void node(StringBuilder out, Node n) {
    out.append("<g class=\"junction\"><title>").append(escape(n.title())).append("</title>")
        .append("<circle cx=\"").append(n.cx()).append("\" cy=\"").append(n.cy())
        .append("\" r=\"").append(n.r()).append("\" fill=\"#fff\" stroke=\"").append(INK)
        .append("\"/><text x=\"").append(n.cx()).append("\" y=\"").append(n.cy() + 4)
        .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
        .append(escape(n.text())).append("</text></g>\n");
  }

  private static void wire(StringBuilder out, Wire w) {
    out.append("<polyline points=\"");
    List<Point> points = w.points();
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : " ").append(points.get(i).x()).append(',')
          .append(points.get(i).y());
    }
    out.append("\" fill=\"none\" stroke=\"").append(WIRE).append("\" stroke-width=\"1.5\"")
        .append(w.dashed() ? " stroke-dasharray=\"3 3\"" : "").append("/>\n");
    if (w.arrow()) {
      Point tip = points.get(points.size() - 1);
      Point from = points.get(points.size() - 2);
      int dx = Integer.signum(tip.x() - from.x());
      int dy = Integer.signum(tip.y() - from.y());
      // a triangle 7 px long, 8 px wide, pointing along the last segment (wires run straight)
      int bx = tip.x() - 7 * dx;
      int by = tip.y() - 7 * dy;
      out.append("<polygon points=\"").append(tip.x()).append(',').append(tip.y()).append(' ')
          .append(bx - 4 * dy).append(',').append(by + 4 * dx).append(' ')
          .append(bx + 4 * dy).append(',').append(by - 4 * dx).append("\" fill=\"").append(WIRE)
          .append("\"/>\n");
    }
  }

  private static String colour(Figure.Source source) {
    if (source == null) {
      return INK;
    }
    return switch (source) {
      case SIMULATED -> "#136f2d";
      case ANALYTIC -> "#1f4e9c";
      case NONE -> "#777";
    };
  }

  /**
   * Text made safe for XML and HTML content and quoted attributes; characters XML does not allow
   * (controls other than tab and newline, lone surrogates) become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (pair) {
            out.append(c).append(text.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
              || c == 0xfffe || c == 0xffff) {
            out.append('\ufffd');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
