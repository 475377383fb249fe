package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodChoice;
import dev.nines.scenarios.experiment.MethodUnavailable;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each point of a sweep runs with the method {@code nines run} would choose for its own scenario:
 * over the replica count of a 3-of-n cluster with one technician, the 3-of-3 point fails often
 * and runs plain simulation, the 3-of-4 and 3-of-5 points fail once in millennia and run
 * importance sampling, and every point's interval holds the exact unavailability, worked out here
 * from the birth-death chain of the number of failed replicas.
 */
class SweepMethodsTest {

  private static final double LIFE = 100_000; // hours
  private static final double REPAIR = 4; // hours

  private static final String CLUSTER = """
      name: 3-of-n cluster, one technician
      seed: 20
      horizon: 100y
      replications: 10
      crews:
        technician: {size: 1}
      components:
        replica:
          count: 5
          failure: {dist: exponential, mean: 100000h}
          repair: {dist: exponential, mean: 4h}
          crew: technician
      system: {atLeast: 3, of: replica}
      """;

  private static Sweep sweep(String counts, List<String> targets, Method method) {
    return new Sweep(CLUSTER, "cluster.yaml", Overrides.NONE,
        List.of(Parameter.parse("components.replica.count=" + counts)),
        targets.stream().map(Target::parse).toList(), null, Precision.relative(0.1), 5000,
        method);
  }

  /**
   * The exact unavailability of k-of-n with one technician: the number of failed replicas is a
   * birth-death chain, failures at (n − j)/LIFE from j failed, repairs at 1/REPAIR, so
   * π_j ∝ Π_{i<j} (n − i) · (REPAIR/LIFE)^j; the system is down with more than n − k failed.
   */
  static double unavailability(int k, int n) {
    double[] pi = new double[n + 1];
    pi[0] = 1;
    double total = 1;
    for (int j = 1; j <= n; j++) {
      pi[j] = pi[j - 1] * (n - j + 1) * REPAIR / LIFE;
      total += pi[j];
    }
    double down = 0;
    for (int j = n - k + 1; j <= n; j++) {
      down += pi[j];
    }
    return down / total;
  }

  @Test
  void eachPointRunsTheMethodOfItsOwnScenarioAndHoldsTheExactValue() throws ScenarioException {
    Sweep sweep = sweep("3..5", List.of(), Method.AUTO);
    List<PointResult> results = sweep.run(sweep.points(), 2, r -> { });
    // 3-of-3: any failure is a system failure, 3 per 100,000 h over 100 y: about 26 expected.
    assertEquals(Method.CRUDE, results.get(0).method().method());
    assertTrue(results.get(0).method().expectedFailures() > 1, results.get(0).method().why());
    for (PointResult r : results.subList(1, 3)) {
      assertEquals(Method.IMPORTANCE, r.method().method(), r.method().why());
      assertTrue(r.method().expectedFailures() < 1, r.method().why());
    }
    for (PointResult r : results) {
      int n = (int) r.point().set().get("components.replica.count").number();
      double exact = unavailability(3, n);
      MetricResult u = r.metric("system", "unavailability");
      assertTrue(u.low() <= exact && exact <= u.high(),
          n + " replicas: " + exact + " outside [" + u.low() + ", " + u.high() + "]");
      double relative = (u.high() - u.low()) / 2 / u.mean();
      assertTrue(relative <= 0.1, n + " replicas: the precision was met, " + relative);
      assertTrue(r.replications() < sweep.maxReplications(), "met before the maximum: " + r);
    }
    assertTrue(unavailability(3, 5) < 1e-11, "twelve nines: " + unavailability(3, 5));
  }

  @Test
  void theSameForAnyThreadCount() throws ScenarioException {
    Sweep sweep = sweep("4,5", List.of(), Method.AUTO);
    assertEquals(sweep.run(sweep.points(), 1, r -> { }), sweep.run(sweep.points(), 2, r -> { }));
  }

  @Test
  void autoTakesPlainSimulationWhereATargetNamesAFigureImportanceSamplingLacks()
      throws ScenarioException, MethodUnavailable {
    Sweep sweep = sweep("5", List.of("mttf>=100y"), Method.AUTO);
    MethodChoice choice = sweep.plan(sweep.points().get(0)).choice();
    assertEquals(Method.CRUDE, choice.method());
    assertTrue(choice.why().contains("importance sampling cannot run it: it gives no figure "
        + "system.mttf, which --target mttf>=100y asks for"), choice.why());
    Sweep named = sweep("5", List.of("mttf>=100y"), Method.IMPORTANCE);
    MethodUnavailable e = assertThrows(MethodUnavailable.class,
        () -> named.plan(named.points().get(0)));
    assertTrue(e.getMessage().contains("--method importance: not available"), e.getMessage());
    Sweep system = sweep("5", List.of("availability>=0.9999"), Method.AUTO);
    assertEquals(Method.IMPORTANCE, system.plan(system.points().get(0)).choice().method());
    // A group's figures come from the plain simulation of the same replications.
    Sweep group = sweep("5", List.of("replica.availability>=0.9999"), Method.AUTO);
    assertEquals(Method.IMPORTANCE, group.plan(group.points().get(0)).choice().method());
  }

  @Test
  void aMethodNamedIsTheMethodOfEveryPoint() throws ScenarioException, MethodUnavailable {
    Sweep crude = sweep("3..5", List.of(), Method.CRUDE);
    for (Point p : crude.points()) {
      MethodChoice c = crude.plan(p).choice();
      assertEquals(Method.CRUDE, c.method());
      assertTrue(c.why().startsWith("as asked"), c.why());
    }
  }
}
