package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.Precision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sweep finds the cheapest design the formulas say meets the target, narrows an interval to
 * the precision asked and no further than needed, and lays out its grid in a fixed order.
 */
class SweepTest {

  /** Units up 99 % of the time (MTTF 99 h, MTTR 1 h, repaired at once), 2 needed of n. */
  private static final String TIER = """
      name: tier
      seed: 2026
      horizon: 10y
      replications: 10
      components:
        app: {count: 3, failure: {dist: exponential, mean: 99h}, repair: {dist: exponential, mean: 1h}}
      system: {atLeast: 2, of: app}
      """;

  private static Sweep sweep(String set, List<String> targets, String cost, double precision) {
    return new Sweep(TIER, "tier.yaml", Overrides.NONE, List.of(Parameter.parse(set)),
        targets.stream().map(Target::parse).toList(), cost == null ? null : Cost.parse(cost),
        precision, 320);
  }

  /** P(at least k of n up) for independent units each up with probability a. */
  private static double atLeast(int k, int n, double a) {
    double p = 0;
    for (int up = k; up <= n; up++) {
      p += binomial(n, up) * Math.pow(a, up) * Math.pow(1 - a, n - up);
    }
    return p;
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Test
  void theCheapestDesignMeetingTheTargetIsTheOneTheFormulaNames() throws ScenarioException {
    double target = 0.9999;
    Sweep sweep = sweep("components.app.count=2..6", List.of("availability>=" + target),
        "components.app.count*100", Double.NaN);
    List<PointResult> results = sweep.run(sweep.points(), 2, r -> { });
    int expected = 2;
    while (atLeast(2, expected, 0.99) < target) {
      expected++;
    }
    PointResult best = Sweep.best(results);
    assertEquals(expected, (int) best.point().set().get("components.app.count").number());
    assertEquals(expected * 100.0, best.cost());
    for (PointResult r : results) {
      int n = (int) r.point().set().get("components.app.count").number();
      MetricResult a = r.metric("system", "availability");
      assertEquals(atLeast(2, n, 0.99), a.analytic(), 1e-12, "the formula at n = " + n);
      // A design so reliable that no replication saw an outage has only a one-sided bound far
      // below the target: it is undecided, not met.
      Boolean verdict = a.note() != null ? null : n >= expected;
      assertEquals(verdict, r.meets(), "n = " + n + ": " + a);
    }
  }

  @Test
  void withoutATargetNothingIsJudgedAndThereIsNoBest() throws ScenarioException {
    Sweep sweep = sweep("components.app.count=2,3", List.of(), null, Double.NaN);
    List<PointResult> results = sweep.run(sweep.points(), 1, r -> { });
    assertTrue(results.stream().allMatch(r -> r.meets() == null && Double.isNaN(r.cost())));
    assertNull(Sweep.best(results));
  }

  @Test
  void everyPointDrawsTheSameRandomNumbers() throws ScenarioException {
    // The same point run alone or in a sweep gives the same figures: a point's replications
    // depend on the seed and their index only.
    Sweep sweep = sweep("components.app.count=3,4", List.of(), null, Double.NaN);
    List<PointResult> both = sweep.run(sweep.points(), 2, r -> { });
    PointResult alone = sweep.run(sweep.points().get(1), 1);
    assertEquals(both.get(1).metrics(), alone.metrics());
  }

  @Test
  void precisionRunsReplicationsUntilTheIntervalIsNarrowEnoughAndNoLonger()
      throws ScenarioException {
    double precision = 2e-5;
    Sweep sweep = sweep("components.app.count=3", List.of("availability>=0.999"), null,
        precision);
    Point point = sweep.points().get(0);
    PointResult r = sweep.run(point, 2);
    assertTrue(r.replications() > 10, "the first 10 replications are not enough");
    assertTrue(r.replications() < 320, "it stopped before the maximum");
    assertTrue(halfWidth(r.metrics()) <= precision);
    List<MetricResult> fewer = Experiment.run(sweep.scenario(point,
        new Overrides(null, r.replications() / 2, null)), 2).metrics();
    assertTrue(halfWidth(fewer) > precision, "half as many would not have done");
  }

  /**
   * A relative precision judges the system's unavailability (2-of-3 units each down 1 % of the
   * time: U = 1 - P(at least 2 of 3 up) ≈ 3e-4), by its relative half-width: without a target, and
   * for an availability target alike, since availability is read from the unavailability. The
   * point stops at a batch boundary (10, 20, 40, ...) and not before.
   */
  @Test
  void aRelativePrecisionJudgesTheUnavailabilityWithOrWithoutATarget() throws ScenarioException {
    Precision tenPercent = Precision.relative(0.1);
    List<Parameter> three = List.of(Parameter.parse("components.app.count=3"));
    Sweep plain = new Sweep(TIER, "tier.yaml", Overrides.NONE, three, List.of(), null,
        tenPercent, 320);
    Sweep targeted = new Sweep(TIER, "tier.yaml", Overrides.NONE, three,
        List.of(Target.parse("availability>=0.999")), null, tenPercent, 320);
    PointResult r = plain.run(plain.points().get(0), 2);
    assertTrue(List.of(20, 40, 80, 160).contains(r.replications()), "" + r.replications());
    MetricResult u = r.metrics().stream()
        .filter(m -> m.scope().equals("system") && m.name().equals("unavailability"))
        .findFirst().orElseThrow();
    double exact = 1 - atLeast(2, 3, 0.99);
    assertTrue(u.low() <= exact && exact <= u.high(), u.low() + " " + exact + " " + u.high());
    double relative = (u.high() - u.low()) / 2 / u.mean();
    assertTrue(relative <= 0.1, "relative half-width " + relative);
    assertEquals(relative, u.diagnostics().relativeError(), 1e-15);
    MetricResult half = Experiment.run(plain.scenario(plain.points().get(0),
        new Overrides(null, r.replications() / 2, null)), 2).metric("system", "unavailability");
    assertTrue((half.high() - half.low()) / 2 / half.mean() > 0.1, "half as many would not do");
    assertEquals(r.replications(), targeted.run(targeted.points().get(0), 2).replications());
  }

  @Test
  void precisionStopsAtTheMaximum() throws ScenarioException {
    Sweep sweep = new Sweep(TIER, "tier.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.count=3")),
        List.of(Target.parse("availability>=0.999")), null, 1e-12, 40);
    assertEquals(40, sweep.run(sweep.points().get(0), 2).replications());
  }

  /**
   * An hour of units that fail once in a thousand years: no replication sees an outage, so all the
   * run can say is the distribution-free one-sided bound: each replication that never went down was
   * up at a uniformly drawn time, so (1 - U)^R >= 5 % and A >= 0.05^(1/R) (plain simulation's
   * bound, asked for by name). That is no evidence the target is met: the point is undecided,
   * and a precision keeps doubling its replications (to the maximum, here) instead of stopping at a
   * half-width of 0.
   */
  @Test
  void aPointWhereNothingFailedIsUndecidedAndPrecisionKeepsGoing() throws ScenarioException {
    String quiet = TIER.replace("horizon: 10y", "horizon: 1h").replace("mean: 99h", "mean: 1000y");
    Sweep sweep = new Sweep(quiet, "quiet.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.count=3")),
        List.of(Target.parse("availability>=0.999")), null, null, 40, Method.CRUDE);
    PointResult once = sweep.run(sweep.points().get(0), 2);
    MetricResult a = once.metrics().stream()
        .filter(m -> m.scope().equals("system") && m.name().equals("availability"))
        .findFirst().orElseThrow();
    assertEquals(Math.pow(0.05, 1.0 / 10), a.low(), 1e-12);
    assertEquals(1.0, a.high());
    assertEquals(1.0, a.mean());
    assertEquals("no failure seen: one-sided bound", a.note());
    assertNull(once.meets());
    Sweep precise = new Sweep(quiet, "quiet.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.count=3")),
        List.of(Target.parse("availability>=0.999")), null, Precision.absolute(1e-3), 40,
        Method.CRUDE);
    PointResult doubled = precise.run(precise.points().get(0), 2);
    assertEquals(40, doubled.replications());
    assertNull(doubled.meets());
  }

  /**
   * Runs every point at once, each block cut into blocks of 3 run last first, each block and its
   * replications sent through Java serialization: what a cluster does to them.
   */
  private static final class Scattered implements Replicator {
    final List<Block> ran = new ArrayList<>();

    @Override
    public int points() {
      return Integer.MAX_VALUE;
    }

    @Override
    public List<List<?>> replicate(Sweep sweep, List<Block> blocks)
        throws ScenarioException {
      List<Block> pieces = new ArrayList<>();
      for (Block block : blocks) {
        pieces.addAll(block.split(3));
      }
      Map<Block, List<?>> done = new HashMap<>();
      Collections.reverse(pieces);
      for (Block piece : pieces) {
        Block sent = roundTrip(piece);
        ran.add(sent);
        done.put(piece, Portable.unpack(roundTrip(
            Portable.pack(sent.replicate(sweep.text(), sweep.file(), sweep.overrides())))));
      }
      List<List<?>> results = new ArrayList<>();
      for (Block block : blocks) {
        List<Object> all = new ArrayList<>();
        block.split(3).forEach(piece -> all.addAll(done.get(piece)));
        results.add(all);
      }
      return results;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("not serializable: " + value, e);
    }
  }

  @Test
  void blocksRunElsewhereInAnyOrderGiveWhatThisMachineGives() throws ScenarioException {
    // With a precision the points take different numbers of rounds (2 units need far more
    // replications than 5 to narrow their interval), yet each is told in grid order.
    Sweep sweep = sweep("components.app.count=2..5", List.of("availability>=0.999"), null, 1e-5);
    List<PointResult> here = sweep.run(sweep.points(), 2, r -> { });
    Scattered scattered = new Scattered();
    List<Integer> told = new ArrayList<>();
    List<PointResult> there = sweep.run(sweep.points(), scattered, r -> told.add(r.point().index()));
    assertEquals(List.of(0, 1, 2, 3), told);
    assertEquals(here, there);
    assertTrue(here.stream().map(PointResult::replications).distinct().count() > 1,
        "the points took different numbers of replications: " + here);
    int blocks = here.stream().mapToInt(r -> (r.replications() + 2) / 3).sum();
    assertTrue(scattered.ran.size() >= blocks, "every replication ran in a block of at most 3");
    assertEquals(here.stream().mapToInt(PointResult::replications).sum(),
        scattered.ran.stream().mapToInt(Block::size).sum(), "no replication ran twice");
  }

  @Test
  void aBlockSplitsIntoConsecutiveBlocks() {
    Block block = new Block(4, Map.of("a.b", "1"), 5, 12);
    assertEquals(List.of(new Block(4, Map.of("a.b", "1"), 5, 8),
        new Block(4, Map.of("a.b", "1"), 8, 11), new Block(4, Map.of("a.b", "1"), 11, 12)),
        block.split(3));
    assertEquals(List.of(), new Block(0, Map.of(), 3, 3).split(2));
    assertThrows(IllegalArgumentException.class, () -> new Block(0, Map.of(), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> block.split(0));
  }

  private static double halfWidth(List<MetricResult> metrics) {
    MetricResult a = metrics.stream()
        .filter(m -> m.scope().equals("system") && m.name().equals("availability"))
        .findFirst().orElseThrow();
    return (a.high() - a.low()) / 2;
  }

  @Test
  void aCostReadsNumbersAndRefusesNames() {
    Sweep sweep = new Sweep(TIER, "tier.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.app.repair.mean=1h,2h"),
            Parameter.parse("components.app.failure.dist=exponential,weibull")),
        List.of(), Cost.parse("components.app.repair.mean / 3600 + components.app.count"),
        Double.NaN, 320);
    assertEquals(1 + 3, sweep.price(sweep.points().get(0)));
    assertEquals(2 + 3, sweep.price(sweep.points().get(3)));
    Sweep named = new Sweep(TIER, "tier.yaml", Overrides.NONE, sweep.parameters(), List.of(),
        Cost.parse("components.app.failure.dist * 2"), Double.NaN, 320);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> named.price(named.points().get(0)));
    assertEquals("--cost reads components.app.failure.dist, whose value exponential is not a "
        + "number; a cost reads numbers, durations (in seconds) and rates (per second)",
        e.getMessage());
  }

  @Test
  void theGridVariesTheFirstParameterSlowest() {
    List<Point> grid = Point.grid(List.of(Parameter.parse("a.b=1,2"),
        Parameter.parse("c.d=x,y,z")));
    assertEquals(6, grid.size());
    assertEquals("a.b=1, c.d=x", grid.get(0).label());
    assertEquals("a.b=1, c.d=z", grid.get(2).label());
    assertEquals("a.b=2, c.d=x", grid.get(3).label());
    assertEquals(5, grid.get(5).index());
  }

  @Test
  void badSweepsAreRefusedWithTheReason() {
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
        () -> new Sweep(TIER, "t", Overrides.NONE, List.of(Parameter.parse("a.b=1")), List.of(),
            null, Precision.relative(0.1), 1));
    assertTrue(few.getMessage().contains("--max-replications must be at least 2"),
        few.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new Sweep(TIER, "t", Overrides.NONE, List.of(Parameter.parse("a.b=1"),
            Parameter.parse("a.b=2")), List.of(), null, Double.NaN, 10));
    assertTrue(twice.getMessage().contains("set twice"), twice.getMessage());
    IllegalArgumentException noEquals = assertThrows(IllegalArgumentException.class,
        () -> Parameter.parse("components.app.count"));
    assertTrue(noEquals.getMessage().contains("PATH=VALUES"), noEquals.getMessage());
    Sweep sweep = sweep("components.ap.count=2", List.of(), null, Double.NaN);
    IllegalArgumentException path = assertThrows(IllegalArgumentException.class,
        () -> sweep.scenario(sweep.points().get(0), Overrides.NONE));
    assertTrue(path.getMessage().contains("did you mean 'app'"), path.getMessage());
    assertFalse(path.getMessage().contains("Exception"));
  }

  @Test
  void aValueThatBreaksTheScenarioIsAProblemInTheFile() {
    Sweep sweep = sweep("components.app.count=1", List.of(), null, Double.NaN);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> sweep.scenario(sweep.points().get(0), Overrides.NONE));
    assertTrue(e.getMessage().contains("atLeast"), e.getMessage());
  }
}
