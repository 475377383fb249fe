package dev.nines.scenarios.experiment;

import java.util.Objects;

/**
 * The method a run uses and why ({@link RunMethods#plan}): named by {@code --method}, or chosen by
 * nines for {@code --method auto} from the expected number of system failures in a replication.
 *
 * @param method the method used, never {@link Method#AUTO}
 * @param expectedFailures the system's analytic failure frequency × the observed window (horizon −
 *     warm-up); NaN when no formula gives the frequency
 * @param why the reason in words, as the stderr line gives it in parentheses
 */
public record MethodChoice(Method method, double expectedFailures, String why) {

  public MethodChoice {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(why, "why");
    if (method == Method.AUTO) {
      throw new IllegalArgumentException("a choice names the method used, not auto");
    }
  }

  /** What nines says on stderr after {@code nines: }, e.g. {@code method crude (about 40 ...)}. */
  public String line() {
    return "method " + method.text() + " (" + why + ")";
  }
}
