package dev.nines.scenarios.sweep;

import java.util.Objects;

/**
 * One value of a swept setting: the text that goes into the scenario and the number that goes into
 * charts and costs.
 *
 * @param text as the scenario reads it, e.g. {@code 3}, {@code 1h}, {@code 1.0E-4}, {@code random}
 * @param number the count or plain number, seconds for a duration, NaN for a name
 */
public record Value(String text, double number) {

  public Value {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a swept value must not be blank");
    }
  }

  /** Whether the value has a number (it is not a name). */
  public boolean isNumber() {
    return !Double.isNaN(number);
  }

  @Override
  public String toString() {
    return text;
  }
}
