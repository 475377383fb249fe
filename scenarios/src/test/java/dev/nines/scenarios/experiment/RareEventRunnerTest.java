package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.simulator.StopSignal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code nines run --precision 10%} at nine to twelve nines: {@code auto} takes importance
 * sampling, the run stops at 10 % and holds the exact value, worked out here; splitting holds the
 * same values.
 */
class RareEventRunnerTest {

  private static final String THREE_OF_FIVE = """
      name: 3-of-5
      seed: 20
      horizon: 100y
      replications: 10
      crews: {technician: {size: 1}}
      components:
        replica:
          count: 5
          failure: {dist: exponential, mean: 100000h}
          repair: {dist: exponential, mean: 4h}
          crew: technician
      system: {atLeast: 3, of: replica}
      """;

  private static Scenario scenario(String yaml) throws ScenarioException {
    return ScenarioLoader.parse(yaml, "test.yaml", Overrides.NONE);
  }

  private static ExperimentResult run(Scenario s, int threads) throws Exception {
    RunMethods.Plan plan = RunMethods.plan(Method.AUTO, s, Map.of(), false);
    assertEquals(Method.IMPORTANCE, plan.choice().method(), plan.choice().line());
    return RunLoop.run(plan.runner(), s, threads, Precision.relative(0.1), 100_000,
        StopSignal.none(), RunLoop.Listener.NONE);
  }

  private static ExperimentResult run(Scenario s, Method method) throws Exception {
    RunMethods.Plan plan = RunMethods.plan(method, s, Map.of(), false);
    assertEquals(method, plan.choice().method(), plan.choice().line());
    return RunLoop.run(plan.runner(), s, 2, Precision.relative(0.1), 100_000,
        StopSignal.none(), RunLoop.Listener.NONE);
  }

  private static final String STANDBY_PAIR = """
      name: standby pair
      seed: 31
      horizon: 1y
      replications: 1000
      components:
        primary:
          failure: {dist: exponential, mean: 100000h}
          repair: {dist: exponential, mean: 1h}
        replica:
          failure: {dist: exponential, mean: 100000h}
          repair: {dist: exponential, mean: 1h}
      detectors:
        hb: {heartbeat: {interval: 20ms, timeout: 60ms}}
      system:
        standby:
          name: db
          active: primary
          spares: replica
          mode: hot
          detector: hb
          switchover: {dist: uniform, min: 20ms, max: 80ms}
          switchFailure: 0.0001
      """;

  /**
   * A hot pair behind a 20 ms heartbeat (timeout 60 ms), switchovers of 20 to 80 ms failing once
   * in 10⁴, lives of 10⁵ h (rate λ), repairs of 1 h (rate μ): nine nines. Each failure of the
   * active unit costs the detection, T − I/2 = 50 ms (a uniform heartbeat phase), and the
   * switchover, 50 ms; a failed switchover waits for the first of the manual restore and the
   * failed unit's repair, both of mean 1 h: 30 min; and the two hot units, repaired
   * independently, are both down (λ/(λ + μ))² ≈ (λ/μ)² of the time. So
   * U ≈ λ·(0.1 s + 10⁻⁴·1800 s) + (λ/μ)², exact to a relative 10⁻⁴ (terms of order λ/μ, and
   * outages that overlap). Importance sampling (auto) and splitting both
   * hold it within 10 %.
   */
  @Test
  void standbyPairBehindADetectorAtNineNines() throws Exception {
    double lambda = 1 / (100_000 * 3600.0);
    double rho = 1 / 100_000.0;
    double exact = lambda * (0.05 + 0.05 + 1e-4 * 1800) + rho * rho;
    assertEquals(8.8e-10, exact, 0.05e-10);
    Scenario s = scenario(STANDBY_PAIR);
    ExperimentResult auto = run(s, 2);
    ExperimentResult split = run(s, Method.SPLITTING);
    for (ExperimentResult r : List.of(auto, split)) {
      MetricResult u = r.metric("system", "unavailability");
      assertTrue(u.low() <= exact * 1.0002 && exact * 0.9998 <= u.high(), exact + " outside " + u);
      assertTrue((u.high() - u.low()) / 2 / u.mean() <= 0.1, u.toString());
      assertEquals(exact, u.analytic(), 1e-3 * exact);
      // The standby's down state is as rare as the system's: none of its figures from plain
      // simulation. Its switchovers (one per failure of the active unit, λ·T) and the detector's
      // delay (T − I/2 = 50 ms, the heartbeat's phase uniform) are frequent: given.
      assertTrue(r.metrics().stream().noneMatch(m -> m.scope().equals("db")
          && RareEventRunner.DOWN_STATE.contains(m.name())), "no down-state figure of db");
      MetricResult switchovers = r.metric("db", "switchovers");
      double perYear = lambda * 8760 * 3600;
      assertTrue(switchovers.low() <= perYear && perYear <= switchovers.high(),
          switchovers.toString());
      MetricResult delay = r.metric("hb", "detection-delay");
      assertTrue(delay.low() <= 0.05 && 0.05 <= delay.high(), delay.toString());
    }
  }

  private static void holds(MetricResult m, double exact) {
    assertTrue(m.low() <= exact && exact <= m.high(), exact + " outside " + m);
    assertTrue((m.high() - m.low()) / 2 / m.mean() <= 0.1, m.toString());
  }

  /**
   * One technician, k of 5 down: a birth-death chain with failures at (5 − k)λ and repairs at μ;
   * the system is down from k = 3 on. U = Σ_{k≥3} π_k = 3.84e-12.
   */
  @Test
  void threeOfFiveWithOneTechnicianAtTwelveNines() throws Exception {
    double rho = 4.0 / 100_000;
    double[] weight = new double[6];
    weight[0] = 1;
    for (int k = 1; k <= 5; k++) {
      weight[k] = weight[k - 1] * (6 - k) * rho;
    }
    double sum = 0;
    for (double w : weight) {
      sum += w;
    }
    double exact = (weight[3] + weight[4] + weight[5]) / sum;
    assertEquals(3.84e-12, exact, 0.005e-12);
    ExperimentResult r = run(scenario(THREE_OF_FIVE), 2);
    holds(r.metric("system", "unavailability"), exact);
    assertEquals(exact, r.metric("system", "unavailability").analytic(), 1e-9 * exact);
    assertTrue(r.metric("system", "unavailability").diagnostics().effectiveSampleSize() > 20);
    // The group and the crew, from the plain simulation of the same replications: a unit is down
    // E[k]/5 of the time, the technician busy 1 − π_0.
    double meanDown = 0;
    for (int k = 1; k <= 5; k++) {
      meanDown += k * weight[k] / sum;
    }
    MetricResult unit = r.metric("replica", "unit-availability");
    assertTrue(unit.low() <= 1 - meanDown / 5 && 1 - meanDown / 5 <= unit.high(), unit.toString());
    MetricResult busy = r.metric("technician", "crew-utilization");
    assertTrue(busy.low() <= 1 - weight[0] / sum && 1 - weight[0] / sum <= busy.high(),
        busy.toString());
    assertTrue(r.metrics().stream().noneMatch(m -> m.scope().equals("system")
        && !RareEventRunner.FIGURES.contains(m.name())), "only the method's system figures");
  }

  /**
   * Weibull lives and one technician: no formula gives the failure frequency, so {@code auto}
   * judges by the structure function with every repair waiting behind the four other units. That
   * over-estimates: where the chain is known (exponential lives), it lies above the chain's own
   * f·T = π_2·3λ·T, and within a factor 100 of it.
   */
  @Test
  void autoJudgesASharedCrewWithoutAFormulaByItsLongestLine() throws Exception {
    Scenario wearOut = scenario(THREE_OF_FIVE.replace("{dist: exponential, mean: 100000h}",
        "{dist: weibull, shape: 2, scale: 112838h}"));
    MethodChoice choice = RunMethods.plan(Method.AUTO, wearOut, Map.of(), false).choice();
    assertEquals(Method.IMPORTANCE, choice.method(), choice.why());
    assertTrue(choice.why().contains("by the structure function, every repair waiting for the "
        + "whole crew line"), choice.why());
    double rho = 4.0 / 100_000;
    double[] weight = {1, 5 * rho, 20 * rho * rho, 60 * Math.pow(rho, 3),
        120 * Math.pow(rho, 4), 120 * Math.pow(rho, 5)};
    double sum = 0;
    for (double w : weight) {
      sum += w;
    }
    Scenario exponential = scenario(THREE_OF_FIVE);
    double chain = weight[2] / sum * 3 / (100_000 * 3600.0) * exponential.observed();
    double bound = dev.nines.models.rare.ImportanceSampling.expectedFailures(
        exponential.system(), exponential.observed(), true);
    assertTrue(bound >= chain && bound < 100 * chain, bound + " against the chain's " + chain);
  }

  /**
   * A Raft quorum over a century fails about 4.4 times per replication (every leader loss costs an
   * election), yet a third of its down time comes from lost majorities, about 7.6e-6 per
   * replication: 100 y · 8,760 h · 10·π(2 down)·3λ, π(2 down) = (48/200,000)², each of the 5
   * members' lives 200,000 h, repairs 48 h. And a warm pair of wear-out units behind a heartbeat has
   * no formula at all. Auto takes importance sampling for both, on the rare failures of the system
   * with instant failover (a pool or majority lost, a failed switchover).
   */
  @Test
  void autoSeesTheRareFailuresBehindFrequentFailovers() throws Exception {
    Scenario raft = scenario("""
        name: raft
        horizon: 100y
        components:
          node:
            count: 5
            failure: {dist: exponential, mean: 200000h}
            repair: {dist: exponential, mean: 48h}
        system:
          quorum: {name: raft, of: node, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}
        """);
    MethodChoice choice = RunMethods.plan(Method.AUTO, raft, Map.of(), false).choice();
    assertEquals(Method.IMPORTANCE, choice.method(), choice.why());
    double rho = 48.0 / 200_000;
    double lost = 100 * 8760 * 10 * rho * rho * 3 / 200_000;
    assertEquals(lost, choice.expectedFailures(), 0.05 * lost);
    assertTrue(choice.why().startsWith("about 4.4 system failures per replication expected; about"
        + " 7.6e-6 rare ones"), choice.why());
    Scenario warm = scenario("""
        name: warm pair
        horizon: 10y
        components:
          a: {failure: {dist: weibull, shape: 2, scale: 112838h}, repair: {dist: lognormal, mean: 1h, sd: 1h}}
          b: {failure: {dist: weibull, shape: 2, scale: 112838h}, repair: {dist: lognormal, mean: 1h, sd: 1h}}
        detectors:
          hb: {heartbeat: {interval: 20ms, timeout: 60ms}}
        system:
          standby: {name: pair, active: a, spares: b, mode: warm, dormancy: 0.5, detector: hb}
        """);
    assertEquals(Method.IMPORTANCE,
        RunMethods.plan(Method.AUTO, warm, Map.of(), false).choice().method());
  }

  /**
   * Each replication's plain simulation is the method's own unbiased trajectory: the same seed and
   * streams give the same system down time and failures, to the last bit.
   */
  @Test
  void thePlainSimulationIsTheMethodsOwnTrajectory() throws Exception {
    Scenario s = scenario(THREE_OF_FIVE.replace("100000h", "300h"));
    for (Method method : List.of(Method.IMPORTANCE, Method.SPLITTING)) {
      RareEventRunner runner = RareEventRunner.of(method, s, Map.of());
      long failures = 0;
      for (int i = 0; i < 3; i++) {
        RareReplication r = runner.replicate(i, null);
        assertEquals(r.rare().plainDownTime(), r.plain().scopes().get(0).downTime());
        assertEquals(r.rare().plainFailures(), r.plain().scopes().get(0).failures());
        failures += r.rare().plainFailures();
      }
      assertTrue(failures > 10, "outages to compare: " + failures);
    }
  }

  /**
   * Weibull lives (shape 2, scale 112,838 h: mean scale·Γ(3/2) = scale·√π/2 ≈ 100,000 h) and
   * lognormal repairs (mean 4 h, sd 2 h), repaired independently and started stationary: each unit
   * is down u = 4/(MTTF + 4) of the time, alone, so U = P(Bin(5, u) ≥ 3), about 6.4e-13.
   */
  @Test
  void threeOfFiveWithWeibullLivesAndLognormalRepairs() throws Exception {
    Scenario s = scenario("""
        name: 3-of-5 weibull
        seed: 21
        horizon: 100y
        replications: 10
        start: stationary
        components:
          replica:
            count: 5
            failure: {dist: weibull, shape: 2, scale: 112838h}
            repair: {dist: lognormal, mean: 4h, sd: 2h}
        system: {atLeast: 3, of: replica}
        """);
    double u = 4.0 / (112_838 * Math.sqrt(Math.PI) / 2 + 4);
    double exact = 10 * Math.pow(u, 3) * Math.pow(1 - u, 2) + 5 * Math.pow(u, 4) * (1 - u)
        + Math.pow(u, 5);
    ExperimentResult r = run(s, 2);
    holds(r.metric("system", "unavailability"), exact);
  }

  /** Same seed, same figures, for any thread count. */
  @Test
  void theSameForAnyThreadCount() throws Exception {
    ExperimentResult one = run(scenario(THREE_OF_FIVE), 1);
    ExperimentResult two = run(scenario(THREE_OF_FIVE), 2);
    assertEquals(one.metrics(), two.metrics());
    assertEquals(one.scenario().replications(), two.scenario().replications());
  }

  /**
   * Frequent failures: plain simulation; a standby behind a lossy heartbeat, which it cannot
   * simulate exactly: plain, with the reason; a cold standby (spares run at their pace): importance
   * sampling.
   */
  @Test
  void autoTakesPlainSimulationWhereFailuresAreFrequentOrTheModelIsOutOfReach()
      throws Exception {
    Scenario frequent = scenario(THREE_OF_FIVE.replace("100000h", "100h"));
    assertEquals(Method.CRUDE,
        RunMethods.plan(Method.AUTO, frequent, Map.of(), false).choice().method());
    String pair = """
        name: rare pair
        horizon: 1y
        components:
          a: {failure: {dist: exponential, mean: 100000h}, repair: {dist: exponential, mean: 1h}}
          b: {failure: {dist: exponential, mean: 100000h}, repair: {dist: exponential, mean: 1h}}
        """;
    Scenario lossy = scenario(pair + """
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s, loss: 0.01}}
        system:
          standby: {name: pair, active: a, spares: b, mode: hot, detector: hb}
        """);
    MethodChoice choice = RunMethods.plan(Method.AUTO, lossy, Map.of(), false).choice();
    assertEquals(Method.CRUDE, choice.method());
    assertTrue(choice.why().contains("the rare-event methods cannot run it: detector hb loses"
        + " heartbeats"), choice.why());
    Scenario cold = scenario(pair + """
        system:
          standby: {name: pair, active: a, spares: b, mode: cold}
        """);
    assertEquals(Method.IMPORTANCE,
        RunMethods.plan(Method.AUTO, cold, Map.of(), false).choice().method());
  }
}
