package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The election figures against the real engine: a quorum simulated with instant messages. */
class ElectionTimeSimulationTest {

  private static final double MS = 0.001;
  private static final double H = 3600;
  private static final double LEVEL = 0.99;
  private static final int REPLICATIONS = 20;
  private static final double WARMUP = 100 * H;

  @Test
  void fiveNodesWithTimeoutsBothShorterAndLongerThanTheHeartbeatInterval() {
    // Timeouts from 20 ms, under the 50 ms interval: some elections end as the leader fails.
    check(5, 100 * H, 10 * H, 0, new Uniform(20 * MS, 300 * MS), 2_000_000 * H);
  }

  @Test
  void threeNodesAndOneTechnicianOftenRegainTheMajorityWithoutALeader() {
    check(3, 100 * H, 25 * H, 1, new Uniform(100 * MS, 300 * MS), 2_000_000 * H);
  }

  private static void check(int n, double mttf, double mttr, int crew, Uniform timeout,
      double horizon) {
    var group = new ComponentGroup("node", n, new Exponential(mttf), new Exponential(mttr), null,
        crew > 0 ? "tech" : null);
    var quorum = new Structure.Quorum("raft", "node", "hb", timeout);
    var model = new SystemModel(List.of(group),
        crew > 0 ? List.of(new Crew("tech", crew)) : List.of(),
        List.of(new Detector("hb", new Heartbeat(50 * MS, 100 * MS))), quorum);
    QuorumAnalytics exact = ElectionTime.of(model, quorum);

    List<QuorumObservation> seen = new ArrayList<>();
    for (int r = 0; r < REPLICATIONS; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(2027, r), WARMUP);
      sim.run(horizon);
      seen.add(sim.quorumObservations().get(0));
    }
    double[] sums = seen.stream().mapToDouble(o -> Arrays.stream(o.electionTimes()).sum())
        .toArray();
    double[] counts = seen.stream().mapToDouble(QuorumObservation::elections).toArray();
    double[] down = seen.stream().mapToDouble(QuorumObservation::downElection).toArray();
    double[] window = seen.stream().mapToDouble(QuorumObservation::observedTime).toArray();
    double[] pooled = seen.stream().flatMapToDouble(o -> Arrays.stream(o.electionTimes()))
        .toArray();

    within("mean election time", Estimates.perEvent(sums, counts, LEVEL, null),
        exact.electionTime(), 0.01);
    within("median", Percentiles.interval(pooled, 0.50, LEVEL), exact.electionTimeP50(), 0.01);
    within("p99", Percentiles.interval(pooled, 0.99, LEVEL), exact.electionTimeP99(), 0.01);
    within("elections per replication", Estimates.countMean(counts, LEVEL),
        exact.electionRate().map(f -> f * (horizon - WARMUP), "f·T"), 0.01);
    within("share of time in elections", Estimates.share(down, window, LEVEL),
        exact.electionDownFraction(), 0.01);
  }

  private static void within(String what, ConfidenceInterval ci, Analytic exact,
      double relative) {
    assertTrue(exact.hasValue(), what + ": " + exact.formula());
    assertTrue(ci.contains(exact.value()), what + ": " + ci + " should hold " + exact.value());
    assertTrue(ci.halfWidth() < relative * exact.value(), what + ": too wide, " + ci);
  }
}
