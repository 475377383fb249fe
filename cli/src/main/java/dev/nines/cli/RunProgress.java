package dev.nines.cli;

import dev.nines.scenarios.experiment.Precision;
import dev.nines.scenarios.experiment.RunLoop;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress line of {@code nines run} on a terminal, on stderr, like the sweep's
 * ({@link Progress}): replications done of the current batch, events per second, and with
 * {@code --precision} the unavailability so far and its half-width against the goal (relative or
 * absolute, as the goal), or that no system failure was seen yet.
 * Nothing at all when not on a terminal (piped, or in tests): {@link #of} gives a silent listener.
 * What it shows is read off the clock and never reaches the results.
 */
final class RunProgress implements RunLoop.Listener, AutoCloseable {

  private final ProgressBar bar;
  private final Precision goal;
  private final long started = System.nanoTime();
  private final AtomicLong events = new AtomicLong();
  private volatile String estimate = "";

  private RunProgress(int first, Precision goal) {
    this.goal = goal;
    bar = new ProgressBarBuilder().setTaskName("run").setInitialMax(first)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" replications", 1).hideEta()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }

  /** A progress line for a run whose first batch has {@code first} replications, or none. */
  static RunLoop.Listener of(int first, Precision goal) {
    return Progress.onTerminal() ? new RunProgress(first, goal) : RunLoop.Listener.NONE;
  }

  @Override
  public void batch(int from, int to) {
    bar.maxHint(to);
  }

  @Override
  public void replicationDone(long fired) {
    long all = events.addAndGet(fired);
    double seconds = (System.nanoTime() - started) / 1e9;
    bar.setExtraMessage(estimate + Durations.number(all / Math.max(seconds, 1e-9)) + " events/s");
    bar.step();
  }

  @Override
  public void batchDone(int done, ConfidenceInterval u) {
    if (goal == null) {
      return;
    }
    double achieved = goal.achieved(u.mean(), u.low(), u.high());
    estimate = u.mean() == 0 ? "no system failure yet · "
        : "U " + Durations.number(u.mean()) + " ±" + goal.format(achieved) + " (goal "
            + goal.text() + ") · ";
  }

  /** Closes the line, if there is one. */
  static void close(RunLoop.Listener listener) {
    if (listener instanceof RunProgress progress) {
      progress.close();
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
