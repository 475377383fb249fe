package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.rare.Biasing;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.models.rare.Splitting;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The rare-event methods as a {@link ReplicationRunner}: each replication is the engine's own
 * unbiased trajectory with every excursion from the all-up state estimated by importance sampling
 * ({@code --method importance}: branches under failure forcing, {@link ImportanceSampling}) or by
 * importance splitting ({@code --method splitting}: fixed-effort stages over the distance to the
 * closest minimal cut, {@link Splitting}), and the figures are the system's, all from the same
 * weighted sums ({@link RareFigures}): availability, unavailability, failures, MTBF, MTTR, downtime
 * per year and nines, each beside the same formulas as plain simulation's. Groups, crews, MTTF and
 * outage percentiles are plain simulation's business: not given here.
 */
final class RareEventRunner implements ReplicationRunner<WeightedReplication> {

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

  private RareEventRunner(Scenario scenario, Engine engine) {
    this.scenario = scenario;
    this.engine = engine;
  }

  /**
   * The runner of {@code method} (importance or splitting) for {@code scenario}.
   *
   * @throws MethodUnavailable with the reason when the method cannot run it
   */
  static RareEventRunner of(Method method, Scenario scenario, Map<String, Double> at)
      throws MethodUnavailable {
    String reason = unsupported(scenario, at);
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

  /** Why the rare-event methods cannot run the scenario, or null. */
  static String unsupported(Scenario scenario, Map<String, Double> at) {
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
    return ImportanceSampling.supports(scenario.system());
  }

  @Override
  public WeightedReplication replicate(int replication, StopSignal signal) {
    if (signal != null && signal.stopped()) {
      throw new StopSignal.Stopped(signal.reason());
    }
    WeightedReplication r = engine.replicate(scenario.seed(), replication, scenario.horizon(),
        scenario.warmup());
    if (signal != null && signal.count(r.excursions())) {
      throw new StopSignal.Stopped(signal.reason());
    }
    return r;
  }

  /** The excursions branched: the work of a replication, for the progress line. */
  @Override
  public long events(WeightedReplication replication) {
    return replication.excursions();
  }

  @Override
  public ConfidenceInterval unavailability(List<WeightedReplication> replications) {
    return RareFigures.of(replications, scenario.confidence()).unavailability();
  }

  @Override
  public ExperimentResult summarize(Scenario scenario, List<WeightedReplication> replications) {
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
    return new ExperimentResult(scenario, metrics);
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
