package dev.nines.models;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.DetectorObservation;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.failover.QuorumNode;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.failover.StandbyNode;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.observe.DowntimeRecorder;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.structure.StateSource;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The part of an {@link AvailabilitySimulation} above the units: the heartbeat monitors on the
 * watched units, and the structure compiled into gates, standbys and quorums, each standby and
 * quorum with a recorder of its own and a tracker of the outages it starts.
 */
final class StructureWiring {

  private final SystemModel model;
  private final Simulation simulation;
  private final Map<String, List<Unit>> units;
  private final Map<String, Gate> groupGates;
  private final Function<String, UniformRandomProvider> streams;
  private final double warmup;
  private final DowntimeRecorder downtime;
  /** Per detector, its monitor of each watched unit, by unit name, in the order first watched. */
  private final Map<String, Map<String, HeartbeatMonitor>> monitors = new LinkedHashMap<>();
  private final Map<String, StandbyNode> standbys = new LinkedHashMap<>();
  private final Map<String, QuorumNode> quorums = new LinkedHashMap<>();
  private final Map<String, ScopeRecorder> failoverRecorders = new LinkedHashMap<>();

  /** Wires the detectors' monitors onto the units of the groups they watch. */
  StructureWiring(SystemModel model, Simulation simulation, Map<String, List<Unit>> units,
      Map<String, Gate> groupGates, Function<String, UniformRandomProvider> streams, double warmup,
      DowntimeRecorder downtime) {
    this.model = model;
    this.simulation = simulation;
    this.units = units;
    this.groupGates = groupGates;
    this.streams = streams;
    this.warmup = warmup;
    this.downtime = downtime;
    for (Detector detector : model.detectors()) {
      monitors.put(detector.name(), new LinkedHashMap<>());
      detector.monitors().forEach(g -> watch(detector, g));
    }
  }

  /** The monitor by which a detector watches a unit, or null when it does not. */
  HeartbeatMonitor monitor(String detector, String unit) {
    Map<String, HeartbeatMonitor> byUnit = monitors.get(detector);
    return byUnit == null ? null : byUnit.get(unit);
  }

  /** Starts every monitor, once the units have started. */
  void startMonitors() {
    monitors.values().forEach(byUnit -> byUnit.values().forEach(HeartbeatMonitor::start));
  }

  /** Starts the standbys and quorums in the order of the structure, after the monitors. */
  void startFailover() {
    for (Structure node : model.failoverNodes()) {
      String scope = SystemModel.scopeOf(node);
      if (node instanceof Structure.Standby) {
        standbys.get(scope).start();
      } else {
        quorums.get(scope).start();
      }
    }
  }

  /** What each detector's monitors saw up to the horizon, merged per detector, as declared. */
  List<DetectorObservation> detectorObservations(double horizon) {
    List<DetectorObservation> observations = new ArrayList<>();
    for (Map<String, HeartbeatMonitor> byUnit : monitors.values()) {
      List<DetectorObservation> parts = new ArrayList<>();
      byUnit.values().forEach(m -> parts.add(m.finish(horizon)));
      observations.add(DetectorObservation.merge(parts));
    }
    return List.copyOf(observations);
  }

  List<StandbyObservation> standbyObservations(double horizon) {
    return standbys.values().stream().map(s -> s.finish(horizon)).toList();
  }

  List<QuorumObservation> quorumObservations(double horizon) {
    return quorums.values().stream().map(q -> q.finish(horizon)).toList();
  }

  /** The recorders of the standbys and quorums, in the order of the structure. */
  List<ScopeRecorder> failoverRecorders() {
    return List.copyOf(failoverRecorders.values());
  }

  /** The monitor of each unit of the group by the detector, made once per (detector, unit). */
  private List<HeartbeatMonitor> watch(Detector detector, String group) {
    Map<String, HeartbeatMonitor> byUnit = monitors.get(detector.name());
    List<HeartbeatMonitor> list = new ArrayList<>();
    for (Unit unit : units.get(group)) {
      list.add(byUnit.computeIfAbsent(unit.name(), name -> {
        HeartbeatMonitor monitor = new HeartbeatMonitor(unit, detector.heartbeat(), simulation,
            streams.apply(detector.name() + "/" + name), warmup);
        unit.addListener(monitor);
        return monitor;
      }));
    }
    return list;
  }

  /** Builds a standby or quorum with a tracker of its own changes and a recorder on it. */
  private StateSource failover(Structure node) {
    String scope = SystemModel.scopeOf(node);
    StateSource built;
    if (node instanceof Structure.Standby s) {
      List<Unit> pool = new ArrayList<>();
      List<StateSource> beliefs = s.detector() == null ? null : new ArrayList<>();
      for (String group : s.groups()) {
        pool.addAll(units.get(group));
        if (beliefs != null) {
          beliefs.addAll(watch(model.detector(s.detector()), group));
        }
      }
      StandbyNode standby = new StandbyNode(s, pool, beliefs, simulation,
          streams.apply(scope + "/switch"), warmup, model.group(s.active()).repair());
      standbys.put(scope, standby);
      built = standby;
    } else {
      Structure.Quorum q = (Structure.Quorum) node;
      QuorumNode quorum = new QuorumNode(q, units.get(q.group()),
          q.heartbeat() == null ? null : model.detector(q.heartbeat()).heartbeat(), simulation,
          streams.apply(scope + "/election"), warmup);
      quorums.put(scope, quorum);
      built = quorum;
    }
    built.addListener(downtime.node(scope, node instanceof Structure.Standby
        ? DowntimeCauses.FAILOVER : DowntimeCauses.ELECTION));
    ScopeRecorder recorder = new ScopeRecorder(scope, warmup);
    built.addListener(recorder);
    failoverRecorders.put(scope, recorder);
    return built;
  }

  /** Builds the node of a structure node and wires its inputs into it. */
  StateSource compile(Structure node) {
    if (node instanceof Structure.Standby || node instanceof Structure.Quorum) {
      return failover(node);
    }
    if (node instanceof Structure.Group g) {
      return groupGates.get(g.name());
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      List<Unit> inputs = units.get(a.group());
      Gate gate = new Gate(a.k(), inputs.size());
      inputs.forEach(unit -> unit.addListener(gate));
      return gate;
    }
    List<Structure> parts = Structure.partsOf(node);
    int k = node instanceof Structure.Series ? parts.size()
        : node instanceof Structure.Parallel ? 1
        : ((Structure.AtLeast) node).k();
    Gate gate = new Gate(k, parts.size());
    for (Structure part : parts) {
      StateSource source = compile(part);
      source.addListener(gate);
    }
    return gate;
  }
}
