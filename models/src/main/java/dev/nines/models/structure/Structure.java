package dev.nines.models.structure;

import dev.nines.models.distributions.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * The system structure: a tree whose leaves name component groups. A node is up when enough of its
 * parts are up. Every node is a k-of-n gate in disguise: a group is all of its units, series is all of
 * its parts, parallel is one of them. Two leaves are more than a gate: a {@link Standby} fails over
 * from an active unit to spares, and a {@link Quorum} needs a majority and an elected leader.
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

  /**
   * An active unit and its spares. On a detected failure of the active unit, a switchover to the
   * first healthy spare takes {@code switchover} and fails with probability {@code switchFailure};
   * spares wait {@code mode}-wise, aging at {@code dormancy} of the active pace. Up while the active
   * unit is up and switched in.
   *
   * @param name the scope its figures are reported under
   * @param active the group holding the active unit (one unit)
   * @param spares the groups holding the spares, whose units are tried in the order written
   * @param dormancy the pace at which a waiting spare ages: 1 hot, 0 cold, in between warm
   * @param detector the detector that notices the active unit's failure, or null for instant and
   *     perfect detection
   * @param switchover the time a switchover takes, or null for an instant one
   * @param switchFailure the probability that one switchover fails, in [0, 1)
   */
  record Standby(String name, String active, List<String> spares, StandbyMode mode,
      double dormancy, String detector, Distribution switchover, double switchFailure)
      implements Structure {
    public Standby {
      requireName(name);
      requireName(active);
      spares = List.copyOf(spares);
      if (spares.isEmpty()) {
        throw new IllegalArgumentException("standby " + name + " needs at least one spare group");
      }
      spares.forEach(Structure::requireName);
      java.util.Objects.requireNonNull(mode, "mode");
      double expected = mode == StandbyMode.HOT ? 1 : mode == StandbyMode.COLD ? 0 : dormancy;
      if (!(dormancy >= 0 && dormancy <= 1) || dormancy != expected) {
        throw new IllegalArgumentException("standby " + name + ": dormancy " + dormancy
            + " does not fit mode " + mode.word() + " (hot 1, cold 0, warm in [0, 1])");
      }
      if (!(switchFailure >= 0 && switchFailure < 1)) {
        throw new IllegalArgumentException("standby " + name
            + ": switchFailure must lie in [0, 1), got " + switchFailure);
      }
    }

    /** The active group, then the spare groups. */
    public List<String> groups() {
      List<String> all = new ArrayList<>();
      all.add(active);
      all.addAll(spares);
      return all;
    }

    /** Instant, perfect detection and switching: the exact chain of its units applies as it is. */
    public boolean isIdeal() {
      return detector == null && switchover == null && switchFailure == 0;
    }
  }

  /**
   * A Raft-style cluster over the units of one group: up while a majority of them is up and an
   * elected leader is up. When the leader fails, each follower starts an election once it has heard
   * nothing from the leader for its own election timeout, drawn from {@code electionTimeout}.
   *
   * @param name the scope its figures are reported under
   * @param heartbeat the detector whose interval and delay the leader's heartbeats and the votes
   *     use, or null for heartbeats and votes that arrive at once and continuously
   */
  record Quorum(String name, String group, String heartbeat, Distribution electionTimeout)
      implements Structure {
    public Quorum {
      requireName(name);
      requireName(group);
      java.util.Objects.requireNonNull(electionTimeout, "electionTimeout");
    }

    /** The number of units that make a majority of n. */
    public static int majority(int n) {
      return n / 2 + 1;
    }
  }

  /** The groups a leaf names: one for a group or k-of-n, the pool of a standby; none for others. */
  public static List<String> groupsOf(Structure node) {
    if (node instanceof Group g) {
      return List.of(g.name());
    } else if (node instanceof AtLeastOfGroup a) {
      return List.of(a.group());
    } else if (node instanceof Standby s) {
      return s.groups();
    } else if (node instanceof Quorum q) {
      return List.of(q.group());
    }
    return List.of();
  }

  /** The parts of a series, parallel or atLeast node; empty for the leaves that name groups. */
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
