package dev.nines.scenarios.sweep;

import dev.nines.scenarios.ScenarioPaths;
import java.util.List;
import java.util.Objects;

/**
 * One swept field: a path into the scenario ({@code components.app.count}) and the values it takes.
 */
public record Parameter(String path, List<Value> values) {

  public Parameter {
    Objects.requireNonNull(path, "path");
    ScenarioPaths.checkForm(path);
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(path + ": no values");
    }
  }

  /**
   * Parses {@code PATH=VALUES} as given to {@code --set}.
   *
   * @throws IllegalArgumentException for a missing '=', a bad path or bad values
   */
  public static Parameter parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("'" + text + "' is not PATH=VALUES; e.g. "
          + "components.app.count=1,2,3 or crews.ops.size=1..4");
    }
    String path = text.substring(0, eq).trim();
    return new Parameter(path, SweepValues.parse(text.substring(eq + 1).trim()));
  }

  /** Whether every value is a number (a count or a duration), so it can be an axis. */
  public boolean numeric() {
    return values.stream().allMatch(v -> Double.isFinite(v.number()));
  }
}
