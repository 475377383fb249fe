package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a method's replications in batches, in replication order, and decides only between batches,
 * so the result is the same for any number of threads.
 *
 * <p>Without a precision goal there is one batch: the scenario's replications. With one
 * ({@code --precision}), the batches end at fixed replication counts, the
 * {@linkplain #nextBoundary boundaries} n, 2n, 4n, ... (n the scenario's replications), the last
 * one cut to the maximum: after each batch the system's unavailability over replications
 * 0..k-1 is judged, and the run stops at the first boundary where it meets the goal. Which thread
 * finished first never matters: a boundary's replications are always the same ones.
 *
 * <p>A stop signal (Ctrl-C, {@code --timeout}, {@code --max-events}) may end a run inside a batch:
 * the result is then the figures of replications 0..k-1 that finished, in order, marked
 * incomplete. So is a run that reached the maximum without meeting its goal.
 */
public final class RunLoop {

  /**
   * The most replications a precision run may take without {@code --force}: the scenario
   * language's own limit on replications, whose figures are all kept until the run ends.
   */
  public static final int MAX_REPLICATIONS = 100_000;

  private RunLoop() {}

  /** What the progress line is told; every method may be called from any thread. */
  public interface Listener {
    /** Tells nothing to nobody. */
    Listener NONE = new Listener() {};

    /** Replications {@code from}..{@code to}-1 are about to run. */
    default void batch(int from, int to) {}

    /** A replication finished after firing this many events (in any order, from any thread). */
    default void replicationDone(long events) {}

    /** A batch finished: the system's unavailability over replications 0..{@code done}-1. */
    default void batchDone(int done, ConfidenceInterval unavailability) {}
  }

  /**
   * The replication count where the batch after {@code done} replications ends: the first batch
   * ends at {@code first}, each later one at twice the one before, none beyond {@code max}.
   */
  public static int nextBoundary(int done, int first, int max) {
    return (int) Math.min(max, done == 0 ? first : 2L * done);
  }

  /**
   * Runs the scenario with {@code runner}.
   *
   * @param precision the goal for the system's unavailability, or null for the scenario's
   *     replications only
   * @param maxReplications with a precision, the most replications to run (at least 2)
   * @throws Experiment.StoppedEarly when stopped before two replications finished
   */
  public static <R> ExperimentResult run(ReplicationRunner<R> runner, Scenario scenario,
      int threads, Precision precision, int maxReplications, StopSignal signal,
      Listener listener) {
    int first = scenario.replications();
    if (precision != null && maxReplications < 2) {
      throw new IllegalArgumentException("the most replications must be at least 2, got "
          + maxReplications);
    }
    int max = precision == null ? first : maxReplications;
    List<R> kept = new ArrayList<>();
    ConfidenceInterval u = null;
    boolean stopped = false;
    boolean met = false;
    while (true) {
      int from = kept.size();
      int to = nextBoundary(from, first, max);
      listener.batch(from, to);
      List<R> batch = Replications.run(to - from, threads, i -> {
        R r = runner.replicate(from + i, signal);
        listener.replicationDone(runner.events(r));
        return r;
      }, signal);
      kept.addAll(batch);
      if (batch.size() < to - from) {
        stopped = true;
        break;
      }
      u = runner.unavailability(kept);
      listener.batchDone(kept.size(), u);
      met = precision != null && precision.met(u.mean(), u.low(), u.high());
      if (precision == null || met || kept.size() >= max) {
        break;
      }
    }
    int finished = kept.size();
    String why = null;
    if (stopped) {
      why = signal.reason() + " after " + finished + (precision == null
          ? " of " + first + " replications"
          : " replications, before the " + precision.kind() + " of the unavailability reached "
              + precision.text());
      if (finished < 2) {
        throw new Experiment.StoppedEarly(why);
      }
    } else if (precision != null && !met) {
      why = "the precision was not met within --max-replications " + max + ": the "
          + precision.kind() + " of the unavailability is " + precision.reached(u.mean(), u.low(),
              u.high()) + ", the goal " + precision.text();
    }
    Scenario ran = finished == first ? scenario : scenario.withReplications(finished);
    ExperimentResult result = runner.summarize(ran, kept);
    if (why != null) {
      result = result.stoppedEarly(why);
    }
    if (precision != null) {
      ConfidenceInterval all = stopped ? runner.unavailability(kept) : u;
      result = result.withPrecision(new PrecisionOutcome(precision, met,
          precision.achieved(all.mean(), all.low(), all.high()),
          precision.reached(all.mean(), all.low(), all.high())));
    }
    return result;
  }
}
