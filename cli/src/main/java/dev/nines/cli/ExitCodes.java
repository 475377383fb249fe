package dev.nines.cli;

/** The exit statuses of DESIGN.md §6. */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
