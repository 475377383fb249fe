package dev.nines.cli;

/**
 * The exit statuses of DESIGN.md §6, and those of a run that stopped early: 3 when a limit
 * ({@code --timeout}, {@code --max-events}) stopped it, and 128 + the signal's number when Ctrl-C
 * (130) or {@code kill} (143) did, as shells report a process killed by that signal.
 */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;
  public static final int INCOMPLETE = 3;
  public static final int INTERRUPTED = 130;
  public static final int TERMINATED = 143;

  private ExitCodes() {}
}
