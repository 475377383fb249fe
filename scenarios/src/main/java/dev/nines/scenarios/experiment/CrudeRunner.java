package dev.nines.scenarios.experiment;

import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.StartPlan;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Plain simulation ({@code --method crude}) as a {@link ReplicationRunner}: each replication is
 * {@link Experiment#replicate}, and the figures are {@link Experiment}'s, with the system's
 * availability at the transient times asked and, for {@code -o}, the A(t) curve.
 */
public final class CrudeRunner implements ReplicationRunner<Replication> {

  private final Scenario scenario;
  private final StartPlan start;
  private final Map<String, Double> at;
  private final double[] grid;
  private final double[] times;
  private final boolean controlVariates;
  private final boolean firstFailures;

  /**
   * @param at the transient times asked (labelled as written), each within the horizon
   * @param curve whether to sample the system's state on a grid of times for the A(t) chart
   * @throws IllegalArgumentException when a time lies beyond the horizon
   */
  public CrudeRunner(Scenario scenario, Map<String, Double> at, boolean curve) {
    this(scenario, at, curve, false);
  }

  /**
   * As above; with {@code controlVariates}, the system's availability figures are corrected by
   * the groups' unit unavailability ({@link UnitControls}), and so is the unavailability that
   * {@code --precision} judges.
   */
  public CrudeRunner(Scenario scenario, Map<String, Double> at, boolean curve,
      boolean controlVariates) {
    this(scenario, at, curve, controlVariates, true);
  }

  private CrudeRunner(Scenario scenario, Map<String, Double> at, boolean curve,
      boolean controlVariates, boolean firstFailures) {
    this.controlVariates = controlVariates;
    this.firstFailures = firstFailures;
    for (Map.Entry<String, Double> t : at.entrySet()) {
      if (!(t.getValue() >= 0 && t.getValue() <= scenario.horizon())) {
        throw new IllegalArgumentException("transient time " + t.getKey()
            + " lies beyond the horizon");
      }
    }
    this.scenario = scenario;
    this.start = scenario.startPlan(); // worked out once, not per replication
    this.at = at; // in the order asked
    this.grid = curve ? DetailsCollector.transientGrid(scenario) : new double[0];
    double[] asked = at.values().stream().mapToDouble(Double::doubleValue).toArray();
    this.times = Arrays.copyOf(asked, asked.length + grid.length);
    System.arraycopy(grid, 0, times, asked.length, grid.length);
  }

  @Override
  public Replication replicate(int replication, StopSignal signal) {
    return Experiment.replicate(scenario, start, replication, times, signal, firstFailures);
  }

  @Override
  public long events(Replication replication) {
    return replication.events();
  }

  /**
   * Σ down time / Σ observed time of the system, as its {@code unavailability} figure (with the
   * control variates, when asked and they apply).
   */
  @Override
  public ConfidenceInterval unavailability(List<Replication> replications) {
    if (controlVariates) {
      MetricResult u = summarize(scenario, replications).metric("system", "unavailability");
      return new ConfidenceInterval(u.mean(), u.low(), u.high(), u.n(), scenario.confidence(),
          u.note());
    }
    double[] down = new double[replications.size()];
    double[] observed = new double[replications.size()];
    for (int i = 0; i < down.length; i++) {
      ScopeObservation system = replications.get(i).scopes().get(0);
      down[i] = system.downTime();
      observed[i] = system.upTime() + system.downTime();
    }
    return Estimates.share(down, observed, scenario.confidence());
  }

  @Override
  public ExperimentResult summarize(Scenario scenario, List<Replication> replications) {
    ExperimentResult result = Experiment.summarize(scenario, replications, at, grid);
    return controlVariates ? UnitControls.apply(result, replications) : result;
  }

  /**
   * Plain simulation up to the horizon only: no first failure is followed past it
   * ({@link Experiment#replicate(Scenario, StartPlan, int, double[], StopSignal, boolean)}), so
   * the MTTF of a scope that rarely fails is a censored bound. What a rare-event run takes its
   * other scopes' figures from.
   */
  static CrudeRunner withinHorizon(Scenario scenario) {
    return new CrudeRunner(scenario, Map.of(), false, false, false);
  }

  /** The same runner, with control variates. */
  public CrudeRunner withControlVariates() {
    return new CrudeRunner(scenario, at, grid.length > 0, true, firstFailures);
  }
}
