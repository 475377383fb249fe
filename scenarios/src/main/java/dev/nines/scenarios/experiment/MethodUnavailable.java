package dev.nines.scenarios.experiment;

/**
 * A method that cannot run a scenario, and why: the engine cannot model one of its parts, or is
 * not part of this build. A bad option, not a failure: {@code nines} prints the message and exits
 * with status 2.
 */
public final class MethodUnavailable extends Exception {
  private static final long serialVersionUID = 1L;

  private final Method method;

  public MethodUnavailable(Method method, String reason) {
    super("--method " + method.text() + ": not available for this scenario: " + reason);
    this.method = method;
  }

  /** The method that cannot run. */
  public Method method() {
    return method;
  }
}
