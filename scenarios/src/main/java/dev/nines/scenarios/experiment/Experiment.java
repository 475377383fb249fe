package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.analytics.AvailabilityAnalytics;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario's replications (in parallel, merged in replication order) and sets each figure
 * beside its analytic value. The result depends on the scenario and its seed only, never on the
 * number of threads.
 */
public final class Experiment {

  private Experiment() {}

  public static ExperimentResult run(Scenario scenario, int threads) {
    List<List<ScopeObservation>> replications = Replications.run(
        scenario.replications(), threads, i -> replicate(scenario, i));
    AvailabilityAnalytics analytics = new AvailabilityAnalytics(scenario.system());
    List<MetricResult> metrics = new ArrayList<>();
    metrics.addAll(ScopeMetrics.summarize(AvailabilitySimulation.SYSTEM, scope(replications, 0),
        analytics.system(), scenario.confidence(), scenario.observed(), false));
    List<ComponentGroup> groups = scenario.system().groups();
    for (int g = 0; g < groups.size(); g++) {
      String name = groups.get(g).name();
      metrics.addAll(ScopeMetrics.summarize(name, scope(replications, g + 1),
          analytics.group(name), scenario.confidence(), scenario.observed(), true));
    }
    return new ExperimentResult(scenario, metrics);
  }

  /** One replication: the scope observations, system first, then each group. */
  static List<ScopeObservation> replicate(Scenario scenario, int replication) {
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    return new AvailabilitySimulation(scenario.system(), streams, scenario.warmup())
        .run(scenario.horizon());
  }

  private static List<ScopeObservation> scope(List<List<ScopeObservation>> replications, int index) {
    List<ScopeObservation> list = new ArrayList<>(replications.size());
    for (List<ScopeObservation> replication : replications) {
      list.add(replication.get(index));
    }
    return list;
  }
}
