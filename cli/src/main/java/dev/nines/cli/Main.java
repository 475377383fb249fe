package dev.nines.cli;

import picocli.CommandLine;

/** The entry point of {@code nines}. Exit status 0 ok, 1 failure, 2 bad input (DESIGN.md §6). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(NinesCommand.commandLine().execute(args));
  }
}
