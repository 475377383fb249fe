package dev.nines.cli;

/**
 * The entry point of {@code nines}. Exit status 0 ok, 1 failure, 2 bad input (DESIGN.md §6); 3 a
 * run stopped by a limit, 130 by Ctrl-C.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status;
    try {
      status = NinesCommand.commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      status = outOfMemory();
    } catch (StackOverflowError e) {
      System.err.println("nines: internal error: the stack overflowed");
      System.err.println("This is a bug in nines, not in your input; please report it with the "
          + "scenario.");
      status = ExitCodes.FAILURE;
    }
    System.exit(status);
  }

  /** What a user can do about a run that needed more memory than the JVM has: no stack trace. */
  static int outOfMemory() {
    long max = Runtime.getRuntime().maxMemory() >> 20;
    System.err.println("nines: out of memory: this run needed more than the " + max
        + " MB this Java may use");
    System.err.println("  hint: use fewer units, replications or --threads, a shorter horizon, or "
        + "give Java more memory (JAVA_TOOL_OPTIONS=-Xmx16g)");
    return ExitCodes.FAILURE;
  }
}
