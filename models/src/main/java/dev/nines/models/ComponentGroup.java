package dev.nines.models;

import dev.nines.models.distributions.Distribution;
import java.util.Objects;

/**
 * A group of identical units, {@code name[0]..name[count-1]}. Each alternates up and down: time to
 * failure from {@code failure} (aging only while up), time to repair from {@code repair}, which
 * starts when a repairer of its {@code crew} is free (no crew: at once). Or, instead, each unit's
 * state follows the {@code markov} chain. A group with none of these never fails.
 *
 * @param crew the name of the crew that repairs this group's units, or null
 */
public record ComponentGroup(
    String name, int count, Distribution failure, Distribution repair, MarkovChain markov, String crew) {

  public ComponentGroup {
    Objects.requireNonNull(name, "name");
    if (count < 1) {
      throw new IllegalArgumentException("group " + name + ": count must be at least 1, got " + count);
    }
    if ((failure == null) != (repair == null)) {
      throw new IllegalArgumentException("group " + name + ": give both failure and repair, or neither");
    }
    if (markov != null && failure != null) {
      throw new IllegalArgumentException("group " + name + ": give failure/repair or markov, not both");
    }
    if (markov != null && crew != null) {
      throw new IllegalArgumentException("group " + name + ": a markov group's repairs are in its chain;"
          + " it cannot name a crew");
    }
    if (crew != null && failure == null) {
      throw new IllegalArgumentException("group " + name + ": names crew " + crew
          + " but never fails");
    }
  }

  /** A group of units that fail and are repaired at once, without a crew. */
  public ComponentGroup(String name, int count, Distribution failure, Distribution repair) {
    this(name, count, failure, repair, null, null);
  }

  /** False for groups that never fail, such as the servers of a pure traffic study. */
  public boolean fails() {
    return failure != null || markov != null;
  }

  /** True when each unit's state follows a Markov chain. */
  public boolean isMarkov() {
    return markov != null;
  }

  /** The name of unit i: {@code app[2]}. */
  public String unitName(int i) {
    return name + "[" + i + "]";
  }
}
