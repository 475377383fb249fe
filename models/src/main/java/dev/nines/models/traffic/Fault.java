package dev.nines.models.traffic;

import java.util.Objects;

/**
 * A scripted fault: unit {@code group[index]} is held down from {@code at} for {@code duration}
 * seconds (it cannot come up before the end, whatever its own repair does; a renewal unit does not
 * age while held, a Markov unit's chain goes on).
 */
public record Fault(double at, String group, int index, double duration) {

  public Fault {
    Objects.requireNonNull(group, "group");
    if (!(at >= 0) || Double.isInfinite(at)) {
      throw new IllegalArgumentException("fault time must be non-negative, got " + at);
    }
    if (index < 0) {
      throw new IllegalArgumentException("unit index must be non-negative, got " + index);
    }
    if (!(duration > 0) || Double.isInfinite(duration)) {
      throw new IllegalArgumentException("fault duration must be positive and finite, got "
          + duration);
    }
  }

  /** The unit's name, such as {@code app[1]}. */
  public String unit() {
    return group + "[" + index + "]";
  }
}
