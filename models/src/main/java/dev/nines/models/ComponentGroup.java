package dev.nines.models;

import dev.nines.models.distributions.Distribution;
import java.util.Objects;

/**
 * A group of identical units, {@code name[0]..name[count-1]}. Each alternates up and down: time to
 * failure from {@code failure} (aging only while up), time to repair from {@code repair}. A group
 * with neither never fails.
 */
public record ComponentGroup(String name, int count, Distribution failure, Distribution repair) {

  public ComponentGroup {
    Objects.requireNonNull(name, "name");
    if (count < 1) {
      throw new IllegalArgumentException("group " + name + ": count must be at least 1, got " + count);
    }
    if ((failure == null) != (repair == null)) {
      throw new IllegalArgumentException("group " + name + ": give both failure and repair, or neither");
    }
  }

  /** False for groups that never fail, such as the servers of a pure traffic study. */
  public boolean fails() {
    return failure != null;
  }

  /** The name of unit i: {@code app[2]}. */
  public String unitName(int i) {
    return name + "[" + i + "]";
  }
}
