package dev.nines.models.failover;

import java.io.Serializable;

/**
 * What one replication saw of a standby node over the observed window [warm-up, horizon].
 *
 * @param switchovers switchovers started after the warm-up (each attempt counts, instant ones too)
 * @param failedSwitchovers those of them that failed: the switch itself failed (probability
 *     switchFailure) or the target went down while switching
 * @param needlessSwitchovers those of them that a false suspicion started: the first switchover of
 *     a failover begun while the active unit was actually up
 * @param downUndetected seconds down with the active unit failed and not yet detected
 * @param downSwitching seconds down while a switchover was in progress
 * @param downNoSpare seconds down because a failover found no healthy spare
 * @param downRepair seconds down because every healthy spare had failed to take over
 */
public record StandbyObservation(
    int switchovers,
    int failedSwitchovers,
    int needlessSwitchovers,
    double downUndetected,
    double downSwitching,
    double downNoSpare,
    double downRepair) implements Serializable {

  /** Total down time in the window: the sum of the four parts. */
  public double downTime() {
    return downUndetected + downSwitching + downNoSpare + downRepair;
  }
}
