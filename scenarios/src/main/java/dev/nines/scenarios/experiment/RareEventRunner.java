package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.rare.Biasing;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.models.rare.Splitting;
import dev.nines.models.start.Start;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The rare-event methods as a {@link ReplicationRunner}: each replication is the engine's own
 * unbiased trajectory with every excursion from the all-up state estimated by importance sampling
 * ({@code --method importance}: branches under failure forcing, {@link ImportanceSampling}) or by
 * importance splitting ({@code --method splitting}: fixed-effort stages over the distance to the
 * closest minimal cut, {@link Splitting}), and the system's figures come from the same weighted
 * sums ({@link RareFigures}): availability, unavailability, failures, MTBF, MTTR, downtime per year
 * and nines, each beside the same formulas as plain simulation's. The figures of every other scope
 * (groups, crews, detectors, and a standby's or quorum's own rows), whose events are not rare,
 * come from the plain simulation of the same replication ({@link RareReplication}), run to the
 * horizon only (a first failure not seen by then is censored there; started stationary, no MTTF).
 * The system's MTTF and outage percentiles, which need system failures seen one by one, and the
 * down-state figures of its standbys and quorums, as rare as the system's ({@link #DOWN_STATE}),
 * are not given here.
 */
final class RareEventRunner implements ReplicationRunner<RareReplication> {

  /** The note of every figure when the weights degenerate. */
  static final String UNRELIABLE = "unreliable: ";

  /** One replication of a rare-event engine. */
  interface Engine {
    WeightedReplication replicate(long seed, int replication, double horizon, double warmup);
  }

  /** The system's figures {@link #summarize} gives, in its order: none of any other scope. */
  static final List<String> FIGURES = List.of("availability", "unavailability", "failures",
      "mtbf", "mttr", "downtime-per-year", "nines");

  /** The most units the rare-event methods take on: their events look at every unit. */
  static final int MAX_UNITS = 1000;

  private final Scenario scenario;
  private final Engine engine;
  private final CrudeRunner plain;

  private RareEventRunner(Scenario scenario, Engine engine) {
    this.scenario = scenario;
    this.engine = engine;
    this.plain = CrudeRunner.withinHorizon(scenario);
  }

  /**
   * The runner of {@code method} (importance or splitting) for {@code scenario}.
   *
   * @throws MethodUnavailable with the reason when the method cannot run it
   */
  static RareEventRunner of(Method method, Scenario scenario, Map<String, Double> at)
      throws MethodUnavailable {
    String reason = unsupported(method, scenario, at);
    if (reason != null) {
      throw new MethodUnavailable(method, reason);
    }
    Engine engine = switch (method) {
      case IMPORTANCE -> ImportanceSampling.of(scenario.system(), scenario.startPlan(),
          Biasing.DEFAULT, 1)::replicate;
      case SPLITTING -> Splitting.of(scenario.system(), scenario.startPlan())::replicate;
      default -> throw new IllegalArgumentException(method + " is not a rare-event method");
    };
    return new RareEventRunner(scenario, engine);
  }

  /** Why the rare-event method (importance or splitting) cannot run the scenario, or null. */
  static String unsupported(Method method, Scenario scenario, Map<String, Double> at) {
    if (scenario.traffic() != null) {
      return "it has traffic, whose request-level figures need plain simulation";
    }
    if (!scenario.faults().isEmpty()) {
      return "it has scripted faults";
    }
    if (!at.isEmpty()) {
      return "--transient needs plain simulation";
    }
    int units = scenario.system().groups().stream().mapToInt(g -> g.count()).sum();
    if (units > MAX_UNITS) {
      return units + " units, more than the " + MAX_UNITS + " it handles (each of its events "
          + "looks at every unit)";
    }
    return method == Method.SPLITTING ? Splitting.supports(scenario.system())
        : ImportanceSampling.supports(scenario.system());
  }

  /** The method's replication, then the plain simulation of the same one. */
  @Override
  public RareReplication replicate(int replication, StopSignal signal) {
    if (signal != null && signal.stopped()) {
      throw new StopSignal.Stopped(signal.reason());
    }
    WeightedReplication r = engine.replicate(scenario.seed(), replication, scenario.horizon(),
        scenario.warmup());
    if (signal != null && signal.count(r.excursions())) {
      throw new StopSignal.Stopped(signal.reason());
    }
    return new RareReplication(r, plain.replicate(replication, signal));
  }

  /** The excursions estimated and the plain events: the work of a replication. */
  @Override
  public long events(RareReplication replication) {
    return replication.rare().excursions() + replication.plain().events();
  }

  @Override
  public ConfidenceInterval unavailability(List<RareReplication> replications) {
    return RareFigures.of(rare(replications), scenario.confidence()).unavailability();
  }

  private static List<WeightedReplication> rare(List<RareReplication> replications) {
    return replications.stream().map(RareReplication::rare).toList();
  }

  /**
   * The system's figures from the method ({@link #FIGURES}), then every other scope's from the
   * plain simulation of the same replications, in plain simulation's order.
   */
  @Override
  public ExperimentResult summarize(Scenario scenario, List<RareReplication> all) {
    List<WeightedReplication> replications = rare(all);
    RareFigures figures = RareFigures.of(replications, scenario.confidence());
    ScopeAnalytics a = Experiment.analytics(scenario).system();
    String warning = figures.warning() == null ? null : UNRELIABLE + figures.warning();
    ConfidenceInterval u = noted(figures.unavailability(), warning);
    Diagnostics diagnostics = new Diagnostics(Diagnostics.relativeError(u.mean(), u.low(),
        u.high()), figures.diagnostics().effectiveSampleSize());
    double[] down = new double[replications.size()];
    double[] failures = new double[replications.size()];
    for (int i = 0; i < down.length; i++) {
      down[i] = replications.get(i).downTime() / replications.get(i).observed();
      failures[i] = replications.get(i).failures();
    }
    double window = scenario.observed();
    DoubleUnaryOperator perYear = x -> x * Durations.YEAR;
    DoubleUnaryOperator nines = x -> -Math.log10(x);
    Analytic exactU = a.unavailability();
    String system = AvailabilitySimulation.SYSTEM;
    List<MetricResult> metrics = new ArrayList<>();
    metrics.add(MetricResult.of(system, "availability", "1", u.mapDecreasing(x -> 1 - x),
        a.availability(), map(down, x -> 1 - x)).withDiagnostics(diagnostics));
    metrics.add(MetricResult.of(system, "unavailability", "1", u, exactU, down)
        .withDiagnostics(diagnostics));
    metrics.add(MetricResult.of(system, "failures", "1",
        noted(figures.failureFrequency().map(f -> f * window), warning),
        a.failureFrequency().map(f -> f * window, "f·T, f = " + a.failureFrequency().formula()),
        failures));
    metrics.add(MetricResult.of(system, "mtbf", "s", noted(figures.mtbf(), warning), a.mtbf()));
    metrics.add(MetricResult.of(system, "mttr", "s", noted(figures.mttr(), warning), a.mttr()));
    metrics.add(MetricResult.of(system, "downtime-per-year", "s", u.map(perYear),
        exactU.map(perYear, "U·1y"), map(down, perYear)).withDiagnostics(diagnostics));
    metrics.add(MetricResult.of(system, "nines", "1", noted(figures.nines(), warning),
        exactU.map(nines, "-log10(U)"), map(down, nines)).withDiagnostics(diagnostics));
    ExperimentResult others = plain.summarize(scenario,
        all.stream().map(RareReplication::plain).toList());
    Set<String> rare = rareScopes(scenario);
    // Started stationary, a plain run times first failures on a trajectory from new of its own,
    // which this one leaves out: no MTTF then.
    boolean stationary = scenario.startPlan().start() == Start.STATIONARY;
    for (MetricResult m : others.metrics()) {
      boolean rareFigure = rare.contains(m.scope()) && DOWN_STATE.contains(m.name());
      if (!rareFigure && !(stationary && m.name().equals("mttf"))) {
        metrics.add(m);
      }
    }
    return new ExperimentResult(scenario, metrics, others(others.details(), rare));
  }

  /**
   * The figures of a scope's down state as a whole, which a plain simulation of a system whose
   * failures are rare gets wrong for the system and for its standbys and quorums alike: their
   * outages are as rare (a double failure, a failed switchover), so plain simulation sees the
   * frequent short ones only and is confidently low. Their other rows (switchovers, the down time
   * by phase, elections) stay: frequent, or one-sided bounds where none was seen.
   */
  static final Set<String> DOWN_STATE = Set.of("availability", "unavailability", "failures",
      "mtbf", "mttr", "mttf", "downtime-per-year", "nines", "outage-p50", "outage-p95",
      "outage-p99");

  /** The system and its standbys and quorums: the scopes whose down state is rare. */
  static Set<String> rareScopes(Scenario scenario) {
    Set<String> scopes = new HashSet<>();
    scopes.add(AvailabilitySimulation.SYSTEM);
    for (Structure node : scenario.system().failoverNodes()) {
      scopes.add(SystemModel.scopeOf(node));
    }
    return scopes;
  }

  /**
   * The plain simulation's details of the scopes other than the system, its standbys and quorums:
   * their outages, the detection delays and election times. The outages of the system, its
   * standbys and quorums and the attribution of the system's downtime, which plain simulation saw
   * too seldom to chart, are left out.
   */
  private static Details others(Details plain, Set<String> rare) {
    Map<String, double[]> outages = new LinkedHashMap<>(plain.outages());
    outages.keySet().removeAll(rare);
    return new Details(outages, plain.detectionDelays(), plain.electionTimes(), null, Map.of(),
        Map.of(), null, null);
  }

  private static ConfidenceInterval noted(ConfidenceInterval ci, String warning) {
    if (warning == null) {
      return ci;
    }
    return ci.withNote(ci.note() == null ? warning : warning + "; " + ci.note());
  }

  private static double[] map(double[] values, DoubleUnaryOperator f) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.applyAsDouble(values[i]);
    }
    return out;
  }
}
