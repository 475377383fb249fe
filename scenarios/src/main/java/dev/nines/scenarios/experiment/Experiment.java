package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Analytics;
import dev.nines.models.analytics.CrewAnalytics;
import dev.nines.models.analytics.QuorumAnalytics;
import dev.nines.models.analytics.ScenarioFacts;
import dev.nines.models.analytics.StandbyFailover;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.traffic.Traffic;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.models.traffic.TrafficSimulation;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.SystemChain;
import dev.nines.models.detectors.Detector;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.StopSignal;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.stats.Estimates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a scenario's replications (in parallel, merged in replication order) and sets each figure
 * beside its analytic value (the exact CTMC where there is one, else the closed forms): the system's
 * figures, its transient availability A(t) at the times asked, then each group's, each standby's
 * and quorum's, each detector's, then each crew's.
 * The result depends on the scenario and its seed only, never on the number of threads.
 */
public final class Experiment {

  /** Why no availability formula applies to a scenario with faults. */
  private Experiment() {}

  public static ExperimentResult run(Scenario scenario, int threads) {
    return run(scenario, threads, Map.of());
  }

  /**
   * Runs the experiment and also estimates the system's availability at the given times (labelled
   * as the user wrote them): the share of replications in which the system is up at t.
   *
   * @throws IllegalArgumentException when a time lies beyond the horizon
   */
  public static ExperimentResult run(Scenario scenario, int threads, Map<String, Double> at) {
    return run(scenario, threads, at, false);
  }

  /**
   * Runs the experiment as {@link #run(Scenario, int, Map)}, and with {@code curve} also samples the
   * system's state on a grid of times for the A(t) chart (see {@link Details}).
   */
  public static ExperimentResult run(Scenario scenario, int threads, Map<String, Double> at,
      boolean curve) {
    return run(scenario, threads, at, curve, StopSignal.none());
  }

  /**
   * Runs the experiment as {@link #run(Scenario, int, Map, boolean)} until {@code signal} stops it.
   * A stopped run keeps replications 0, 1, ... up to the first unfinished one, and its result is
   * marked {@link ExperimentResult#incomplete}.
   *
   * @throws StoppedEarly when fewer than two replications finished: there is nothing to estimate
   */
  public static ExperimentResult run(Scenario scenario, int threads, Map<String, Double> at,
      boolean curve, StopSignal signal) {
    return RunLoop.run(new CrudeRunner(scenario, at, curve), scenario, threads, null, 0, signal,
        RunLoop.Listener.NONE);
  }

  /** A run stopped before two replications finished: no figure can be estimated. */
  public static final class StoppedEarly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoppedEarly(String why) {
      super(why);
    }
  }

  /**
   * The figures of replications run elsewhere ({@link #replicate(Scenario, int)}, e.g. in Spark
   * tasks), exactly as {@link #run(Scenario, int)} gives them for the same replications.
   *
   * @param replications replications 0, 1, ... of the scenario, in order
   */
  public static ExperimentResult summarize(Scenario scenario, List<Replication> replications) {
    return summarize(scenario, replications, Map.of(), new double[0]);
  }

  /**
   * The figures of replications 0, 1, ... with the system's availability at the transient times
   * {@code at} and, for a non-empty {@code grid}, the A(t) curve sampled on it.
   */
  static ExperimentResult summarize(Scenario scenario, List<Replication> replications,
      Map<String, Double> at, double[] grid) {
    Analytics analytics = analytics(scenario);
    List<MetricResult> metrics = new ArrayList<>();
    metrics.addAll(ScopeMetrics.summarize(AvailabilitySimulation.SYSTEM, scope(replications, 0),
        analytics.system(),
        scenario.confidence(), scenario.observed(), false));
    int j = 0;
    for (Map.Entry<String, Double> t : at.entrySet()) {
      double[] upValues = new double[replications.size()];
      long up = 0;
      for (int i = 0; i < upValues.length; i++) {
        upValues[i] = replications.get(i).upAt()[j] ? 1 : 0;
        up += replications.get(i).upAt()[j] ? 1 : 0;
      }
      Analytic exact = transientAvailability(scenario, analytics, t.getValue());
      metrics.add(MetricResult.of(AvailabilitySimulation.SYSTEM, "availability-at-" + t.getKey(),
          "1", Estimates.proportion(up, upValues.length, scenario.confidence()), exact,
          upValues));
      j++;
    }
    List<ComponentGroup> groups = scenario.system().groups();
    for (int g = 0; g < groups.size(); g++) {
      String name = groups.get(g).name();
      metrics.addAll(ScopeMetrics.summarize(name, scope(replications, g + 1),
          analytics.group(name), scenario.confidence(),
          scenario.observed(), true));
    }
    SystemModel model = scenario.system();
    int standby = 0;
    int quorum = 0;
    List<Structure> nodes = model.failoverNodes();
    for (int n = 0; n < nodes.size(); n++) {
      String name = SystemModel.scopeOf(nodes.get(n));
      metrics.addAll(ScopeMetrics.summarize(name, scope(replications, groups.size() + 1 + n),
          analytics.failover(name),
          scenario.confidence(), scenario.observed(), false));
      if (nodes.get(n) instanceof Structure.Standby) {
        int index = standby++;
        metrics.addAll(FailoverMetrics.standby(name,
            replications.stream().map(r -> r.standbys().get(index)).toList(),
            scenario.confidence(), scenario.observed(),
            analytics.standbyDowntime(name)));
      } else {
        int index = quorum++;
        metrics.addAll(FailoverMetrics.quorum(name,
            replications.stream().map(r -> r.quorums().get(index)).toList(),
            scenario.confidence(), scenario.observed(),
            analytics.majority(name), analytics.quorum(name)));
      }
    }
    List<Detector> detectors = model.detectors();
    for (int d = 0; d < detectors.size(); d++) {
      int index = d;
      String name = detectors.get(d).name();
      if (model.watchedGroups(detectors.get(d)).isEmpty()) {
        continue; // a quorum's heartbeat settings only: nothing watched, nothing to report
      }
      metrics.addAll(DetectorMetrics.summarize(name,
          replications.stream().map(r -> r.detectors().get(index)).toList(),
          scenario.confidence(), analytics.detector(name)));
    }
    List<Crew> crews = model.crews();
    for (int c = 0; c < crews.size(); c++) {
      int index = c;
      String name = crews.get(c).name();
      metrics.addAll(CrewMetrics.summarize(name,
          replications.stream().map(r -> r.crews().get(index)).toList(), scenario.confidence(),
          analytics.crew(name)));
    }
    if (scenario.traffic() != null) {
      metrics.addAll(traffic(scenario, replications.stream().map(Replication::traffic).toList()));
    }
    return new ExperimentResult(scenario, metrics,
        DetailsCollector.collect(scenario, replications, grid, at.size()));
  }

  /**
   * The exact system availability at time t: from all units new, the CTMC's transient solution;
   * from the stationary state, the steady state at every t.
   */
  static Analytic transientAvailability(Scenario scenario, Analytics analytics, double t) {
    if (scenario.startPlan().start() == Start.STATIONARY) {
      Analytic steady = analytics.system().availability();
      return steady.map(a -> a, "stationary start: A(t) = A, " + steady.formula());
    }
    return analytics.systemAvailabilityAt(t);
  }

  /**
   * The analytic side of a scenario: its formulas, each checked against the scenario's facts (its
   * scripted faults and traffic among them) in {@link Analytics}.
   */
  public static Analytics analytics(Scenario scenario) {
    return Analytics.of(facts(scenario));
  }

  /** The facts of a scenario its formulas are checked against: model, faults, traffic, run. */
  static ScenarioFacts facts(Scenario scenario) {
    return ScenarioFacts.of(scenario.system(), scenario.faults(), scenario.traffic(),
        new ScenarioFacts.Run(scenario.seed(), scenario.replications(), scenario.observed()));
  }

  /** The request-level figures, then each server's. */
  static List<MetricResult> traffic(Scenario scenario, List<TrafficObservation> observations) {
    Traffic traffic = scenario.traffic();
    ComponentGroup group = scenario.system().group(traffic.servers());
    TrafficAnalytics analytics = trafficAnalytics(scenario);
    List<String> servers = new ArrayList<>();
    for (int i = 0; i < group.count(); i++) {
      servers.add(group.unitName(i));
    }
    return TrafficMetrics.summarize(observations, analytics, servers,
        traffic.balancer().hashesKeys(), traffic.balancer().treatsServersAlike(),
        scenario.confidence());
  }

  /** The queueing formulas for the scenario's traffic, where its facts keep their assumptions. */
  static TrafficAnalytics trafficAnalytics(Scenario scenario) {
    // The facts alone: the system's chain and closed forms, which Analytics builds, are not needed.
    return TrafficAnalytics.of(scenario.traffic(), facts(scenario));
  }

  /**
   * Runs one replication: replication {@code i} of a scenario draws from the streams of (seed, i)
   * only, so it is the same wherever and in whatever order it runs.
   */
  public static Replication replicate(Scenario scenario, int replication) {
    return replicate(scenario, replication, new double[0]);
  }

  /** Runs one replication, looking at the system's state at the given times. */
  public static Replication replicate(Scenario scenario, int replication, double[] times) {
    return replicate(scenario, replication, times, null);
  }

  /**
   * Runs one replication as {@link #replicate(Scenario, int, double[])}, counting its events on
   * {@code signal} (when not null) and throwing {@link StopSignal.Stopped} once it is up.
   */
  public static Replication replicate(Scenario scenario, int replication, double[] times,
      StopSignal signal) {
    return replicate(scenario, scenario.startPlan(), replication, times, signal);
  }

  /**
   * Runs one replication as {@link #replicate(Scenario, int, double[], StopSignal)}, its units
   * started by {@code start}, the scenario's {@link Scenario#startPlan}: a run of many
   * replications works it out once.
   *
   * <p>Every figure is closed at the horizon. Then, to time the first failures without
   * conditioning on failing before the horizon: units started new are followed past it, on the same
   * trajectory, until the system's first failure ({@link AvailabilitySimulation#followUp}); units
   * started stationary leave the first failures to a separate trajectory from new, on streams of
   * its own ({@link AvailabilitySimulation#fromNew}), run only until the system's first failure.
   * The events counted include the follow-up or that trajectory.
   */
  public static Replication replicate(Scenario scenario, StartPlan start, int replication,
      double[] times, StopSignal signal) {
    return replicate(scenario, start, replication, times, signal, true);
  }

  /**
   * As above; without {@code firstFailures}, nothing runs past the horizon: a scope's first
   * failure not seen by then is censored there. For a run whose system failures are rare and
   * estimated otherwise ({@link RareEventRunner}), where following the system to its first failure
   * would cost up to {@value AvailabilitySimulation#FOLLOW_UP_HORIZONS} horizons per replication.
   */
  static Replication replicate(Scenario scenario, StartPlan start, int replication,
      double[] times, StopSignal signal, boolean firstFailures) {
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    AvailabilitySimulation simulation =
        new AvailabilitySimulation(scenario.system(), streams, scenario.warmup(), start);
    if (signal != null) {
      simulation.simulation().watch(signal);
    }
    scenario.faults().forEach(simulation::inject);
    TrafficSimulation traffic = scenario.traffic() == null ? null
        : new TrafficSimulation(simulation, scenario.traffic(), streams, scenario.warmup());
    boolean[] upAt = new boolean[times.length];
    for (int j = 0; j < times.length; j++) {
      int index = j;
      simulation.simulation().scheduleAt(times[j], () -> upAt[index] = simulation.systemUp());
    }
    List<ScopeObservation> scopes = simulation.run(scenario.horizon());
    // Read at the horizon, before the follow-up moves the servers on.
    TrafficObservation requests = traffic == null ? null : traffic.finish(scenario.horizon());
    long events = simulation.simulation().eventsFired();
    if (firstFailures && start.start() == Start.NEW) {
      scopes = simulation.followUp();
      events = simulation.simulation().eventsFired();
    } else if (firstFailures) {
      AvailabilitySimulation fromNew = AvailabilitySimulation.fromNew(scenario.system(), streams);
      if (signal != null) {
        fromNew.simulation().watch(signal);
      }
      scenario.faults().forEach(fromNew::inject);
      scopes = fromNew.firstFailuresFromNew(scopes, scenario.horizon(), events);
      events += fromNew.simulation().eventsFired();
    }
    return new Replication(scopes, simulation.crewObservations(),
        simulation.detectorObservations(), simulation.standbyObservations(),
        simulation.quorumObservations(), upAt, requests, simulation.downtimeCauses(), events);
  }

  private static List<ScopeObservation> scope(List<Replication> replications, int index) {
    List<ScopeObservation> list = new ArrayList<>(replications.size());
    for (Replication replication : replications) {
      list.add(replication.scopes().get(index));
    }
    return list;
  }
}
