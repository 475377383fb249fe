package dev.nines.cli;

import java.util.ListResourceBundle;

/**
 * The help of the shared options ({@link RunOptions}) where a command does something else with
 * them than {@code run}: what a stopped {@code compare} or {@code sweep} keeps, and what
 * {@code sweep -o} writes. Picocli reads a command's resource bundle for each option's
 * description, keyed by the option's long name without dashes ({@code @Command(resourceBundle)}),
 * so each command's help says what that command does.
 */
final class OptionHelp {

  private OptionHelp() {}

  /** {@code nines compare}: a comparison is all or nothing. */
  public static final class Compare extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"timeout", "Stop after this much wall-clock time, e.g. 10m, and write nothing, neither "
            + "the table nor -o (exit status 3): the balancers are compared on the same "
            + "replications, so a comparison is all or nothing."},
        {"max-events", "Stop after this many simulated events in all, e.g. 1e9, and write "
            + "nothing, as with --timeout (exit status 3)."},
      };
    }
  }

  /** {@code nines sweep}: a stopped sweep keeps its finished points. */
  public static final class Sweep extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"timeout", "Stop after this much wall-clock time, e.g. 10m, printing no table (exit "
            + "status 3); with -o the finished points are kept, and the same command run again "
            + "goes on from there."},
        {"max-events", "Stop after this many simulated events in all, e.g. 1e9, as with "
            + "--timeout (exit status 3)."},
        {"output", "Append each point to DIR/points.jsonl as it finishes (so a stopped sweep "
            + "goes on from there when run again), then write results.json, charts/*.png|svg "
            + "and a self-contained report.html into DIR (created if missing)."},
      };
    }
  }
}
