package dev.nines.scenarios.experiment;

import dev.nines.scenarios.Scenario;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.List;

/**
 * The hook through which a run method simulates a scenario: what one replication is under the
 * method, and the figures of replications 0..n-1. {@link RunLoop} drives it, in batches of
 * replications in replication order, so every method gets {@code --precision},
 * {@code --max-replications}, {@code --timeout}, Ctrl-C and the same output for any thread count.
 * {@link CrudeRunner} is plain simulation; a rare-event engine comes in through
 * {@link RunMethods}.
 *
 * <p>An implementation is bound to one scenario (with its seed) when it is made, and must be safe
 * to call from many threads at once: replications run in parallel.
 *
 * @param <R> what one replication yields: a {@link Replication} for plain simulation, or whatever a
 *     rare-event method records of it (regenerative cycles and their likelihood ratios, the
 *     levels reached by splitting); it should be {@link java.io.Serializable} if it is to run
 *     elsewhere
 */
public interface ReplicationRunner<R> {

  /**
   * Runs replication {@code replication}: it draws on the streams of (seed, replication) only, so
   * it is the same wherever, whenever and on whichever thread it runs. It counts its events on
   * {@code signal} and throws {@link StopSignal.Stopped} once the signal is up.
   */
  R replicate(int replication, StopSignal signal);

  /** The events a replication fired: its work, for the progress line (events per second). */
  long events(R replication);

  /**
   * The system's unavailability and its confidence interval over replications 0..n-1 (in this
   * order): what {@code --precision} judges after each batch. The same interval as the
   * {@code unavailability} figure of {@link #summarize}, and cheap next to it: it is asked after
   * every batch, {@link #summarize} once at the end.
   */
  ConfidenceInterval unavailability(List<R> replications);

  /**
   * Every figure of replications 0..n-1 (in this order), the system's {@code unavailability}
   * among them, each figure's {@link Diagnostics} where it has them.
   *
   * @param replications as many as {@code scenario.replications()} says
   */
  ExperimentResult summarize(Scenario scenario, List<R> replications);
}
