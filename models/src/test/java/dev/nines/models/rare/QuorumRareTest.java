package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.failover.Election;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.rare.RareRuns.Replicate;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quorum clusters under the rare-event methods: the trajectory is the engine's, rule for rule and
 * draw for draw; importance sampling holds a 3-of-5 quorum's unavailability, the sum of its
 * elections (frequent, short) and of its lost majorities (rare), at nine nines, with exponential
 * and with wear-out members; splitting and importance sampling hold a 2-of-3's at eight.
 */
class QuorumRareTest {

  static final double HOUR = 3600;

  /**
   * Five Raft nodes with Weibull lives (scale 100 h) and lognormal repairs, sharing one technician
   * with a web pair in series; heartbeats every 0.3 h with exponential delays (0.2 h), election
   * timeouts of 0.5 to 1 h: elections meet failures, repairs, split votes and lost majorities.
   */
  static final SystemModel SHARED = new SystemModel(List.of(
      new ComponentGroup("db", 5, new Weibull(2, 100 * HOUR), new Lognormal(6 * HOUR, 3 * HOUR),
          null, "ops"),
      new ComponentGroup("web", 2, new Exponential(300 * HOUR), new Exponential(2 * HOUR),
          null, "ops")),
      List.of(new Crew("ops", 1)),
      List.of(new Detector("hb", new Heartbeat(0.3 * HOUR, 1 * HOUR, 0,
          new Exponential(0.2 * HOUR)))),
      new Structure.Series(List.of(new Structure.Quorum("raft", "db", "hb",
          new Uniform(0.5 * HOUR, 1 * HOUR)), new Structure.AtLeastOfGroup(1, "web"))));

  /**
   * A quorum's whole rule set, run often: Weibull lives (scale 100 h), repairs of hours, elections
   * whose timeouts (0.5 to 1 h) and exponential message delays (0.2 h) are long enough that members
   * fail and are repaired during elections (rounds voided, timers removed and added), that votes
   * split, and that majorities are lost and regained (pauses, fresh elections); heartbeats every
   * 0.3 h.
   * The 5-node cluster shares one technician with a web pair in series; the 3-node one stands
   * alone, and again in series after a hot standby pair that switches in half an hour, and in
   * parallel with a second quorum (no heartbeat) behind that pair. The main trajectory's down time and failures are the engine's, to the last bit.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    // Every method runs this main trajectory (MainTrajectory); importance sampling's excursions
    // cost least, and branch from snapshots mid-election all the same.
    Heartbeat beat = new Heartbeat(0.3 * HOUR, 1 * HOUR, 0, new Exponential(0.2 * HOUR));
    SystemModel shared = SHARED;
    Structure.Quorum three = new Structure.Quorum("trio", "db", "hb",
        new Uniform(0.5 * HOUR, 1 * HOUR));
    SystemModel alone = new SystemModel(List.of(
        new ComponentGroup("db", 3, new Weibull(1.5, 100 * HOUR), new Exponential(10 * HOUR))),
        List.of(), List.of(new Detector("hb", beat)), three);
    // A standby before the quorum: its events are n + 0, the quorum's n + 1.
    Structure.Standby pair = new Structure.Standby("lb", "x", List.of("y"), StandbyMode.HOT, 1,
        null, new Deterministic(0.5 * HOUR), 0.1);
    SystemModel behind = new SystemModel(List.of(
        new ComponentGroup("x", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("y", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("db", 3, new Weibull(1.5, 100 * HOUR), new Exponential(10 * HOUR))),
        List.of(), List.of(new Detector("hb", beat)), new Structure.Series(List.of(pair,
            new Structure.Quorum("trio", "db", "hb", new Uniform(0.5 * HOUR, 1 * HOUR)))));
    // Two quorums in parallel, both through the standby: events n + 1 and n + 2.
    SystemModel twins = new SystemModel(List.of(
        new ComponentGroup("x", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("y", 1, new Exponential(50 * HOUR), new Exponential(5 * HOUR)),
        new ComponentGroup("db", 3, new Weibull(1.5, 60 * HOUR), new Exponential(10 * HOUR)),
        new ComponentGroup("dc", 5, new Exponential(40 * HOUR), new Lognormal(8 * HOUR, HOUR))),
        List.of(), List.of(new Detector("hb", beat)), new Structure.Series(List.of(pair,
            new Structure.Parallel(List.of(
                new Structure.Quorum("east", "db", "hb", new Uniform(0.5 * HOUR, 1 * HOUR)),
                new Structure.Quorum("west", "dc", null, new Uniform(0.2 * HOUR, 0.4 * HOUR)))))));
    for (SystemModel model : List.of(shared, alone, behind, twins)) {
      assertNull(ImportanceSampling.supports(model));
      StartPlan plan = StartPlan.of(model, Start.NEW);
      ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
      for (int r = 0; r < 3; r++) {
        WeightedReplication mine = is.replicate(5, r, 20_000 * HOUR, 100 * HOUR);
        AvailabilitySimulation sim = new AvailabilitySimulation(model, new RandomStreams(5, r),
            100 * HOUR, plan);
        ScopeObservation engine = sim.run(20_000 * HOUR).get(0);
        QuorumObservation quorum = sim.quorumObservations().get(0);
        assertTrue(quorum.elections() > 30 && quorum.downNoMajority() > 0, quorum.toString());
        assertEquals(engine.downTime(), mine.plainDownTime(), model.structure() + " " + r);
        assertEquals(engine.failures(), mine.plainFailures(), model.structure() + " " + r);
        assertTrue(engine.failures() > 100, "failures " + engine.failures());
      }
    }
  }

  /**
   * Where failures are not rare, each method's estimate of a replication and its own plain
   * trajectory (the engine's) estimate the same expected down time and failures: their paired
   * differences over the replications (1,000 for importance sampling, a standard error of 1 % of
   * the down time; 100 for splitting) average to 0 within four standard errors. The branches and
   * stages run the elections of {@link #SHARED} on their own streams from snapshots taken in any
   * phase, with members' failures forced (importance sampling) or not (splitting).
   */
  @Test
  void eachMethodAgreesWithItsPlainTrajectory() {
    StartPlan plan = StartPlan.of(SHARED, Start.NEW);
    Replicate is = ImportanceSampling.of(SHARED, plan, Biasing.DEFAULT, 1)::replicate;
    Replicate split = Splitting.of(SHARED, plan)::replicate;
    for (Replicate method : List.of(is, split)) {
      int n = method == is ? 1000 : 100; // splitting's stages cost more
      RareRuns.assertWeightedMatchesPlain(method, 1, n, 2000 * HOUR, 100 * HOUR, "");
    }
  }

  /**
   * A 3-of-5 quorum, lives of 10,000 h, repairs of 4 h (each member repaired at once), no
   * heartbeat and election timeouts of 10 to 60 ms: U ≈ 1.19e-9, nearly nine nines, about half
   * elections and half lost majorities. Importance sampling, 400 replications of 200,000 h, holds
   * U and the failure frequency within intervals of a few per cent. (Splitting holds it too, but
   * each excursion costs it thousands of stage runs, about 12 ms here: as narrow an interval would
   * take minutes.)
   */
  @Test
  void fiveNodesAtNineNines() {
    double life = 1e4 * HOUR;
    double repair = 4 * HOUR;
    SystemModel model = cluster(5, life, repair, 0.010, 0.060);
    double[] exact = reference(5, life, repair, 0.010, 0.060);
    assertTrue(exact[0] > 1e-9 && exact[0] < 1.3e-9, "nine nines: " + exact[0]);
    assertTrue(exact[1] > 0.4 * exact[0], "elections are a part: " + exact[1] + " of " + exact[0]);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    RareFigures is = RareFigures.of(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)
        ::replicate, 400, 2e5 * HOUR), 0.95);
    holds(is.unavailability(), exact[0], 0.05);
    holds(is.failureFrequency(), exact[2], 0.05);
  }

  /**
   * A 2-of-3 quorum, lives of 100,000 h, repairs of 4 h, Raft's election timeouts of 150 to
   * 300 ms: U ≈ 5.35e-9, eight nines, a tenth of it elections. Importance sampling and splitting
   * (30 replications of 2·10⁶ h, about 1,800 excursions) hold it and agree.
   */
  @Test
  void threeNodesAtEightNines() {
    double life = 1e5 * HOUR;
    double repair = 4 * HOUR;
    SystemModel model = cluster(3, life, repair, 0.150, 0.300);
    double[] exact = reference(3, life, repair, 0.150, 0.300);
    assertTrue(exact[0] > 1e-9 && exact[0] < 1e-8, "eight nines: " + exact[0]);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    RareFigures is = RareFigures.of(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)
        ::replicate, 400, 2e6 * HOUR), 0.95);
    holds(is.unavailability(), exact[0], 0.05);
    holds(is.failureFrequency(), exact[2], 0.05);
    RareFigures split = RareFigures.of(runs(Splitting.of(model, plan)::replicate, 30, 2e6 * HOUR),
        0.95);
    holds(split.unavailability(), exact[0], 0.15);
    agree(is, split);
  }

  /**
   * Wear-out lives under forcing: a 3-of-5 quorum, Weibull lives (shape 2, mean 50,000 h),
   * lognormal repairs (mean 24 h, sd 12 h), each member on its own, elections of a microsecond or
   * two. Members repaired independently are independent alternating renewal processes, each down
   * with probability r/(L + r) once stationary (after a warm-up of four mean lives the renewal
   * density of a shape-2 Weibull is within 10⁻⁴ of 1/L), so the majority is lost with the binomial
   * tail's probability, 1.10e-9; elections add at most (5/L)·2 µs ≈ 6e-14, 5·10⁻⁵ of it. Importance
   * sampling, its likelihood ratios on Weibull hazards, holds it within a few per cent. (The
   * elections of wear-out members would need more than a binomial: a leader's tenure is the rest
   * of the life of the member it was elected as, and the members renewed by their own terms are
   * younger than the stationary age.)
   */
  @Test
  void wearOutMembersAtNineNines() {
    double mean = 5e4 * HOUR;
    double repair = 24 * HOUR;
    SystemModel model = new SystemModel(List.of(new ComponentGroup("db", 5,
        new Weibull(2, 2 * mean / Math.sqrt(Math.PI)), new Lognormal(repair, repair / 2))),
        new Structure.Quorum("raft", "db", null, new Uniform(1e-6, 2e-6)));
    double p = repair / (mean + repair);
    double exact = 0;
    for (int down = 3; down <= 5; down++) {
      exact += binomial(5, down) * Math.pow(p, down) * Math.pow(1 - p, 5 - down);
    }
    assertTrue(exact > 1e-9 && exact < 1.2e-9, "nine nines: " + exact);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < 400; r++) {
      list.add(is.replicate(17, r, 1e6 * HOUR, 2e5 * HOUR));
    }
    holds(RareFigures.of(list, 0.95).unavailability(), exact, 0.05);
  }

  /**
   * The reference of an n-member quorum with exponential lives (mean L) and repairs (mean r), each
   * member repaired at once, no heartbeat and Uniform(a, b) election timeouts: {U, its election
   * part, the failure frequency f}.
   *
   * <p>U = P(fewer than m up) + P(a majority up, no leader). The members are independent, each
   * down with probability p = r/(L + r): the first term is a binomial tail, exact. Without a
   * heartbeat or delays, a leader failing with j ≥ m others up starts an election that lasts
   * exactly the least of the j timers (the first candidate's RequestVote reaches everyone at
   * once, every vote comes back at once): a + (b − a)/(j + 1) on average. Leader failures come at
   * rate 1/L while a leader is in office, so the election part is (1/L)·Σ_{j≥m} π_j·E[min of j],
   * π_j the share of the leader's time with j others up. Those others are not binomial: just after
   * an election the old leader is down. The chain on j: a follower fails at jλ, a repair at
   * (n − 1 − j)μ, and a leader failure turns j into j − 1 at λ (the winner leaves the others, the
   * old leader joins them down): a birth-death chain, solved here. What it leaves out: members
   * failing during an election (λ × 10⁻¹ s ≈ 10⁻⁹ of the elections), leaderless time inside the
   * leader's (U, relatively), elections after a lost majority is regained (about
   * U_no-majority × μ × E[election] ≈ 10⁻⁶ of U): below 10⁻³ of U in all, far inside the
   * intervals. The failure frequency: the cluster goes down when the leader fails with j ≥ m − 1
   * others up, or when one of the m − 1 followers fails with j = m − 1.
   */
  static double[] reference(int n, double life, double repair, double a, double b) {
    int m = Structure.Quorum.majority(n);
    double lambda = 1 / life;
    double mu = 1 / repair;
    double p = repair / (life + repair);
    double noMajority = 0;
    for (int down = n - m + 1; down <= n; down++) {
      noMajority += binomial(n, down) * Math.pow(p, down) * Math.pow(1 - p, n - down);
    }
    double[] pi = new double[n];
    pi[0] = 1;
    double sum = 1;
    for (int j = 0; j < n - 1; j++) {
      pi[j + 1] = pi[j] * (n - 1 - j) * mu / ((j + 2) * lambda); // up from j, down from j + 1
      sum += pi[j + 1];
    }
    double elections = 0;
    double frequency = (m - 1) * lambda * pi[m - 1] / sum;
    for (int j = 0; j < n; j++) {
      pi[j] /= sum;
      if (j >= m) {
        elections += lambda * pi[j] * (a + (b - a) / (j + 1));
      }
      if (j >= m - 1) {
        frequency += lambda * pi[j];
      }
    }
    return new double[] {noMajority + elections, elections, frequency};
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return c;
  }

  /** The interval, widened by 10⁻³ of the value for the reference's neglected terms, holds it. */
  private static void holds(ConfidenceInterval c, double exact, double width) {
    double slack = 1e-3 * exact;
    assertTrue(c.low() - slack <= exact && exact <= c.high() + slack, c + " vs " + exact);
    assertTrue(c.relativeHalfWidth() < width, c.toString());
  }

  private static void agree(RareFigures x, RareFigures y) {
    ConfidenceInterval u = x.unavailability();
    ConfidenceInterval v = y.unavailability();
    assertTrue(Math.abs(u.mean() - v.mean()) <= Math.hypot(u.halfWidth(), v.halfWidth()),
        u + " vs " + v);
  }

  private static SystemModel cluster(int n, double life, double repair, double a, double b) {
    return new SystemModel(List.of(
        new ComponentGroup("db", n, new Exponential(life), new Exponential(repair))),
        new Structure.Quorum("raft", "db", null, new Uniform(a, b)));
  }

  /**
   * A snapshot carries the quorum's state: a copy that goes on with an election leaves the
   * original's phase, timers and pending round as they were.
   */
  @Test
  void aSnapshotCopiesTheQuorum() {
    SystemModel model = cluster(3, 1000 * HOUR, 4 * HOUR, 0.150, 0.300);
    Layout layout = Layout.of(model);
    SystemState s = new SystemState(layout);
    SystemState.Repairs draws = fixed(layout, 0.2);
    for (int u = 0; u < 3; u++) {
      s.scheduleFailure(u, 1000 * HOUR);
    }
    s.startStandbys(draws);
    assertTrue(s.systemUp && s.quiet());
    s.now = 10;
    s.fail(0, draws); // the leader
    assertTrue(!s.systemUp && !s.quiet());
    assertEquals(QuorumStates.TIMERS, s.quorums.phase[0]);
    assertEquals(10.2, s.quorums.eventAt[0], 1e-12);
    SystemState copy = s.copy();
    int round = copy.nextScheduled();
    assertEquals(3, round); // n + K + q: 3 units, no standby, quorum 0
    copy.now = copy.eventTime(round);
    copy.fire(round, draws); // member 1 wins at once: messages are instant
    copy.now = copy.eventTime(copy.nextScheduled());
    copy.fire(copy.nextScheduled(), draws);
    assertTrue(copy.systemUp);
    assertEquals(1, copy.quorums.leader[0]);
    assertEquals(QuorumStates.TIMERS, s.quorums.phase[0]);
    assertEquals(-1, s.quorums.leader[0]);
    assertEquals(10.2, s.quorums.eventAt[0], 1e-12);
    assertTrue(!s.systemUp);
  }

  /** Repairs of an hour, timeouts and delays as given, no switchovers. */
  private static SystemState.Repairs fixed(Layout layout, double timeout) {
    return new SystemState.Repairs() {
      @Override
      public double draw(int unit) {
        return HOUR;
      }

      @Override
      public double switchover(int node) {
        throw new AssertionError();
      }

      @Override
      public boolean switchFails(int node) {
        throw new AssertionError();
      }

      @Override
      public double restore(int node) {
        throw new AssertionError();
      }

      @Override
      public Election election(int quorum) {
        QuorumPlan p = layout.quorums[quorum];
        return new Election(p.members().length, p.majority(), () -> timeout, null);
      }
    };
  }

  /** What the rare-event trajectory cannot run as the engine does is refused, with the reason. */
  @Test
  void refusesAQuorumWhoseMembersNeverFail() {
    SystemModel still = new SystemModel(List.of(
        new ComponentGroup("db", 3, null, null),
        new ComponentGroup("web", 1, new Exponential(1), new Exponential(1))),
        new Structure.Series(List.of(new Structure.Quorum("raft", "db", null, new Uniform(1, 2)),
            new Structure.Group("web"))));
    assertNotNull(ImportanceSampling.supports(still));
    assertNotNull(Splitting.supports(still));
  }


  private static List<WeightedReplication> runs(Replicate method, int replications,
      double horizon) {
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(method.run(17, r, horizon, 100 * HOUR));
    }
    return list;
  }
}
