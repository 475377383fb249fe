package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.analytics.AvailabilityAnalytics;
import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Replications;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario's replications (in parallel, merged in replication order) and sets each figure
 * beside its analytic value: the system's figures, then each group's, then each crew's. The result depends on the scenario and its seed only, never on the
 * number of threads.
 */
public final class Experiment {

  private Experiment() {}

  public static ExperimentResult run(Scenario scenario, int threads) {
    List<Replication> replications = Replications.run(
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
    List<Crew> crews = scenario.system().crews();
    for (int c = 0; c < crews.size(); c++) {
      int index = c;
      metrics.addAll(CrewMetrics.summarize(crews.get(c).name(),
          replications.stream().map(r -> r.crews().get(index)).toList(), scenario.confidence()));
    }
    return new ExperimentResult(scenario, metrics);
  }

  /**
   * What one replication saw.
   *
   * @param scopes the system first, then each group in the order written
   * @param crews each crew in the order declared
   */
  record Replication(List<ScopeObservation> scopes, List<CrewObservation> crews) {}

  /** Runs one replication. */
  static Replication replicate(Scenario scenario, int replication) {
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    AvailabilitySimulation simulation =
        new AvailabilitySimulation(scenario.system(), streams, scenario.warmup());
    List<ScopeObservation> scopes = simulation.run(scenario.horizon());
    return new Replication(scopes, simulation.crewObservations());
  }

  private static List<ScopeObservation> scope(List<Replication> replications, int index) {
    List<ScopeObservation> list = new ArrayList<>(replications.size());
    for (Replication replication : replications) {
      list.add(replication.scopes().get(index));
    }
    return list;
  }
}
