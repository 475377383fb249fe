package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The election time's law and rates against closed forms and a chain built here by hand. */
class ElectionTimeTest {

  private static final double MS = 0.001;
  private static final double H = 3600;

  private static ElectionLaw law(Distribution timeout, double interval, ElectionLaw.Part... parts) {
    return new ElectionLaw(timeout, interval, List.of(parts));
  }

  @Test
  void withoutHeartbeatsTheElectionIsTheMinimumOfKUniformTimeouts() {
    double a = 150 * MS;
    double b = 300 * MS;
    for (int k = 1; k <= 5; k++) {
      ElectionLaw law = law(new Uniform(a, b), 0, new ElectionLaw.Part(1, k, true));
      assertEquals(a + (b - a) / (k + 1), law.mean(), 1e-15);
      // P(min > x) = ((b − x)/(b − a))^k
      for (double p : new double[] {0.01, 0.5, 0.99}) {
        assertEquals(b - (b - a) * Math.pow(1 - p, 1.0 / k), law.quantile(p), 1e-15);
      }
    }
  }

  @Test
  void theHeartbeatPhaseSubtractsAUniformShareOfTheInterval() {
    double a = 150 * MS;
    double b = 300 * MS;
    double i = 50 * MS;
    for (int k = 1; k <= 5; k++) {
      ElectionLaw law = law(new Uniform(a, b), i, new ElectionLaw.Part(1, k, true));
      assertEquals(a + (b - a) / (k + 1) - i / 2, law.mean(), 1e-15);
    }
    // One follower: X = T − U·I is a trapezoid on [a − I, b], flat in [a, b − I].
    ElectionLaw one = law(new Uniform(a, b), i, new ElectionLaw.Part(1, 1, true));
    double w = b - a;
    assertEquals(a - i + Math.sqrt(2 * i * w * 0.1), one.quantile(0.1), 1e-15); // rising edge
    assertEquals(a - i / 2 + 0.5 * w, one.quantile(0.5), 1e-15); // flat top
    assertEquals(b - Math.sqrt(2 * i * w * 0.01), one.quantile(0.99), 1e-15); // falling edge
    assertEquals(0, one.cdf(a - i - 1e-9));
  }

  @Test
  void timeoutsShorterThanThePhaseLeaveAnAtomAtZero() {
    double theta = 80 * MS;
    double i = 50 * MS;
    for (int k = 1; k <= 4; k++) {
      ElectionLaw law = law(new Exponential(theta), i, new ElectionLaw.Part(1, k, true));
      double nu = k / theta; // min of k is exponential with rate ν
      double kept = -Math.expm1(-nu * i) / (nu * i); // (1/I)∫_0^I e^{−νt} dt = P(X > 0)
      // E[(M − U·I)⁺] = (1/I)∫_0^I E[(M − s)⁺] ds = (1/I)∫_0^I e^{−νs}/ν ds
      assertEquals(kept / nu, law.mean(), 1e-15);
      assertEquals(1 - kept, law.cdf(0), 1e-14);
      assertEquals(0, law.quantile((1 - kept) / 2));
      // P(X > x) = e^{−νx}·kept for x ≥ 0; the atom holds the quantiles below 1 − kept
      for (double p : new double[] {0.5, 0.99}) {
        double q = p <= 1 - kept ? 0 : -Math.log((1 - p) / kept) / nu;
        assertEquals(q, law.quantile(p), 1e-14);
      }
    }
  }

  @Test
  void lognormalAndWeibullTimeoutsByTheirOwnClosedForms() {
    // One member, no heartbeat: X = T, so its mean and quantiles are the timeout's own.
    Lognormal lognormal = new Lognormal(200 * MS, 50 * MS);
    ElectionLaw one = law(lognormal, 0, new ElectionLaw.Part(1, 1, true));
    double sigma = Math.sqrt(Math.log1p(0.25 * 0.25));
    double mu = Math.log(200 * MS) - sigma * sigma / 2;
    assertEquals(200 * MS, one.mean(), 1e-14);
    assertEquals(Math.exp(mu), one.quantile(0.5), 1e-12);
    assertEquals(Math.exp(mu + sigma * 2.3263478740408408), one.quantile(0.99), 1e-12);
    // With a 50 ms phase: P(T < 50 ms) is about 2e-8, so E[X] = E[T] − I/2 to 1e-9 s.
    ElectionLaw phased = law(lognormal, 50 * MS, new ElectionLaw.Part(1, 1, true));
    assertEquals(200 * MS - 25 * MS, phased.mean(), 1e-9);
    // The min of 2 Weibull(2, s) is Weibull(2, s/√2), mean (s/√2)·Γ(3/2) = (s/√2)·√π/2.
    double s = 300 * MS;
    ElectionLaw two = law(new Weibull(2, s), 0, new ElectionLaw.Part(1, 2, true));
    assertEquals(s / Math.sqrt(2) * Math.sqrt(Math.PI) / 2, two.mean(), 1e-14);
    assertEquals(s / Math.sqrt(2) * Math.sqrt(Math.log(2)), two.quantile(0.5), 1e-14);
  }

  @Test
  void aFixedTimeoutMixesAUniformStretchWithAnAtom() {
    // After a heartbeat X = T − U·I, uniform on (T − I, T]; fresh timers give X = T exactly.
    double t = 200 * MS;
    double i = 50 * MS;
    double w = 0.3;
    ElectionLaw law = law(new Deterministic(t), i, new ElectionLaw.Part(w, 3, true),
        new ElectionLaw.Part(1 - w, 3, false));
    assertEquals(w * (t - i / 2) + (1 - w) * t, law.mean(), 1e-15);
    assertEquals(t - i + i * 0.2 / w, law.quantile(0.2), 1e-15);
    assertEquals(t, law.quantile(0.5), 1e-15);
    assertEquals(t, law.quantile(0.99), 1e-15);
  }

  @Test
  void oneMemberIsElectedOnEveryRepair() {
    // n = 1: the member's repair restores the majority; an election then comes once per cycle.
    double mttf = 100 * H;
    double mttr = 10 * H;
    LeaderChain chain = new LeaderChain(1, 1 / mttf, 1 / mttr, 1);
    assertEquals(1 / (mttf + mttr), chain.majorityRegainedRate(), 1e-20);
    assertEquals(mttr / (mttf + mttr), chain.leaderless(0), 1e-16);
  }

  @Test
  void threeMembersByHand() {
    // n = 3, m = 2, repaired at once. With a leader and 2 up, a follower's failure leaves the
    // leader alone (L1), out of which it goes at λ + 2μ; so L1 = λ·π(2)/(λ + 2μ), and P1 = π(1) −
    // L1. Elections: the leader fails with all 3 up (λ·π(3)), or a repair ends P1 (2μ·P1).
    double lambda = 1 / (100 * H);
    double mu = 1 / (10 * H);
    double a = mu / (lambda + mu);
    double u = lambda / (lambda + mu);
    double pi2 = 3 * a * a * u;
    double pi1 = 3 * a * u * u;
    double l1 = lambda * pi2 / (lambda + 2 * mu);
    LeaderChain chain = new LeaderChain(3, lambda, mu, 3);
    assertEquals(l1, chain.leading(1), 1e-15 * l1);
    assertEquals(pi1 - l1, chain.leaderless(1), 1e-14 * pi1);
    assertEquals(u * u * u, chain.leaderless(0), 1e-14 * u * u * u); // P0 holds all of π(0)
    assertEquals(lambda * a * a * a, chain.leaderLostRate(2), 1e-15 * lambda);
    assertEquals(2 * mu * (pi1 - l1), chain.majorityRegainedRate(), 1e-13 * mu * pi1);
    // The whole election time: uniform timeouts above I.
    double lo = 150 * MS;
    double hi = 300 * MS;
    double i = 50 * MS;
    double ra = lambda * a * a * a;
    double rb = 2 * mu * (pi1 - l1);
    double mean = (ra * (lo + (hi - lo) / 3 - i / 2) + rb * (lo + (hi - lo) / 3)) / (ra + rb);
    QuorumAnalytics q = quorum(3, 100 * H, 10 * H, null, new Heartbeat(i, 2 * i),
        new Uniform(lo, hi));
    assertEquals(mean, q.electionTime().value(), 1e-15);
    assertEquals(ra + rb, q.electionRate().value(), 1e-13 * (ra + rb));
    assertEquals((ra + rb) * mean, q.electionDownFraction().value(), 1e-13 * (ra + rb) * mean);
    double majority = a * a * a + 3 * a * a * u;
    assertEquals(majority - (ra + rb) * mean, q.scope().availability().value(), 1e-15);
    assertEquals(u * u * u + 3 * a * u * u + (ra + rb) * mean,
        q.scope().unavailability().value(), 1e-13 * 3 * a * u * u);
    double outages = ra + 2 * lambda * pi2; // any failure among the two up loses the majority
    assertEquals(outages, q.scope().failureFrequency().value(), 1e-13 * outages);
    // From all up: 3λ·t3 = 1 + 2λ·t2 (the leader's failure ends it), (2λ + μ)·t2 = 1 + μ·t3.
    double t2 = (1 + mu / (3 * lambda)) / (2 * lambda + mu / 3);
    double t3 = (1 + 2 * lambda * t2) / (3 * lambda);
    assertEquals(t3, q.scope().mttf().value(), 1e-12 * t3);
    assertTrue(q.electionTime().formula().startsWith("E[(min of k timeouts − U·I)⁺]"),
        q.electionTime().formula());
  }

  @Test
  void theLeaderChainAgreesWithTheWholeGeneratorSolvedByLu() {
    for (int n : new int[] {2, 4, 5, 7}) {
      for (int crew : new int[] {1, 2, n}) {
        double lambda = 1 / (50 * H);
        double mu = 1 / (8 * H);
        LeaderChain chain = new LeaderChain(n, lambda, mu, crew);
        double[][] p = wholeChain(n, lambda, mu, crew);
        int m = n / 2 + 1;
        for (int u = 0; u < m; u++) {
          assertEquals(p[1][u], chain.leading(u), 1e-12 * chain.up(u), n + "/" + crew + " L" + u);
          assertEquals(p[2][u], chain.leaderless(u), 1e-12 * chain.up(u),
              n + "/" + crew + " P" + u);
          assertEquals(chain.up(u), chain.leading(u) + chain.leaderless(u), 1e-13 * chain.up(u));
        }
        for (int u = m; u <= n; u++) {
          assertEquals(p[0][u], chain.up(u), 1e-12 * chain.up(u));
        }
        double regained = Math.min(n - m + 1, crew) * mu * p[2][m - 1];
        assertEquals(regained, chain.majorityRegainedRate(), 1e-12 * regained);
      }
    }
  }

  /**
   * The stationary law of (leader, members up) from its generator, by LU: rows [0] = M_u (a
   * majority up, so a leader), [1] = L_u (a leader, no majority), [2] = P_u (no leader, no
   * majority).
   */
  private static double[][] wholeChain(int n, double lambda, double mu, int crew) {
    int m = n / 2 + 1;
    int size = 3 * (n + 1);
    RealMatrix q = new Array2DRowRealMatrix(size, size);
    java.util.function.IntUnaryOperator mm = u -> u; // M_u
    java.util.function.IntUnaryOperator ll = u -> (n + 1) + u; // L_u
    java.util.function.IntUnaryOperator pp = u -> 2 * (n + 1) + u; // P_u
    for (int u = 0; u <= n; u++) {
      double repair = Math.min(n - u, crew) * mu;
      if (u >= m) {
        int down = u - 1;
        add(q, mm.applyAsInt(u), down >= m ? mm.applyAsInt(down) : ll.applyAsInt(down),
            (u - 1) * lambda); // a follower fails
        add(q, mm.applyAsInt(u), down >= m ? mm.applyAsInt(down) : pp.applyAsInt(down),
            lambda); // the leader fails: an instant election, or no majority and no leader
        add(q, mm.applyAsInt(u), mm.applyAsInt(u + 1), repair);
      } else {
        int next = u + 1;
        if (u >= 1) {
          add(q, ll.applyAsInt(u), ll.applyAsInt(u - 1), (u - 1) * lambda);
          add(q, ll.applyAsInt(u), pp.applyAsInt(u - 1), lambda);
          add(q, ll.applyAsInt(u), next >= m ? mm.applyAsInt(next) : ll.applyAsInt(next), repair);
          add(q, pp.applyAsInt(u), pp.applyAsInt(u - 1), u * lambda);
        }
        add(q, pp.applyAsInt(u), next >= m ? mm.applyAsInt(next) : pp.applyAsInt(next), repair);
      }
    }
    // Unused states (M_u for u < m, L_u for u ≥ m or u = 0, P_u for u ≥ m) get a self-loop
    // replaced by the identity: their probability comes out 0.
    RealMatrix a = q.transpose();
    for (int s = 0; s < size; s++) {
      double out = 0;
      for (int t = 0; t < size; t++) {
        out += t == s ? 0 : q.getEntry(s, t);
      }
      a.setEntry(s, s, -out);
      if (out == 0) {
        a.setEntry(s, s, 1);
      }
    }
    double[] rhs = new double[size];
    for (int t = 0; t < size; t++) {
      a.setEntry(n, t, 1); // M_n is used for every n: its balance row becomes Σ p = 1
    }
    rhs[n] = 1;
    double[] x = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(rhs)).toArray();
    double[][] p = new double[3][n + 1];
    for (int s = 0; s < size; s++) {
      p[s / (n + 1)][s % (n + 1)] = x[s];
    }
    return p;
  }

  private static void add(RealMatrix q, int from, int to, double rate) {
    if (rate > 0) {
      q.addToEntry(from, to, rate);
    }
  }

  @Test
  void eachFailedAssumptionEmptiesTheColumnAndNamesItself() {
    Uniform timeout = new Uniform(150 * MS, 300 * MS);
    Heartbeat delayed = new Heartbeat(50 * MS, 100 * MS, 0, new Exponential(2 * MS));
    assertReason("message delay", quorum(5, 1000 * H, 12 * H, null, delayed, timeout));
    var weibull = new SystemModel(List.of(new ComponentGroup("node", 3, new Weibull(2, 1000 * H),
        new Exponential(12 * H))), List.of(), List.of(),
        new Structure.Quorum("raft", "node", null, timeout));
    assertReason("not exponential",
        ElectionTime.of(weibull, (Structure.Quorum) weibull.structure()));
    var shared = new SystemModel(List.of(
        new ComponentGroup("node", 3, new Exponential(1000 * H), new Exponential(12 * H), null,
            "tech"),
        new ComponentGroup("disk", 1, new Exponential(1000 * H), new Exponential(12 * H), null,
            "tech")), List.of(new Crew("tech", 1)), List.of(),
        new Structure.Series(List.of(new Structure.Quorum("raft", "node", null, timeout),
            new Structure.Group("disk"))));
    assertReason("crew also repairs", ElectionTime.of(shared,
        (Structure.Quorum) shared.failoverNodes().get(0)));
    // Minutes-long timeouts beside hour-long repairs: members change within an election.
    assertReason("too often", quorum(5, 10 * H, 1 * H, null, null,
        new Uniform(60, 120)));
    // A crew with a repairer for each unit it serves is as good as none.
    QuorumAnalytics own = quorum(5, 1000 * H, 12 * H, "tech", null, timeout);
    assertTrue(own.electionTime().hasValue(), own.electionTime().formula());
  }

  @Test
  void theErrorIsRoundedUpToOneDigit() {
    assertEquals("4e-5", ElectionTime.approximately(3.2e-5));
    assertEquals("1e-3", ElectionTime.approximately(9.9e-4));
    assertEquals("2e-2", ElectionTime.approximately(0.02));
  }

  private static void assertReason(String words, QuorumAnalytics q) {
    assertFalse(q.electionTime().hasValue());
    assertTrue(q.electionTime().formula().startsWith("no formula: ")
        && q.electionTime().formula().contains(words), q.electionTime().formula());
    assertNull(q.scope().availability().value());
  }

  /** A quorum over n exponential units; crew "tech" of n repairers when named. */
  static QuorumAnalytics quorum(int n, double mttf, double mttr, String crew, Heartbeat heartbeat,
      Distribution timeout) {
    var group = new ComponentGroup("node", n, new Exponential(mttf), new Exponential(mttr), null,
        crew);
    var quorum = new Structure.Quorum("raft", "node", heartbeat == null ? null : "hb", timeout);
    var model = new SystemModel(List.of(group),
        crew == null ? List.of() : List.of(new Crew(crew, n)),
        heartbeat == null ? List.of() : List.of(new Detector("hb", heartbeat)), quorum);
    return ElectionTime.of(model, quorum);
  }
}
