package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failover chain of a standby with detection, switchover and switch failures: against the
 * ideal birth-death chain it must reduce to, against a semi-Markov chain of a hot pair built here
 * from the two-state transients of independent units, and against the simulated standby.
 */
class StandbyFailoverTest {

  private static final double YEAR = Durations.YEAR;

  private static ComponentGroup exp(String name, int count, double life, double repair,
      String crew) {
    return new ComponentGroup(name, count, new Exponential(life), new Exponential(repair), null,
        crew);
  }

  private static Structure.Standby standby(StandbyMode mode, double dormancy, String detector,
      Distribution switchover, double switchFailure) {
    return new Structure.Standby("pair", "a", List.of("b"), mode, dormancy, detector, switchover,
        switchFailure);
  }

  // ---- (a) instant, perfect failover is the birth-death chain ----

  @Test
  void instantPerfectFailoverIsTheHotPairInParallel() {
    double lambda = 1 / 100.0;
    double mu = 1 / 20.0;
    var s = standby(StandbyMode.HOT, 1, null, null, 0);
    var model = new SystemModel(List.of(exp("a", 1, 100, 20, null), exp("b", 1, 100, 20, null)), s);
    StandbyFailover.Solution sol = StandbyFailover.solve(model, s);
    double u = lambda / (lambda + mu); // one unit down
    assertEquals(u * u, sol.scope().unavailability().value(), 1e-15);
    assertEquals(1 - u * u, sol.scope().availability().value(), 1e-15);
    assertEquals(2 * lambda * u * (1 - u), sol.scope().failureFrequency().value(), 1e-17);
    assertEquals(1 / (2 * mu), sol.scope().mttr().value(), 1e-10);
    assertEquals((3 * lambda + mu) / (2 * lambda * lambda), sol.scope().mttf().value(), 1e-8);
    assertFalse(sol.scope().unavailability().isApproximate());
    assertEquals(0, sol.downtime().undetected().value());
    assertEquals(0, sol.downtime().switching().value());
    assertEquals(0, sol.downtime().repair().value());
    assertEquals(u * u * YEAR, sol.downtime().noSpare().value(), 1e-15 * YEAR);
  }

  @Test
  void instantPerfectFailoverOfAColdTrioWithOneRepairerIsAGeometricChain() {
    // Cold, one repairer: every rate λ down, μ up, so π_k ∝ ρ^(m−k) for k = units up.
    double rho = 20.0 / 100;
    var s = standby(StandbyMode.COLD, 0, null, null, 0);
    var model = new SystemModel(List.of(exp("a", 1, 100, 20, "t"), exp("b", 2, 100, 20, "t")),
        List.of(new Crew("t", 1)), s);
    ScopeAnalytics a = StandbyFailover.of(model, s);
    double lambda = 1 / 100.0;
    double mu = 1 / 20.0;
    double z = 1 + rho + rho * rho + Math.pow(rho, 3);
    assertEquals(Math.pow(rho, 3) / z, a.unavailability().value(), 1e-15);
    assertEquals(rho * rho / z * lambda, a.failureFrequency().value(), 1e-17);
    assertEquals(20, a.mttr().value(), 1e-9); // all down ends at the one repair
    // From k units up to k − 1: d_k = (1 + μ·d_{k+1})/λ, d_3 = 1/λ; MTTF = d_3 + d_2 + d_1.
    double d3 = 1 / lambda;
    double d2 = (1 + mu * d3) / lambda;
    double d1 = (1 + mu * d2) / lambda;
    assertEquals(d1 + d2 + d3, a.mttf().value(), 1e-9 * (d1 + d2 + d3));
  }

  @Test
  void aShortSwitchoverAddsItsLengthToEveryFailover() {
    // Warm trio (d = 0.5), two repairers. Ideal: the birth-death chain over k units up. A 1 ms
    // switchover adds 1 ms of downtime to each failover, at rate λ·Σ_{k≥2} π_k, to first order.
    double lambda = 1 / 100.0;
    double mu = 1 / 20.0;
    var ideal = standby(StandbyMode.WARM, 0.5, null, null, 0);
    var fast = standby(StandbyMode.WARM, 0.5, null, new Deterministic(1e-3), 0);
    var groups = List.of(exp("a", 1, 100, 20, "t"), exp("b", 2, 100, 20, "t"));
    var crews = List.of(new Crew("t", 2));
    double[] pi = new double[4]; // π_k ∝ Π_{j<k} up_j / down_{j+1}
    pi[0] = 1;
    for (int k = 1; k <= 3; k++) {
      pi[k] = pi[k - 1] * Math.min(3 - (k - 1), 2) * mu / (lambda * (1 + (k - 1) * 0.5));
    }
    double z = pi[0] + pi[1] + pi[2] + pi[3];
    double exact = pi[0] / z;
    assertEquals(exact, StandbyFailover.of(new SystemModel(groups, crews, ideal), ideal)
        .unavailability().value(), 1e-15);
    double near = StandbyFailover.of(new SystemModel(groups, crews, fast), fast)
        .unavailability().value();
    double added = 1e-3 * lambda * (pi[2] + pi[3]) / z;
    assertEquals(added, near - exact, 1e-3 * added);
  }

  // ---- where the chain does not apply ----

  @Test
  void noValueOutsideTheAssumptionsAndTheReasonSaysWhich() {
    var s = standby(StandbyMode.HOT, 1, "hb", new Deterministic(30), 0.01);
    List<Detector> lossless = List.of(new Detector("hb", new Heartbeat(1, 3)));
    var weibull = new ComponentGroup("b", 1, new Weibull(2, 100), new Exponential(20));
    assertNone(new SystemModel(List.of(exp("a", 1, 100, 20, null), weibull), List.of(), lossless,
        s), s, "exponential");
    var shared = new SystemModel(
        List.of(exp("a", 1, 100, 20, "t"), exp("b", 1, 100, 20, "t"), exp("web", 1, 100, 20, "t")),
        List.of(new Crew("t", 1)), lossless,
        new Structure.Series(List.of(s, new Structure.Group("web"))));
    assertNone(shared, s, "outside the standby");
    // A random delay with T/I whole: whether K − 1 losses leave a gap depends on the delays.
    var jittery = List.of(new Detector("hb", new Heartbeat(1, 3, 0.001, new Exponential(0.005))));
    assertNone(new SystemModel(List.of(exp("a", 1, 100, 20, null), exp("b", 1, 100, 20, null)),
        List.of(), jittery, s), s, "jitter");
  }

  @Test
  void theAnalyticsShowTheChainForAStandbyThatIsNotIdeal() {
    var s = standby(StandbyMode.HOT, 1, "hb", new Deterministic(30), 0.01);
    var model = new SystemModel(List.of(exp("a", 1, 1e6, 1e3, null), exp("b", 1, 1e6, 1e3, null)),
        List.of(), List.of(new Detector("hb", new Heartbeat(1, 3))), s);
    Analytics analytics = Analytics.of(model);
    ScopeAnalytics a = analytics.failover("pair");
    assertTrue(a.availability().formula().contains("failover chain, hot standby, heartbeat"),
        a.availability().formula());
    assertTrue(a.failureFrequency().hasValue());
    assertEquals(a.unavailability().value(), analytics.system().unavailability().value());
    assertTrue(analytics.standbyDowntime("pair").switching().value() > 0);
  }

  private static void assertNone(SystemModel model, Structure.Standby s, String why) {
    StandbyFailover.Solution sol = StandbyFailover.solve(model, s);
    assertFalse(sol.scope().availability().hasValue());
    assertFalse(sol.downtime().switching().hasValue());
    assertTrue(sol.scope().availability().formula().contains(why),
        sol.scope().availability().formula());
  }

  // ---- (b) a hot pair with a heartbeat and a fixed switchover, built here as a semi-Markov chain ----

  private static final double LAMBDA = 2e-4;
  private static final double MU = 5e-3;
  private static final double INTERVAL = 10;
  private static final double TIMEOUT = 30;
  private static final double SWITCH = 60;
  private static final double SWITCH_FAILURE = 0.1;

  /** E[e^{−kΔ}] for Δ = T − I·V, V uniform: the detection delay of a lossless heartbeat. */
  private static double laplace(double k) {
    double lo = TIMEOUT - INTERVAL;
    return (Math.exp(-k * lo) - Math.exp(-k * TIMEOUT)) / (k * INTERVAL);
  }

  /**
   * The hot pair's semi-Markov chain, from the two-state transients of its independent units (each
   * fails at λ while up and is repaired at μ at once): P_up(t | up) = μ/c + (λ/c)·e^{−ct},
   * P_up(t | down) = (μ/c)·(1 − e^{−ct}), c = λ + μ. States: U2, U1 (active up, spare up or down);
   * D1, D0 (a detection starts, the spare up or down); WS (a switchover to the spare, the failed
   * unit down and untried), WRU, WRD (a switchover to the former active unit, the tried one up or
   * down); N (both down); RP2, RP1, RP0 (every switchover failed, k units up, restore at μ).
   * Returns {U, f, MTTF, undetected, switching, no spare, repair} as time shares.
   */
  private static double[] hotPairByHand() {
    double l = LAMBDA;
    double m = MU;
    double c = l + m;
    double sf = SWITCH_FAILURE;
    double a = m / c + l / c * Math.exp(-c * SWITCH); // up at the end of a switchover, from up
    double b = m / c * (1 - Math.exp(-c * SWITCH)); // from down
    int n = 11;
    int u2 = 0, u1 = 1, d1 = 2, d0 = 3, ws = 4, wru = 5, wrd = 6, no = 7, rp2 = 8, rp1 = 9, rp0 = 10;
    double[][] k = new double[n][n];
    double[] tau = new double[n];
    k[u2][d1] = 0.5;
    k[u2][u1] = 0.5;
    tau[u2] = 1 / (2 * l);
    k[u1][d0] = l / c;
    k[u1][u2] = m / c;
    tau[u1] = 1 / c;
    for (int state : new int[] {d1, d0}) {
      // The failed unit's repair ends the detection (exit); the spare evolves meanwhile.
      double alpha = m / c;
      double beta = state == d1 ? l / c : -m / c;
      double exit = 1 - laplace(m);
      double exitUp = alpha * (1 - laplace(m)) + beta * m / (m + c) * (1 - laplace(m + c));
      double detectUp = alpha * laplace(m) + beta * laplace(m + c);
      k[state][u2] = exitUp;
      k[state][u1] = exit - exitUp;
      k[state][ws] = detectUp;
      k[state][no] = laplace(m) - detectUp;
      tau[state] = (1 - laplace(m)) / m;
    }
    k[ws][u2] = a * (1 - sf) * b;
    k[ws][u1] = a * (1 - sf) * (1 - b);
    k[ws][wru] = a * sf * b;
    k[ws][rp1] = a * sf * (1 - b);
    k[ws][wrd] = (1 - a) * b;
    k[ws][no] = (1 - a) * (1 - b);
    tau[ws] = SWITCH;
    for (int state : new int[] {wru, wrd}) {
      double r = state == wru ? a : b; // the tried unit up at the end
      k[state][u2] += a * (1 - sf) * r;
      k[state][u1] += a * (1 - sf) * (1 - r);
      k[state][rp2] += a * sf * r;
      k[state][rp1] += a * sf * (1 - r) + (1 - a) * r;
      k[state][no] += (1 - a) * (1 - r);
      tau[state] = SWITCH;
    }
    k[no][u1] = 1;
    tau[no] = 1 / (2 * m);
    k[rp2][u2] = m / (m + 2 * l);
    k[rp2][rp1] = 2 * l / (m + 2 * l);
    tau[rp2] = 1 / (m + 2 * l);
    k[rp1][u2] = m / (2 * m + l);
    k[rp1][u1] = m / (2 * m + l);
    k[rp1][rp0] = l / (2 * m + l);
    tau[rp1] = 1 / (2 * m + l);
    k[rp0][u1] = 2 * m / (3 * m);
    k[rp0][no] = m / (3 * m);
    tau[rp0] = 1 / (3 * m);
    double[] nu = embedded(k);
    double total = 0;
    double[] pi = new double[n];
    for (int i = 0; i < n; i++) {
      pi[i] = nu[i] * tau[i];
      total += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= total;
    }
    double f = (pi[u2] + pi[u1]) * l;
    // MTTF: h2 = τ2 + h1/2, h1 = τ1 + (μ/c)·h2.
    double h2 = (tau[u2] + tau[u1] / 2) / (1 - m / c / 2);
    return new double[] {1 - pi[u2] - pi[u1], f, h2, pi[d1] + pi[d0], pi[ws] + pi[wru] + pi[wrd],
        pi[no], pi[rp2] + pi[rp1] + pi[rp0]};
  }

  /** The stationary law ν = ν·K of an embedded chain, by Gaussian elimination. */
  private static double[] embedded(double[][] k) {
    int n = k.length;
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        a[j][i] = k[i][j] - (i == j ? 1 : 0); // (Kᵀ − I)·ν = 0
        row += k[i][j];
      }
      assertEquals(1, row, 1e-14, "row " + i);
    }
    for (int j = 0; j < n; j++) {
      a[n - 1][j] = 1; // Σ ν = 1 replaces the last equation
    }
    a[n - 1][n] = 1;
    for (int p = 0; p < n; p++) {
      int best = p;
      for (int r = p + 1; r < n; r++) {
        best = Math.abs(a[r][p]) > Math.abs(a[best][p]) ? r : best;
      }
      double[] t = a[p];
      a[p] = a[best];
      a[best] = t;
      for (int r = 0; r < n; r++) {
        if (r != p) {
          double factor = a[r][p] / a[p][p];
          for (int j = p; j <= n; j++) {
            a[r][j] -= factor * a[p][j];
          }
        }
      }
    }
    double[] nu = new double[n];
    for (int i = 0; i < n; i++) {
      nu[i] = a[i][n] / a[i][i];
    }
    return nu;
  }

  @Test
  void aHotPairWithHeartbeatAndFixedSwitchoverMatchesItsSemiMarkovChain() {
    var s = standby(StandbyMode.HOT, 1, "hb", new Deterministic(SWITCH), SWITCH_FAILURE);
    var model = new SystemModel(
        List.of(exp("a", 1, 1 / LAMBDA, 1 / MU, null), exp("b", 1, 1 / LAMBDA, 1 / MU, null)),
        List.of(), List.of(new Detector("hb", new Heartbeat(INTERVAL, TIMEOUT))), s);
    StandbyFailover.Solution sol = StandbyFailover.solve(model, s);
    double[] hand = hotPairByHand();
    ScopeAnalytics a = sol.scope();
    assertEquals(hand[0], a.unavailability().value(), 1e-10 * hand[0]);
    assertEquals(1 - hand[0], a.availability().value(), 1e-12);
    assertEquals(hand[1], a.failureFrequency().value(), 1e-10 * hand[1]);
    assertEquals((1 - hand[0]) / hand[1], a.mtbf().value(), 1e-9 * a.mtbf().value());
    assertEquals(hand[0] / hand[1], a.mttr().value(), 1e-9 * a.mttr().value());
    assertEquals(hand[2], a.mttf().value(), 1e-9 * hand[2]);
    StandbyFailover.Downtime d = sol.downtime();
    assertEquals(hand[3] * YEAR, d.undetected().value(), 1e-9 * hand[3] * YEAR);
    assertEquals(hand[4] * YEAR, d.switching().value(), 1e-9 * hand[4] * YEAR);
    assertEquals(hand[5] * YEAR, d.noSpare().value(), 1e-9 * hand[5] * YEAR);
    assertEquals(hand[6] * YEAR, d.repair().value(), 1e-9 * hand[6] * YEAR);
    // λ·(T + I) of the failures come within a heartbeat history of their repair: stated, approx.
    assertEquals(LAMBDA * (TIMEOUT + INTERVAL) * a.unavailability().value(),
        a.unavailability().error(), 1e-15 * a.unavailability().value());
    assertTrue(a.unavailability().formula().contains("approx"), a.unavailability().formula());
  }
  // ---- (c) the simulated standby, through the engine ----

  private static final double H = Durations.HOUR;

  /**
   * Simulates the model's standby (the system) over {@code replications} of {@code hours} after a
   * warm-up, and returns the per-replication shares {U, undetected, switching, no spare, repair}
   * and the failures per second.
   */
  private static Tally[] simulate(SystemModel model, int replications, double hours) {
    Tally[] shares = new Tally[6];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = new Tally();
    }
    double warmup = 10 * H;
    double horizon = warmup + hours * H;
    for (int r = 0; r < replications; r++) {
      var sim = new AvailabilitySimulation(model, new RandomStreams(2026, r), warmup);
      ScopeObservation system = sim.run(horizon).get(0);
      StandbyObservation seen = sim.standbyObservations().get(0);
      double observed = horizon - warmup;
      shares[0].add(system.downTime() / observed);
      shares[1].add(seen.downUndetected() / observed);
      shares[2].add(seen.downSwitching() / observed);
      shares[3].add(seen.downNoSpare() / observed);
      shares[4].add(seen.downRepair() / observed);
      shares[5].add(system.failures() / observed);
    }
    return shares;
  }

  /** The analytic value lies in the 99 % interval, and the interval is narrower than ±width. */
  private static void assertWithin(Tally tally, double analytic, double width, String what) {
    ConfidenceInterval ci = tally.confidenceInterval(0.99);
    assertTrue(ci.contains(analytic), what + ": " + ci + " should contain " + analytic);
    assertTrue(ci.halfWidth() / analytic < width, what + ": too wide: " + ci);
  }

  @Test
  void aWarmTrioWithOneRepairerAgreesWithTheSimulation() {
    // FIFO repairs, a fixed heartbeat delay, uniform switchovers that fail one time in five.
    var s = new Structure.Standby("pair", "a", List.of("b"), StandbyMode.WARM, 0.3, "hb",
        new Uniform(5 * 60, 15 * 60), 0.2);
    var model = new SystemModel(
        List.of(exp("a", 1, 10 * H, 2 * H, "t"), exp("b", 2, 10 * H, 2 * H, "t")),
        List.of(new Crew("t", 1)),
        List.of(new Detector("hb", new Heartbeat(60, 180, 0, new Deterministic(2)))), s);
    StandbyFailover.Solution sol = StandbyFailover.solve(model, s);
    Tally[] sim = simulate(model, 40, 20_000);
    assertWithin(sim[0], sol.scope().unavailability().value(), 0.05, "unavailability");
    assertWithin(sim[1], sol.downtime().undetected().value() / YEAR, 0.05, "undetected");
    assertWithin(sim[2], sol.downtime().switching().value() / YEAR, 0.05, "switching");
    assertWithin(sim[3], sol.downtime().noSpare().value() / YEAR, 0.10, "no spare");
    assertWithin(sim[4], sol.downtime().repair().value() / YEAR, 0.10, "repair");
    assertWithin(sim[5], sol.scope().failureFrequency().value(), 0.05, "failures");
  }

  @Test
  void aLossyHeartbeatsNeedlessSwitchoversAgreeWithTheSimulation() {
    // Loss 0.02 with T/I = 2.5: a false suspicion after two losses in a row, φ = q·p²/I, each a
    // needless 20 s switchover, most of the downtime; the chain takes them as a Poisson stream
    // (stated error about 3e-3).
    var s = standby(StandbyMode.HOT, 1, "hb", new Deterministic(20), 0);
    Heartbeat hb = new Heartbeat(1, 2.5, 0.02, null);
    var model = new SystemModel(
        List.of(exp("a", 1, 5 * H, H / 12, null), exp("b", 1, 5 * H, H / 12, null)),
        List.of(), List.of(new Detector("hb", hb)), s);
    StandbyFailover.Solution sol = StandbyFailover.solve(model, s);
    assertEquals(0.98 * 0.02 * 0.02, DetectorAnalytics.falseSuspicionRate(hb), 1e-15);
    assertTrue(sol.scope().unavailability().isApproximate());
    Tally[] sim = simulate(model, 20, 1_000);
    assertWithin(sim[0], sol.scope().unavailability().value(), 0.05, "unavailability");
    assertWithin(sim[2], sol.downtime().switching().value() / YEAR, 0.05, "switching");
    assertWithin(sim[1], sol.downtime().undetected().value() / YEAR, 0.05, "undetected");
    assertWithin(sim[5], sol.scope().failureFrequency().value(), 0.05, "failures");
  }
}
