package dev.nines.models.failover;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import org.junit.jupiter.api.Test;

/** Quorum figures against theory, split votes, and the cost of a run. */
class QuorumStatisticsTest {

  private static final double H = Durations.HOUR;
  private static final double MS = 0.001;
  private static final long SEED = 2026;
  private static final double LEVEL = 0.999;

  @Test
  void theMajorityIsUpAsOftenAsTheKOfNFormulaSays() {
    double mttf = 10 * H;
    double mttr = 5 * H;
    Tally fraction = new Tally();
    Tally availability = new Tally();
    for (int r = 0; r < 20; r++) {
      RandomStreams streams = new RandomStreams(SEED, r);
      QuorumObservation seen = QuorumNodeTest.Cluster.random(5, new Exponential(mttf),
              new Exponential(mttr), streams)
          .run(new Uniform(0.15, 0.3), null, streams, 100 * H, 200_000 * H);
      fraction.add(seen.majorityUpFraction());
      availability.add(seen.availability());
    }
    double a = mttf / (mttf + mttr);
    double expected = 0;
    for (int k = 3; k <= 5; k++) {
      expected += binomial(5, k) * Math.pow(a, k) * Math.pow(1 - a, 5 - k);
    }
    ConfidenceInterval ci = fraction.confidenceInterval(LEVEL);
    assertTrue(ci.contains(expected), ci + " should contain " + expected);
    assertTrue(ci.halfWidth() / (1 - expected) < 0.02, "too wide: " + ci);
    // Elections cost a little on top of a lost majority: the cluster is up a bit less.
    assertTrue(availability.mean() < fraction.mean());
  }

  @Test
  void aNarrowTimeoutRangeCausesSplitVotesAndLongerElections() {
    Heartbeat heartbeat = new Heartbeat(50 * MS, 100 * MS, 0, new Exponential(5 * MS));
    ConfidenceInterval wide = meanElectionTime(new Uniform(150 * MS, 300 * MS), heartbeat);
    ConfidenceInterval narrow = meanElectionTime(new Uniform(150 * MS, 151 * MS), heartbeat);
    assertTrue(wide.relativeHalfWidth() < 0.1, "too wide: " + wide);
    assertTrue(narrow.relativeHalfWidth() < 0.1, "too wide: " + narrow);
    double gap = narrow.mean() - wide.mean();
    assertTrue(gap > 3 * (wide.halfWidth() + narrow.halfWidth()),
        "narrow " + narrow + " should be well above wide " + wide);
  }

  /** The mean election time of a 5-member cluster, one mean per replication. */
  private static ConfidenceInterval meanElectionTime(Distribution timeout, Heartbeat heartbeat) {
    Tally mean = new Tally();
    for (int r = 0; r < 20; r++) {
      RandomStreams streams = new RandomStreams(SEED, r);
      QuorumObservation seen = QuorumNodeTest.Cluster.random(5, new Exponential(1 * H),
              new Exponential(0.2 * H), streams)
          .run(timeout, heartbeat, streams, 0, 1000 * H);
      assertTrue(seen.elections() > 300, "expected many elections, got " + seen.elections());
      mean.add(seen.meanElectionTime());
    }
    return mean.confidenceInterval(LEVEL);
  }

  @Test
  void eventsGrowWithFailuresNotWithHeartbeats() {
    RandomStreams streams = new RandomStreams(SEED, 0);
    QuorumNodeTest.Cluster cluster = QuorumNodeTest.Cluster.random(5, new Exponential(1000 * H),
        new Exponential(8 * H), streams);
    QuorumObservation seen = cluster.run(new Uniform(150 * MS, 300 * MS),
        new Heartbeat(50 * MS, 100 * MS, 0, new Exponential(5 * MS)), streams, 0,
        10 * Durations.YEAR);
    assertTrue(cluster.unitFailures > 100, "expected failures, got " + cluster.unitFailures);
    assertTrue(seen.elections() > 10, "expected elections, got " + seen.elections());
    long events = cluster.sim.eventsFired();
    assertTrue(events < 100 * cluster.unitFailures + 1000,
        events + " events for " + cluster.unitFailures + " failures");
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
