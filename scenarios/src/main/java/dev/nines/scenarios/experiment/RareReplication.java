package dev.nines.scenarios.experiment;

import dev.nines.simulator.rare.WeightedReplication;
import java.util.Objects;

/**
 * One replication of a rare-event run ({@link RareEventRunner}): what the rare-event method
 * estimated of the system, and the plain simulation of the same replication (the same seed and
 * streams, so the same trajectory as the method's own unbiased one), from which the figures of
 * every other scope come: groups, crews, detectors, standbys and quorums, whose events are not
 * rare. A record of plain data, so a sweep's block run on another machine carries it back
 * ({@code Portable}).
 *
 * @param rare the method's weighted sums for the system
 * @param plain the plain simulation of the same replication
 */
public record RareReplication(WeightedReplication rare, Replication plain) {

  public RareReplication {
    Objects.requireNonNull(rare, "rare");
    Objects.requireNonNull(plain, "plain");
  }
}
