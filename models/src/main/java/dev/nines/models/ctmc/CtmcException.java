package dev.nines.models.ctmc;

/**
 * A Markov chain computation that cannot give a trustworthy answer: an iterative solver that did
 * not converge (the message gives the residual reached and the iterations spent), a chain too large
 * for the method asked for, or a chain whose structure makes the question ill-posed (for example a
 * steady state asked of a chain with two closed classes).
 */
public final class CtmcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what went wrong and, where possible, what to do. */
  public CtmcException(String message) {
    super(message);
  }
}
