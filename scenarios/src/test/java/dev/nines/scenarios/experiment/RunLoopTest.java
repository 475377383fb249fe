package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.StopSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --precision}: replications in batches that end at fixed counts, judged only between
 * batches, so the result is the same for any number of threads and is always the figures of
 * replications 0..k-1.
 */
class RunLoopTest {

  private static final double MTTF = 100;
  private static final double MTTR = 1;

  /** One exponential unit, MTTF 100 h, MTTR 1 h, a year per replication, 4 replications first. */
  private static final Scenario ONE = Systems.scenario(5, 1, 4, 0.95,
      new Structure.Group("unit"), Systems.exponential("unit", 1, MTTF, MTTR));

  /**
   * The expected share of [0, T] a unit that starts up spends down: its down probability
   * λ/(λ+μ)·(1 − e^{−(λ+μ)t}) averaged over [0, T].
   */
  private static double exactUnavailability() {
    double lambda = 1 / MTTF;
    double mu = 1 / MTTR;
    double s = lambda + mu;
    double t = Systems.YEAR / Systems.HOUR;
    return lambda / s * (1 - (1 - Math.exp(-s * t)) / (s * t));
  }

  private static double relativeHalfWidth(MetricResult m) {
    return (m.high() - m.low()) / 2 / m.mean();
  }

  private static ExperimentResult run(Scenario scenario, int threads, Precision goal, int max,
      StopSignal signal) {
    return RunLoop.run(new CrudeRunner(scenario, Map.of(), false), scenario, threads, goal, max,
        signal, RunLoop.Listener.NONE);
  }

  @Test
  void batchesEndAtTheScenariosCountThenTwiceTheLastUpToTheMaximum() {
    assertEquals(30, RunLoop.nextBoundary(0, 30, 100_000));
    assertEquals(60, RunLoop.nextBoundary(30, 30, 100_000));
    assertEquals(100_000, RunLoop.nextBoundary(61_440, 30, 100_000));
    assertEquals(20, RunLoop.nextBoundary(0, 30, 20));
    assertEquals(Integer.MAX_VALUE, RunLoop.nextBoundary(1 << 30, 2, Integer.MAX_VALUE));
  }

  /**
   * 10 % relative half-width: the run stops at the first boundary (4, 8, 16, ...) where the
   * unavailability meets it, every earlier boundary missing it; its figures are exactly those of a
   * plain run of as many replications, and they hold the exact value.
   */
  @Test
  void aPrecisionRunStopsAtTheFirstBoundaryWhereTheUnavailabilityIsPreciseEnough() {
    ExperimentResult r = run(ONE, 2, Precision.relative(0.1), 1000, StopSignal.none());
    int k = r.scenario().replications();
    List<Integer> boundaries = new ArrayList<>();
    for (int b = 4; b <= 512; b *= 2) {
      boundaries.add(b);
    }
    assertTrue(boundaries.contains(k), "stopped at " + k);
    assertTrue(k > 4, "4 replications of a year are not enough for 10 %");
    MetricResult u = r.metric("system", "unavailability");
    assertTrue(relativeHalfWidth(u) <= 0.1, "relative half-width " + relativeHalfWidth(u));
    double exact = exactUnavailability();
    assertTrue(u.low() <= exact && exact <= u.high(), u.low() + " " + exact + " " + u.high());
    for (int b : boundaries.subList(0, boundaries.indexOf(k))) {
      MetricResult earlier = Experiment.run(ONE.withReplications(b), 1)
          .metric("system", "unavailability");
      assertTrue(relativeHalfWidth(earlier) > 0.1, b + " replications would have done");
    }
    assertEquals(Experiment.run(ONE.withReplications(k), 1).metrics(), r.metrics());
    assertNull(r.incomplete());
    assertTrue(r.precision().met());
    assertEquals(relativeHalfWidth(u), r.precision().achieved(), 1e-15);
  }

  /** The unavailability's relative error rides on every figure read from it; no weights in crude. */
  @Test
  void theFiguresReadFromTheUnavailabilityCarryItsRelativeError() {
    ExperimentResult r = Experiment.run(ONE.withReplications(8), 1);
    double relative = relativeHalfWidth(r.metric("system", "unavailability"));
    for (String name : new String[] {"availability", "unavailability", "downtime-per-year",
        "nines"}) {
      Diagnostics d = r.metric("system", name).diagnostics();
      assertEquals(relative, d.relativeError(), 1e-15, name);
      assertTrue(Double.isNaN(d.effectiveSampleSize()), name);
    }
    assertNull(r.metric("system", "mtbf").diagnostics());
  }

  @Test
  void theSameFiguresOnAnyNumberOfThreads() {
    ExperimentResult one = run(ONE, 1, Precision.relative(0.05), 1000, StopSignal.none());
    ExperimentResult three = run(ONE, 3, Precision.relative(0.05), 1000, StopSignal.none());
    assertEquals(one.scenario().replications(), three.scenario().replications());
    assertEquals(one.metrics(), three.metrics());
  }

  /**
   * An event budget that runs out inside a batch (during replication 21 of the batch 16..31):
   * the figures of replications 0..20, marked incomplete, the goal not met.
   */
  @Test
  void aRunStoppedInsideABatchKeepsTheReplicationsBeforeTheFirstUnfinished() {
    List<Replication> each = new ArrayList<>();
    long budget = 0;
    for (int i = 0; i < 22; i++) {
      each.add(Experiment.replicate(ONE, i));
      budget += i < 21 ? each.get(i).events() : each.get(i).events() / 2;
    }
    ExperimentResult r = run(ONE, 1, Precision.relative(0.001), 1000,
        new StopSignal(budget, 0));
    assertEquals(21, r.scenario().replications());
    assertEquals("the event budget of " + budget + " (--max-events) ran out after 21"
        + " replications, before the relative half-width of the unavailability reached 0.1 %",
        r.incomplete());
    assertEquals(Experiment.summarize(ONE.withReplications(21), each.subList(0, 21)).metrics(),
        r.metrics());
    assertFalse(r.precision().met());
  }

  @Test
  void aGoalNotMetByTheMaximumIsIncomplete() {
    ExperimentResult r = run(ONE, 2, Precision.relative(0.001), 10, StopSignal.none());
    assertEquals(10, r.scenario().replications()); // 4, 8, then 10
    assertTrue(r.incomplete().startsWith("the precision was not met within --max-replications 10:"
        + " the relative half-width of the unavailability is "), r.incomplete());
    assertTrue(r.incomplete().endsWith(", the goal 0.1 %"), r.incomplete());
    assertFalse(r.precision().met());
  }

  /**
   * A unit that fails once in a thousand years, watched for an hour: no failure, an unavailability
   * of 0 with only a bound, so no relative error to judge: the run goes on to its maximum and
   * says why.
   */
  @Test
  void withoutAFailureTheRunGoesOnToItsLimitAndSaysSo() {
    Scenario quiet = Systems.scenario(3, Systems.HOUR / Systems.YEAR, 4, 0.95,
        new Structure.Group("unit"), Systems.exponential("unit", 1, 1000 * 8760, 1));
    ExperimentResult r = run(quiet, 2, Precision.relative(0.1), 40, StopSignal.none());
    assertEquals(40, r.scenario().replications());
    assertEquals(0, r.metric("system", "unavailability").mean());
    assertEquals("the precision was not met within --max-replications 40: the relative half-width"
        + " of the unavailability is unknown (no failure seen: only a bound, no estimate), the"
        + " goal 10 %", r.incomplete());
  }

  @Test
  void withoutAPrecisionTheRunIsTheScenariosReplications() {
    ExperimentResult r = run(ONE, 2, null, 0, StopSignal.none());
    assertEquals(4, r.scenario().replications());
    assertNull(r.precision());
    assertNull(r.incomplete());
    assertEquals(Experiment.run(ONE, 1).metrics(), r.metrics());
  }
}
