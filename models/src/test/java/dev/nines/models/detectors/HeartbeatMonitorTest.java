package dev.nines.models.detectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.MarkovChain;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.units.MarkovUnit;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/** Exact belief timelines with fixed settings, and the cost of skipping ahead. */
class HeartbeatMonitorTest {

  /** A monitored unit in its own simulation, with the belief changes written down. */
  static final class Watch {
    final Simulation sim = new Simulation();
    final Unit unit;
    final HeartbeatMonitor monitor;
    final List<String> beliefs = new ArrayList<>();

    Watch(Heartbeat hb, ContinuousSampler life, ContinuousSampler repair,
        UniformRandomProvider random, double warmup) {
      this(hb, sim -> new RenewalUnit("u", sim, life, repair, RepairService.IMMEDIATE), random,
          warmup);
    }

    Watch(Heartbeat hb, java.util.function.Function<Simulation, Unit> unitMaker,
        UniformRandomProvider random, double warmup) {
      unit = unitMaker.apply(sim);
      monitor = new HeartbeatMonitor(unit, hb, sim, random, warmup);
      unit.addListener(monitor);
      monitor.addListener((t, trusted) -> beliefs.add(t + (trusted ? " trusted" : " suspected")));
      unit.start();
      monitor.start();
    }

    DetectorObservation run(double horizon) {
      sim.runUntil(horizon);
      return monitor.finish(horizon);
    }
  }

  private static UniformRandomProvider stream(int replication) {
    return new RandomStreams(2026, replication).stream("u/hb");
  }

  @Test
  void aFailureIsSuspectedTimeoutAfterTheLastHeartbeatAndARepairIsTrustedAtOnce() {
    // Lives of 10.5 s, repairs of 9.5 s: fails at 10.5 and 30.5, repaired at 20 and 40.
    Watch w = new Watch(new Heartbeat(1, 3), () -> 10.5, () -> 9.5, stream(0), 0);
    DetectorObservation seen = w.run(35);
    // Last heartbeats sent at 10 and 30 (before the failures): suspected 3 s later.
    assertEquals(List.of("13.0 suspected", "20.0 trusted", "33.0 suspected"), w.beliefs);
    assertArrayEquals(new double[] {2.5, 2.5}, seen.detectionDelays());
    assertEquals(0, seen.missedDetections());
    assertEquals(0, seen.falseSuspicions());
    assertEquals(21, seen.upTime(), 1e-12); // [0, 10.5) and [20, 30.5)
    assertTrue(w.sim.pending() <= 3, "nothing but the unit's event and the monitor's should wait");
  }

  @Test
  void aFixedDelayShiftsSuspicionAndTrust() {
    Watch w = new Watch(new Heartbeat(1, 3, 0, new Deterministic(0.25)), () -> 10.5, () -> 9.5,
        stream(0), 0);
    DetectorObservation seen = w.run(25);
    assertEquals(List.of("13.25 suspected", "20.25 trusted"), w.beliefs);
    assertArrayEquals(new double[] {2.75}, seen.detectionDelays());
  }

  @Test
  void aHeartbeatDueAtTheInstantOfFailureIsNeverSent() {
    // Fails at exactly 10 s: the heartbeat of 10 s does not exist, the last one left at 9 s.
    Watch w = new Watch(new Heartbeat(1, 3), () -> 10.0, () -> 100.0, stream(0), 0);
    DetectorObservation seen = w.run(50);
    assertEquals(List.of("12.0 suspected"), w.beliefs);
    assertArrayEquals(new double[] {2.0}, seen.detectionDelays());
  }

  @Test
  void aRepairBeforeTheTimeoutIsAMissedDetection() {
    // Fails at 10.5, repaired at 11.5, before the suspicion due at 13: never suspected.
    Watch w = new Watch(new Heartbeat(1, 3), () -> 10.5, () -> 1.0, stream(0), 0);
    DetectorObservation seen = w.run(30); // failures at 10.5 and 22
    assertEquals(List.of(), w.beliefs);
    assertEquals(2, seen.missedDetections());
    assertEquals(0, seen.detectionDelays().length);
  }

  @Test
  void failuresBeforeTheWarmupAreNotCounted() {
    Watch w = new Watch(new Heartbeat(1, 3), () -> 10.5, () -> 9.5, stream(0), 15);
    DetectorObservation seen = w.run(35);
    assertArrayEquals(new double[] {2.5}, seen.detectionDelays()); // only the failure at 30.5
    assertEquals(10.5, seen.upTime(), 1e-12); // [20, 30.5)
  }

  /**
   * Losses scripted through the stream: with no delay every special heartbeat is lost, and the
   * monitor draws only the number of normal heartbeats before each special one, N = ⌊ln V / ln(1−r)⌋
   * with V = 1 − u. With r = p = 1/2, u = 1 − 0.75·2⁻ⁿ gives N = n.
   */
  @Test
  void twoLostHeartbeatsInARowAreToleratedAndThreeAreSuspected() {
    double[] script = {normals(5), normals(0), normals(10), normals(0), normals(0)};
    // 0..4 arrive, 5 and 6 lost, 7..16 arrive, 17, 18 and 19 lost, then all arrive.
    Watch w = new Watch(new Heartbeat(1, 3, 0.5, null), null, null, new Scripted(script), 0);
    DetectorObservation seen = w.run(40);
    // 4 covers [4, 7) and 7 arrives at 7: no gap. 16 covers [16, 19); 20 arrives at 20.
    assertEquals(List.of("19.0 suspected", "20.0 trusted"), w.beliefs);
    assertEquals(1, seen.falseSuspicions());
    assertArrayEquals(new double[] {1.0}, seen.falseSuspicionLengths());
    assertEquals(40, seen.upTime());
  }

  private static double normals(int n) {
    return 1 - 0.75 * Math.pow(2, -n);
  }

  /** Returns the given doubles, then values just below 1 (long runs of normal heartbeats). */
  private static final class Scripted implements UniformRandomProvider {
    private final double[] values;
    private int next;

    Scripted(double[] values) {
      this.values = values;
    }

    @Override
    public double nextDouble() {
      return next < values.length ? values[next++] : Math.nextDown(1.0);
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException("only nextDouble is scripted");
    }
  }

  @Test
  void tenYearsOfHeartbeatsEverySecondTakeFewEvents() {
    // 3.2e8 heartbeats; about 3.2e5 of them are special (lost), one event each.
    for (Distribution delay : new Distribution[] {null, new Exponential(0.005)}) {
      Watch w = new Watch(new Heartbeat(1, 3, 1e-3, delay), null, null, stream(0), 0);
      DetectorObservation seen = w.run(10 * Durations.YEAR);
      assertTrue(w.sim.eventsFired() < 1_000_000, "fired " + w.sim.eventsFired());
      assertEquals(10 * Durations.YEAR, seen.upTime());
    }
  }

  @Test
  void aMarkovUnitIsMonitoredThroughItsUpAndDownChanges() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("ok", true);
    states.put("broken", false);
    MarkovChain chain = new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "broken", 1 / 600.0),
        new MarkovChain.Transition("broken", "ok", 1 / 60.0)));
    List<Double> failures = new ArrayList<>();
    Watch w = new Watch(new Heartbeat(1, 3), sim -> {
      Unit unit = new MarkovUnit("m", sim, chain, new RandomStreams(2026, 0).stream("m"));
      unit.addListener((t, up) -> {
        if (!up) {
          failures.add(t);
        }
      });
      return unit;
    }, stream(0), 0);
    DetectorObservation seen = w.run(Durations.DAY);
    assertTrue(failures.size() > 50, "failures: " + failures.size());
    int settled = seen.detectionDelays().length + seen.missedDetections();
    assertTrue(settled == failures.size() || settled == failures.size() - 1); // the last may be open
    for (double d : seen.detectionDelays()) {
      assertTrue(d > 2 && d <= 3, "delay " + d); // T − I < delay ≤ T without loss or delay
    }
    assertEquals(0, seen.falseSuspicions());
  }
}
