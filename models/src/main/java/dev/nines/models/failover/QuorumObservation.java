package dev.nines.models.failover;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one replication saw of a {@link QuorumNode}, from the end of the warm-up to the horizon.
 * The cluster's up time is {@code observedTime - downElection - downNoMajority}.
 *
 * @param elections elections won after the warm-up
 * @param electionTimes their durations, in seconds, in the order they were won: each from the
 *     moment the election could start (leader lost with a majority up, or a majority regained
 *     without a leader) to the new leader
 * @param downElection seconds down with a majority up but no leader
 * @param downNoMajority seconds down because fewer than a majority of the members were up
 * @param majorityUpTime seconds with at least a majority of the members up
 * @param observedTime horizon minus warm-up, in seconds
 */
public record QuorumObservation(int elections, double[] electionTimes, double downElection,
    double downNoMajority, double majorityUpTime, double observedTime) implements Serializable {

  public QuorumObservation {
    electionTimes = electionTimes.clone();
    if (electionTimes.length != elections) {
      throw new IllegalArgumentException(
          elections + " elections but " + electionTimes.length + " election times");
    }
  }

  /** The election durations (a copy). */
  @Override
  public double[] electionTimes() {
    return electionTimes.clone();
  }

  /** The mean election duration in seconds; NaN when no election was won. */
  public double meanElectionTime() {
    if (elections == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double t : electionTimes) {
      sum += t;
    }
    return sum / elections;
  }

  /** The fraction of the observed time the cluster was up. */
  public double availability() {
    return (observedTime - downElection - downNoMajority) / observedTime;
  }

  /** The fraction of the observed time at least a majority of the members was up. */
  public double majorityUpFraction() {
    return majorityUpTime / observedTime;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QuorumObservation o
        && elections == o.elections
        && Arrays.equals(electionTimes, o.electionTimes)
        && Double.compare(downElection, o.downElection) == 0
        && Double.compare(downNoMajority, o.downNoMajority) == 0
        && Double.compare(majorityUpTime, o.majorityUpTime) == 0
        && Double.compare(observedTime, o.observedTime) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(electionTimes) + java.util.Objects.hash(
        elections, downElection, downNoMajority, majorityUpTime, observedTime);
  }

  @Override
  public String toString() {
    return "QuorumObservation[elections=" + elections + ", electionTimes="
        + Arrays.toString(electionTimes) + ", downElection=" + downElection + ", downNoMajority="
        + downNoMajority + ", majorityUpTime=" + majorityUpTime + ", observedTime=" + observedTime
        + "]";
  }
}
