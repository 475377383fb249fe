package dev.nines.reports.diagram;

/**
 * The reliability block diagram at the top of every report: the scenario's system as series,
 * parallel, k-of-n ("2 of 3"), standby (with its switch and detector) and quorum blocks between an
 * in and an out terminal, the traffic path above it where the scenario has traffic, each block
 * labelled with its name and its availability, and whether that is simulated or analytic. Drawn
 * as SVG, deterministic: the same diagram always gives the same bytes.
 */
public final class BlockDiagram {

  /** The file beside the charts, {@code charts/structure.svg}. */
  public static final String FILE = "structure.svg";

  private BlockDiagram() {}

  /** The diagram laid out: its size and shapes. */
  public static Drawing layout(SystemDiagram diagram) {
    return Layout.draw(diagram);
  }

  /**
   * The diagram as a standalone SVG document: an XML declaration, then the {@code svg} element
   * (no DOCTYPE, which an XML parser would fetch).
   */
  public static String svg(SystemDiagram diagram) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(diagram, true) + "\n";
  }

  /**
   * The report's section: a heading, the diagram inline (self-contained: nothing fetched; it
   * scales down to the page's width) and a caption saying which figures label the blocks, with a
   * link to {@code charts/structure.svg}.
   */
  public static String html(SystemDiagram diagram) {
    return "<section id=\"structure\">\n<h2>Structure</h2>\n<figure class=\"diagram\">"
        + element(diagram, false) + "\n<figcaption>Reliability block diagram. "
        + SvgWriter.escape(diagram.basis())
        + " · <a href=\"charts/" + FILE + "\">SVG</a></figcaption></figure>\n</section>\n";
  }

  private static String element(SystemDiagram diagram, boolean standalone) {
    return SvgWriter.svg(Layout.draw(diagram), "Reliability block diagram of the system: "
        + diagram.system().figure().text(), standalone);
  }
}
