package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a run estimates its figures ({@code --method}): plain simulation, or a rare-event method for
 * systems whose failures are too rare for it (DESIGN.md §8). {@link #AUTO} leaves the choice to
 * nines ({@link RunMethods#choose}); the others are what a run actually uses.
 */
public enum Method {
  /** Let nines choose, by the expected number of system failures per replication. */
  AUTO,
  /** Plain (crude) Monte Carlo: independent replications of the scenario as written. */
  CRUDE,
  /** Importance sampling: failures made likelier, each replication weighted by its likelihood ratio. */
  IMPORTANCE,
  /** Importance splitting: trajectories that come close to a system failure are cloned. */
  SPLITTING;

  /** The name on the command line and in the output: {@code crude}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every method's name, in the order above. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Method::text).toList();
  }

  /**
   * The method named {@code text} (ignoring case).
   *
   * @throws IllegalArgumentException for any other word, with a did-you-mean and the list of methods
   */
  public static Method parse(String text) {
    for (Method m : values()) {
      if (m.text().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    String close = Suggestions.closest(text.trim(), names());
    throw new IllegalArgumentException("unknown method '" + text + "'"
        + (close == null ? "" : " (did you mean '" + close + "'?)")
        + "; the methods are: " + String.join(", ", names()));
  }
}
