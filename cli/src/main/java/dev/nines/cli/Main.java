package dev.nines.cli;

import picocli.CommandLine;

/** The entry point of {@code nines}. Exit status 0 ok, 1 failure, 2 bad input (DESIGN.md §6). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status;
    try {
      status = NinesCommand.commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // Only a run forced past the size limits should get here: say what to do, not where it broke.
      System.err.println("nines: out of memory: this run needs more than Java may use here");
      System.err.println("  hint: give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx16g, or make the "
          + "scenario smaller (units, replications, workers)");
      status = ExitCodes.FAILURE;
    }
    System.exit(status);
  }
}
