package dev.nines.benchmarks.coverage;

import java.util.Objects;

/**
 * One figure nines reports and its exact value, worked out here independently of the simulator.
 *
 * @param scope the figure's scope in the experiment's result: {@code system}, a group, a crew, a
 *     detector or {@code traffic}
 * @param name the figure's name, such as {@code mtbf} or {@code availability-at-5h}
 * @param exact the exact value, in the result's units (seconds for times)
 * @param unit {@code 1}, {@code s} or {@code 1/s}, for display
 * @param range the values the figure can take
 * @param certain whether the figure cannot vary at all (a success ratio of exactly 1 with nothing
 *     that can fail): then a zero-width interval is right, not a defect
 * @param formula how the exact value was derived, in a few words
 */
public record Figure(String scope, String name, double exact, String unit, Range range,
    boolean certain, String formula) {

  public Figure {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(formula, "formula");
    if (!Double.isFinite(exact)) {
      throw new IllegalArgumentException(scope + "/" + name + ": exact value must be finite");
    }
  }

  /** A figure that varies from run to run. */
  static Figure of(String scope, String name, double exact, String unit, Range range,
      String formula) {
    return new Figure(scope, name, exact, unit, range, false, formula);
  }

  /** {@code scope/name}, as rows name it. */
  String label() {
    return scope + "/" + name;
  }
}
