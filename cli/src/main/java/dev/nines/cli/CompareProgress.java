package dev.nines.cli;

import dev.nines.scenarios.experiment.Comparison;
import dev.nines.simulator.Durations;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress line of {@code nines compare} on a terminal, on stderr, like {@code run}'s
 * ({@link RunProgress}) and the sweep's ({@link Progress}): replications done of all the variants'
 * (balancers × loads), the time left, events per second and the variant under way. Nothing at
 * all when not on a terminal (piped, or in tests): {@link #of} gives a silent listener. What it
 * shows is read off the clock and never reaches the results.
 */
final class CompareProgress implements Comparison.Listener, AutoCloseable {

  private final ProgressBar bar;
  private final long started = System.nanoTime();
  private final AtomicLong events = new AtomicLong();
  private volatile String variant = "";

  /** A line for {@code variants} variants of {@code replications} each, drawn on {@code out}. */
  CompareProgress(int replications, int variants, ProgressBarConsumer out) {
    bar = new ProgressBarBuilder().setTaskName("compare")
        .setInitialMax((long) replications * variants).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" replications", 1).setConsumer(out).build();
  }

  /** A progress line for a comparison, on a terminal; else none. */
  static Comparison.Listener of(int replications, int variants) {
    return of(Progress.onTerminal(), replications, variants);
  }

  /** A progress line on stderr when {@code terminal}, else a listener that tells nobody. */
  static Comparison.Listener of(boolean terminal, int replications, int variants) {
    return terminal
        ? new CompareProgress(replications, variants, new ConsoleProgressBarConsumer(System.err))
        : Comparison.Listener.NONE;
  }

  @Override
  public void variant(int index, int total, String balancer, double load) {
    variant = label(index, total, balancer, load);
  }

  @Override
  public void replicationDone(long fired) {
    long all = events.addAndGet(fired);
    double seconds = (System.nanoTime() - started) / 1e9;
    bar.setExtraMessage(message(variant, all, seconds));
    bar.step();
  }

  /** The variant under way, e.g. {@code power-of-two at ρ 0.9 (2/8)}. */
  static String label(int index, int total, String balancer, double load) {
    return balancer + (Double.isNaN(load) ? "" : " at ρ " + Durations.number(load))
        + " (" + (index + 1) + "/" + total + ")";
  }

  /**
   * What follows the bar: the events per second so far, then the variant under way (first what a
   * narrow terminal must not cut).
   */
  static String message(String variant, long events, double seconds) {
    return Durations.number(events / Math.max(seconds, 1e-9)) + " events/s · " + variant;
  }

  /** Closes the line, if there is one. */
  static void close(Comparison.Listener listener) {
    if (listener instanceof CompareProgress progress) {
      progress.close();
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
