package dev.nines.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A long run's progress on a terminal (points done, replications, time left), drawn on stderr;
 * nothing at all when stderr is not a terminal (piped, or in tests), so scripts see clean output.
 */
abstract class Progress implements AutoCloseable {

  /** A bar for {@code total} points of which {@code done} are finished, or a silent one. */
  static Progress of(PrintWriter err, int total, int done) {
    if (!onTerminal()) {
      return new Progress() {
        @Override
        void step(int replications) {}

        @Override
        public void close() {}
      };
    }
    return new Bar(total, done);
  }

  /**
   * Whether nines talks to a person: a console (stdin and stdout on a terminal). Piped output, as
   * from {@code --json | jq}, or a test, gets no progress line.
   */
  static boolean onTerminal() {
    return System.console() != null;
  }

  /** One more point finished, after this many replications. */
  abstract void step(int replications);

  @Override
  public abstract void close();

  private static final class Bar extends Progress {
    private final ProgressBar bar;
    private long replications;

    Bar(int total, int done) {
      bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" points", 1)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
      bar.stepTo(done);
    }

    @Override
    void step(int replications) {
      this.replications += replications;
      bar.setExtraMessage(this.replications + " replications");
      bar.step();
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
