package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Assumption;
import dev.nines.models.analytics.ScenarioFacts;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.models.rare.InstantFailover;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.Map;

/**
 * The one place where a run's method is chosen and its {@link ReplicationRunner} made: plain
 * simulation ({@link CrudeRunner}), or a rare-event engine from {@code models} through the hooks
 * {@link #importance} and {@link #splitting}. {@code --method auto} is decided in {@link #plan}
 * from the expected number of system failures per replication ({@link #expectedFailures}).
 */
public final class RunMethods {

  private RunMethods() {}

  /** A method chosen, and the runner that carries it out. */
  public record Plan(MethodChoice choice, ReplicationRunner<?> runner) {}

  /**
   * The method for {@code asked} ({@code auto} chooses) and its runner.
   *
   * @param at the transient times asked ({@code --transient}), labelled as written
   * @param curve whether the A(t) curve is wanted (for {@code -o})
   * @throws MethodUnavailable when the method named cannot run this scenario
   * @throws IllegalArgumentException when a transient time lies beyond the horizon
   */
  public static Plan plan(Method asked, Scenario scenario, Map<String, Double> at, boolean curve)
      throws MethodUnavailable {
    Analytic f = failureFrequency(scenario);
    double expected = expectedFailures(scenario, f);
    String expectation = expectation(expected, f.formula());
    if (asked != Method.AUTO) {
      return new Plan(new MethodChoice(asked, expected, "as asked; " + expectation),
          runner(asked, scenario, at, curve));
    }
    // The automatic choice: a rare-event method when fewer than one system failure per
    // replication is expected (where no formula gives f, the structure function's estimate, with
    // every repair of a shared crew lengthened by the longest wait its line can make: an
    // over-estimate): importance sampling, or splitting where importance sampling cannot run the
    // scenario or has a known weakness there (a long climb of a Markov component), or plain
    // simulation, with the reasons, where neither can; plain simulation otherwise.
    String importance = RareEventRunner.unsupported(Method.IMPORTANCE, scenario, at);
    String splitting = RareEventRunner.unsupported(Method.SPLITTING, scenario, at);
    boolean estimable = Double.isNaN(expected) && (importance == null || splitting == null);
    boolean crewsWait = !independentRepairs(scenario);
    double rare = estimable ? ImportanceSampling.expectedFailures(scenario.system(),
        scenario.observed(), crewsWait) : expected;
    String why = !Double.isNaN(expected) || Double.isNaN(rare) ? expectation
        : expectation(rare, null) + " by the structure function"
            + (crewsWait ? ", every repair waiting for the whole crew line" : "");
    // Standbys and quorums fail at every loss of the active unit or the leader, briefly and
    // often; their rare failures (a pool or a majority lost, a failed switchover) can carry most
    // of the down time, and plain simulation misses those however many brief ones it sees.
    double instant = importance == null || splitting == null
        ? InstantFailover.expectedFailures(scenario.system(), scenario.observed(), crewsWait)
        : Double.NaN;
    if (!(rare < RARE) && instant < RARE) {
      rare = instant;
      why += "; about " + Durations.number(twoDigits(instant)) + " rare ones (a pool or majority"
          + " lost, a failed switchover), which plain simulation would hardly see";
    }
    if (rare < RARE) {
      String weakness = ImportanceSampling.weakness(scenario.system());
      if (importance == null && (weakness == null || splitting != null)) {
        return new Plan(new MethodChoice(Method.IMPORTANCE, rare, why),
            RareEventRunner.of(Method.IMPORTANCE, scenario, at));
      }
      if (importance == null) {
        return new Plan(new MethodChoice(Method.SPLITTING, rare, why + "; " + weakness),
            RareEventRunner.of(Method.SPLITTING, scenario, at));
      }
      if (splitting == null) {
        return new Plan(new MethodChoice(Method.SPLITTING, rare, why + "; importance sampling "
            + "cannot run it: " + importance), RareEventRunner.of(Method.SPLITTING, scenario, at));
      }
      String reasons = importance.equals(splitting) ? importance
          : importance + "; splitting: " + splitting;
      return new Plan(new MethodChoice(Method.CRUDE, expected, why + "; the rare-event methods "
          + "cannot run it: " + reasons), runner(Method.CRUDE, scenario, at, curve));
    }
    return new Plan(new MethodChoice(Method.CRUDE, expected, expectation),
        runner(Method.CRUDE, scenario, at, curve));
  }

  /** True when no crew makes a unit wait: the structure function's estimate then holds. */
  private static boolean independentRepairs(Scenario scenario) {
    ScenarioFacts facts = ScenarioFacts.of(scenario.system());
    return facts.holds(EnumSet.of(Assumption.INDEPENDENT_REPAIRS), facts.allGroups());
  }

  /**
   * Fewer expected system failures per replication than this and {@code auto} takes importance
   * sampling: plain simulation would see most replications without one, and its interval would
   * rest on the few that have.
   */
  public static final double RARE = 1;

  /**
   * The expected number of system failures in one replication's observed window: the analytic
   * failure frequency f × (horizon − warm-up); NaN where no formula gives f (non-exponential units
   * sharing a crew, scripted faults, ...).
   */
  public static double expectedFailures(Scenario scenario) {
    return expectedFailures(scenario, failureFrequency(scenario));
  }

  private static Analytic failureFrequency(Scenario scenario) {
    return Experiment.analytics(scenario).system().failureFrequency();
  }

  private static double expectedFailures(Scenario scenario, Analytic f) {
    return f.hasValue() ? f.value() * scenario.observed() : Double.NaN;
  }

  /**
   * "about 40 system failures per replication expected" (two significant digits), or why that is
   * unknown.
   */
  private static String expectation(double expected, String unknownWhy) {
    if (Double.isNaN(expected)) {
      return "expected system failures per replication unknown"
          + (unknownWhy == null ? "" : ": " + unknownWhy);
    }
    double shown = twoDigits(expected);
    return "about " + Durations.number(shown) + " system failure" + (shown == 1 ? "" : "s")
        + " per replication expected";
  }

  /** x to two significant digits, as the method's line shows it. */
  private static double twoDigits(double x) {
    return x == 0 || Double.isInfinite(x) ? x
        : new BigDecimal(x).round(new MathContext(2)).doubleValue();
  }

  /**
   * The runner of a method named (not auto), without the analytics {@link #plan} reads: how a
   * sweep's block of replications, run elsewhere, gets the runner its point was planned with.
   *
   * @throws MethodUnavailable when the method cannot run this scenario
   */
  public static ReplicationRunner<?> runner(Method method, Scenario scenario,
      Map<String, Double> at, boolean curve) throws MethodUnavailable {
    return switch (method) {
      case CRUDE -> new CrudeRunner(scenario, at, curve);
      case IMPORTANCE -> importance(scenario, at, curve);
      case SPLITTING -> splitting(scenario, at, curve);
      case AUTO -> throw new IllegalArgumentException("auto is chosen in plan(), not run");
    };
  }

  /**
   * Importance sampling: a runner whose replications come from the {@code models} engine
   * ({@link RareEventRunner}), or {@link MethodUnavailable} with the reason it cannot run this
   * scenario (a part it cannot bias, traffic, scripted faults, transient times asked).
   */
  static ReplicationRunner<?> importance(Scenario scenario, Map<String, Double> at,
      boolean curve) throws MethodUnavailable {
    return RareEventRunner.of(Method.IMPORTANCE, scenario, at);
  }

  /** Importance splitting ({@link RareEventRunner}), or {@link MethodUnavailable} as above. */
  static ReplicationRunner<?> splitting(Scenario scenario, Map<String, Double> at, boolean curve)
      throws MethodUnavailable {
    return RareEventRunner.of(Method.SPLITTING, scenario, at);
  }
}
