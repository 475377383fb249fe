package dev.nines.reports.diagram;

import java.util.Objects;

/**
 * The availability a block of the diagram is labelled with, already formatted, and where it comes
 * from: the run's simulated estimate of that block's scope, else the analytic value, else none.
 *
 * @param value the availability as the report prints it ("0.998590"), or "–" for none
 * @param source where the value comes from
 * @param note what a reader may want beside it (the formula, or why there is none); "" for none
 */
public record Figure(String value, Source source, String note) {

  /** Where a block's availability comes from. */
  public enum Source {
    /** The run's estimate of the scope that is this block. */
    SIMULATED("simulated"),
    /** A formula: the exact chain or the closed forms. */
    ANALYTIC("analytic"),
    /** Neither: no scope and no formula. */
    NONE("no formula");

    private final String word;

    Source(String word) {
      this.word = word;
    }

    /** "simulated", "analytic", "no formula". */
    public String word() {
      return word;
    }
  }

  public Figure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
  }

  /** A block with no availability to show; the note says why. */
  public static Figure none(String note) {
    return new Figure("–", Source.NONE, note);
  }

  /** The label line: "A 0.998590 (simulated)", or "A – (no formula)". */
  public String text() {
    return "A " + value + " (" + source.word() + ")";
  }
}
