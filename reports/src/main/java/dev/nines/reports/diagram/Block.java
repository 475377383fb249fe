package dev.nines.reports.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A node of the reliability block diagram, as drawn: boxes, and boxes in series or side by side.
 * Read from the {@code "structure"} object of results.json, with each block's availability
 * resolved ({@link Figure}); the layout ({@link Layout}) knows nothing of scenarios.
 */
public sealed interface Block {

  /** The block's availability label. */
  Figure figure();

  /**
   * One box: a group (all of its units, or k of them), a quorum, or a standby's active or spare
   * group. Many units are one box with a count, never a box each.
   *
   * @param name the group's or the scope's name, the box's first line
   * @param details the lines under the name ("2 of 3", "spare"), possibly none
   * @param units how many units the box stands for; above 1 it is drawn as a stack
   */
  record Unit(String name, List<String> details, int units, Figure figure) implements Block {
    public Unit {
      Objects.requireNonNull(name, "name");
      details = List.copyOf(details);
      Objects.requireNonNull(figure, "figure");
    }
  }

  /** Parts one after another: up while every part is up. */
  record Series(String caption, Figure figure, List<Block> parts) implements Block {
    public Series {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(figure, "figure");
      parts = requireParts(parts);
    }
  }

  /**
   * Parts side by side between two rails, joined on the right by a {@link Junction}: none for a
   * parallel node (up while one part is up), a vote for k-of-n ("2/3"), a switch for a standby,
   * whose detector (when it has one) is drawn under the parts and wired to the switch.
   *
   * @param detector the name of the detector that drives the switch, or null
   */
  record Parallel(String caption, Figure figure, List<Block> parts, Junction junction,
      String detector) implements Block {
    public Parallel {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(figure, "figure");
      parts = requireParts(parts);
      Objects.requireNonNull(junction, "junction");
    }
  }

  /** How the parts of a {@link Parallel} block join on the right. */
  record Junction(Kind kind, String text) {

    /** A plain join, a k-of-n vote, or a standby's switch. */
    public enum Kind { JOIN, VOTE, SWITCH }

    public static final Junction JOIN = new Junction(Kind.JOIN, "");

    public Junction {
      Objects.requireNonNull(kind, "kind");
      text = text == null ? "" : text;
    }

    /** A k-of-n vote, labelled "k/n". */
    public static Junction vote(int k, int n) {
      return new Junction(Kind.VOTE, k + "/" + n);
    }

    /** A standby's switch. */
    public static Junction standbySwitch() {
      return new Junction(Kind.SWITCH, "S");
    }
  }

  private static List<Block> requireParts(List<Block> parts) {
    if (parts == null || parts.isEmpty()) {
      throw new IllegalArgumentException("a block needs at least one part");
    }
    return List.copyOf(parts);
  }
}
