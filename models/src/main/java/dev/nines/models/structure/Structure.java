package dev.nines.models.structure;

import java.util.List;

/**
 * The system structure: a tree whose leaves name component groups. A node is up when enough of its
 * parts are up. Every node is a k-of-n gate in disguise: a group is all of its units, series is all of
 * its parts, parallel is one of them.
 */
public sealed interface Structure {

  /** Up while every unit of the group is up. */
  record Group(String name) implements Structure {
    public Group {
      requireName(name);
    }
  }

  /** Up while at least k of the group's units are up (k-of-n over one group). */
  record AtLeastOfGroup(int k, String group) implements Structure {
    public AtLeastOfGroup {
      requireName(group);
      if (k < 1) {
        throw new IllegalArgumentException("atLeast needs k >= 1, got " + k);
      }
    }
  }

  /** Up while every part is up. */
  record Series(List<Structure> parts) implements Structure {
    public Series {
      parts = requireParts(parts);
    }
  }

  /** Up while at least one part is up. */
  record Parallel(List<Structure> parts) implements Structure {
    public Parallel {
      parts = requireParts(parts);
    }
  }

  /** Up while at least k of the parts are up. */
  record AtLeast(int k, List<Structure> parts) implements Structure {
    public AtLeast {
      parts = requireParts(parts);
      if (k < 1 || k > parts.size()) {
        throw new IllegalArgumentException("atLeast needs 1 <= k <= " + parts.size() + ", got " + k);
      }
    }
  }

  /** The parts of a series, parallel or atLeast node; empty for the leaves that name a group. */
  public static List<Structure> partsOf(Structure node) {
    if (node instanceof Series s) {
      return s.parts();
    } else if (node instanceof Parallel p) {
      return p.parts();
    } else if (node instanceof AtLeast a) {
      return a.parts();
    }
    return List.of();
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a group name must not be blank");
    }
  }

  private static List<Structure> requireParts(List<Structure> parts) {
    if (parts == null || parts.isEmpty()) {
      throw new IllegalArgumentException("a structure node needs at least one part");
    }
    return List.copyOf(parts);
  }
}
