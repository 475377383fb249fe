package dev.nines.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that nines cannot parse: one line saying what is wrong and one hint (the closest
 * command or option, or where the usage is), exit status 2, instead of the whole usage. The usage
 * is long enough to push the one line that matters off the screen.
 */
final class UsageErrors implements IParameterExceptionHandler {

  /** A name further than this many edits from every candidate is not worth suggesting. */
  private static final int MAX_DISTANCE = 2;

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String command = qualifiedName(cli);
    String unknown = unmatched(e).orElse(null);
    if (unknown != null && !unknown.startsWith("-") && !cli.getSubcommands().isEmpty()) {
      err.println(command + ": unknown command '" + unknown + "'");
      err.println("  hint: " + closest(unknown, cli.getSubcommands().keySet())
          .map(name -> "did you mean '" + command + " " + name + "'? ")
          .orElse("") + "'" + command + " --help' lists the commands");
    } else if (unknown != null && unknown.startsWith("-")) {
      String option = unknown.contains("=") ? unknown.substring(0, unknown.indexOf('=')) : unknown;
      err.println(command + ": unknown option '" + option + "'");
      err.println("  hint: " + closest(option, optionNames(cli))
          .map(name -> "did you mean " + name + "? ")
          .orElse("") + "'" + command + " --help' lists the options");
    } else {
      err.println(command + ": " + firstLine(e.getMessage()));
      err.println("  hint: '" + command + " --help' shows the usage and examples");
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** The first argument picocli could not place, if that is what went wrong. */
  private static Optional<String> unmatched(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return Optional.of(u.getUnmatched().get(0));
    }
    return Optional.empty();
  }

  /** "nines" or "nines run": the command as typed. */
  static String qualifiedName(CommandLine cli) {
    return cli.getCommandSpec().qualifiedName();
  }

  private static List<String> optionNames(CommandLine cli) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : cli.getCommandSpec().options()) {
      if (!option.hidden()) {
        names.addAll(List.of(option.names()));
      }
    }
    return names;
  }

  private static String firstLine(String message) {
    String m = message == null ? "bad arguments" : message.strip();
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline).strip();
  }

  /**
   * The candidate fewest edits from {@code typed}, if one is near enough (one edit in a short word,
   * two in a word of six letters or more); ties go to the first.
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(typed, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.min(MAX_DISTANCE, Math.max(1, typed.length() / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /**
   * The edit distance between two words: insertions, deletions, substitutions and swaps of two
   * neighbouring letters (optimal string alignment), so {@code rnu} is one edit from {@code run}.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
