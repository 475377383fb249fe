package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.detectors.DetectorObservation;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairService;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Tally;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The exact mean detection delay against a brute force worked out here (every loss pattern of the
 * heartbeats that can matter, the phase on a fine grid, the first uncovered instant found from the
 * arrivals themselves) and against the simulated monitor.
 */
class DetectionDelayTest {

  /**
   * E[delay] for a fixed delay d: the failure at 0, heartbeats sent at −I·(v + j), j < N, each lost
   * with probability p; arrivals cover [s + d, s + d + T); the delay is the first uncovered t ≥ 0.
   * Older heartbeats end their cover before 0 and cannot matter. As in the monitor, a gap of a
   * rounding error (arrivals exactly T apart) is no gap.
   */
  private static double bruteForce(double i, double t, double p, double d, int grid) {
    int n = (int) Math.floor((t + d) / i) + 2;
    double sum = 0;
    for (int g = 0; g < grid; g++) {
      double v = (g + 0.5) / grid;
      for (int mask = 0; mask < 1 << n; mask++) { // bit j set: heartbeat j arrives
        int arrived = Integer.bitCount(mask);
        double weight = Math.pow(1 - p, arrived) * Math.pow(p, n - arrived);
        double now = 0;
        boolean moved = true;
        while (moved) { // walk to the end of the covered stretch holding `now`
          moved = false;
          for (int j = 0; j < n; j++) {
            double start = -i * (v + j) + d;
            if ((mask >> j & 1) == 1 && start <= now + 1e-12 && now < start + t) {
              now = start + t;
              moved = true;
            }
          }
        }
        sum += weight * now;
      }
    }
    return sum / grid;
  }

  @Test
  void theIssuesCaseIsTheSumOverRunsOfLosses() {
    // I = 1 s, T = 1.5 s, p = 0.6: the old T − I/2 − I·p/(1−p) was −0.5 s. Independently:
    // (1−p)·Σ_j p^j·E[(T − I(U+j))⁺] by a midpoint sum over U, and the brute force.
    double p = 0.6;
    double sum = 0;
    int grid = 1_000_000;
    for (int j = 0; j < 40; j++) {
      double inner = 0;
      for (int g = 0; g < grid; g++) {
        inner += Math.max(0, 1.5 - ((g + 0.5) / grid + j));
      }
      sum += (1 - p) * Math.pow(p, j) * inner / grid;
    }
    assertEquals(0.43, sum, 1e-9);
    Analytic exact = DetectorAnalytics.of(new Heartbeat(1, 1.5, p, null)).detectionDelay();
    assertEquals(sum, exact.value(), 1e-9);
    assertEquals(sum, bruteForce(1, 1.5, p, 0, 20_000), 1e-8);
  }

  @Test
  void theDelayIsZeroWhereTheMonitorAlreadySuspects() {
    // The issue's 2.9473898 s: I = 1, T = 3.5, p = 0.05, no delay (the old formula gave 56/19).
    // K = 3: whole intervals for j < 3, and for j = 3 only U < 1/2, where T − I(U+3) = 1/2 − U.
    double p = 0.05;
    double q = 1 - p;
    double byHand = q * (3 + p * 2 + p * p * 1 + p * p * p * 0.125);
    assertEquals(2.9473898, byHand, 1e-7);
    double value = DetectorAnalytics.of(new Heartbeat(1, 3.5, p, null)).detectionDelay().value();
    assertEquals(byHand, value, 1e-12);
    assertEquals(byHand, bruteForce(1, 3.5, p, 0, 4_000), 1e-9);
    assertTrue(Math.abs(value - 56.0 / 19) > 2e-5);
  }

  @Test
  void aFixedDelayKeepsHeartbeatsInFlightAtTheFailure() {
    // Delays below, about and beyond I: heartbeats still in flight at the failure start a stretch
    // after it, so f may lie in a gap (delay 0) or an older stretch.
    double[][] cases = {{1, 2.5, 0.3, 0.5}, {1, 2.5, 0.3, 1.7}, {0.5, 1.2, 0.4, 0.9},
        {1, 3, 0.2, 0.25}, {1, 1.5, 0.6, 0.3}};
    for (double[] c : cases) {
      Heartbeat hb = new Heartbeat(c[0], c[1], c[2], new Deterministic(c[3]));
      double value = DetectorAnalytics.of(hb).detectionDelay().value();
      assertEquals(bruteForce(c[0], c[1], c[2], c[3], 20_000), value, 2e-6, hb.toString());
    }
  }

  @Test
  void withoutLossesARandomDelayAddsItsMean() {
    // No overtaking (jitter far below I and T − I): E[(T + D − I·V)] = T − I/2 + E[D].
    Heartbeat hb = new Heartbeat(1, 3, 0, new Exponential(0.005));
    assertEquals(2.505, DetectorAnalytics.of(hb).detectionDelay().value(), 1e-12);
    Heartbeat uniform = new Heartbeat(1, 2.5, 0, new Uniform(0.1, 0.9));
    assertEquals(2.5, DetectorAnalytics.of(uniform).detectionDelay().value(), 1e-12);
  }

  @Test
  void aSmallJitterAgreesWithTheFixedDelayItSurrounds() {
    // Uniform on [0.5 − ε, 0.5 + ε]: the mean moves by O(p^K·ε/I) from the fixed 0.5.
    Heartbeat fixed = new Heartbeat(1, 2.5, 0.3, new Deterministic(0.5));
    Heartbeat jitter = new Heartbeat(1, 2.5, 0.3, new Uniform(0.5 - 1e-4, 0.5 + 1e-4));
    double a = DetectorAnalytics.of(fixed).detectionDelay().value();
    double b = DetectorAnalytics.of(jitter).detectionDelay().value();
    assertEquals(a, b, 1e-5);
  }

  @Test
  void noValueWhereTheJitterDecidesTheOrderOrTheGaps() {
    String reason = "delay jitter comparable to I";
    Analytic overtaking =
        DetectorAnalytics.of(new Heartbeat(1, 2.5, 0.02, new Uniform(0, 3))).detectionDelay();
    assertFalse(overtaking.hasValue());
    assertTrue(overtaking.formula().contains(reason), overtaking.formula());
    // T/I whole and losses: after K − 1 losses the gap is T ± the jitter, a gap or none.
    Analytic whole =
        DetectorAnalytics.of(new Heartbeat(1, 3, 0.05, new Exponential(0.2))).detectionDelay();
    assertFalse(whole.hasValue());
    assertTrue(whole.formula().contains(reason), whole.formula());
  }

  /**
   * The mean detection delay over {@code reps} runs of one unit: up for 30 s + U·I (so that the
   * failure's phase is exactly uniform: heartbeats start with each up period), down 20 s.
   */
  private static ConfidenceInterval simulate(Heartbeat hb, int reps, double horizon) {
    Tally tally = new Tally();
    double i = hb.interval();
    for (int r = 0; r < reps; r++) {
      RandomStreams streams = new RandomStreams(1919, r);
      Simulation sim = new Simulation();
      UniformRandomProvider life = streams.stream("u/failure");
      RenewalUnit unit = new RenewalUnit("u", sim, () -> 30 + i * life.nextDouble(), () -> 20,
          RepairService.IMMEDIATE);
      HeartbeatMonitor monitor = new HeartbeatMonitor(unit, hb, sim, streams.stream("u/hb"), 0);
      unit.addListener(monitor);
      unit.start();
      monitor.start();
      sim.runUntil(horizon);
      DetectorObservation o = monitor.finish(horizon);
      double sum = 0;
      for (double d : o.detectionDelays()) {
        sum += d;
      }
      tally.add(sum / o.detectionDelays().length);
    }
    return tally.confidenceInterval(0.999);
  }

  @Test
  void theSimulatedMonitorAgreesWithTheExactMeanAndNotWithTheOldFormula() {
    Heartbeat issue = new Heartbeat(1, 1.5, 0.6, null);
    ConfidenceInterval a = simulate(issue, 20, 20 * 50.5 * 250); // 5,000 failures
    assertTrue(a.contains(DetectorAnalytics.of(issue).detectionDelay().value()), a.toString());
    assertFalse(a.contains(1.5 - 0.5 - 0.6 / 0.4), a.toString());
    assertTrue(a.high() - a.low() < 0.05, a.toString());

    // A fixed delay half an interval with losses: exact 2.0099, the old 2.0714 (3 % higher).
    Heartbeat delayed = new Heartbeat(1, 2.5, 0.3, new Deterministic(0.5));
    ConfidenceInterval b = simulate(delayed, 20, 20 * 50.5 * 1000); // 20,000 failures
    assertTrue(b.contains(DetectorAnalytics.of(delayed).detectionDelay().value()), b.toString());
    assertFalse(b.contains(2.5 - 0.5 + 0.5 - 0.3 / 0.7), b.toString());
  }

  /**
   * An ordinary lognormal delay (2 ms ± 1 ms) never reorders heartbeats a second apart: the mean is
   * T − I/2 + E[D] without losses, and the law's far end is its quantile exp(m + s·z) at 1 − 1e-15
   * (z = 7.9413), not the 15,818 s a generic inverse CDF gives.
   */
  @Test
  void aLognormalDelayHasItsExactMean() {
    dev.nines.models.distributions.Lognormal d =
        new dev.nines.models.distributions.Lognormal(0.002, 0.001);
    double s2 = Math.log(1 + 0.25);
    double m = Math.log(0.002) - s2 / 2;
    double far = Math.exp(m + Math.sqrt(s2) * 7.941345326170997);
    // From the CDF in doubles the survival near 1e-15 is known to about 10 % of itself, which moves
    // the quantile by a few per mille: close enough to bound a sum, and 10⁵ times nearer than 15,818 s.
    assertEquals(far, DelayLaw.of(d).top(), 1e-2 * far);
    Analytic mean = DetectorAnalytics.of(new Heartbeat(1, 3, 0, d)).detectionDelay();
    assertEquals(3 - 0.5 + 0.002, mean.value(), 1e-9);
  }
}
