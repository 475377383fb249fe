package dev.nines.models;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.DetectorObservation;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.failover.QuorumNode;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.failover.StandbyNode;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.observe.DowntimeRecorder;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.observe.UnitsUpRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.structure.StateSource;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Fault;
import dev.nines.models.units.MarkovUnit;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairCrew;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of a system: its units and repair crews on one simulation clock, units wired
 * through gates, standbys and quorums into the structure, heartbeat monitors on the watched units,
 * with a recorder on the system, on every group and on every standby and quorum. Unit {@code g[i]}
 * draws its lives from the stream {@code g[i]/failure} and its repairs from {@code g[i]/repair}; a
 * Markov unit draws its moves from {@code g[i]/markov}; detector {@code d} watching it draws from
 * {@code d/g[i]}; a standby or quorum {@code s} from {@code s/switch} or {@code s/election}
 * (DESIGN.md §2). Units of a group that names a crew wait for one of its repairers; the others are
 * repaired at once. Each outage of the system is charged to the unit, standby or quorum whose change
 * started it ({@link #downtimeCauses}).
 */
public final class AvailabilitySimulation {

  /** The scope name of the whole system. */
  public static final String SYSTEM = "system";

  private final Simulation simulation = new Simulation();
  private final SystemModel model;
  private final Map<String, List<Unit>> units = new LinkedHashMap<>();
  private final Map<String, Gate> groupGates = new LinkedHashMap<>();
  private final Map<String, ScopeRecorder> groupRecorders = new LinkedHashMap<>();
  private final Map<String, UnitsUpRecorder> unitsUp = new LinkedHashMap<>();
  private final Map<String, RepairCrew> crews = new LinkedHashMap<>();
  /** Per detector, its monitor of each watched unit, by unit name, in the order first watched. */
  private final Map<String, Map<String, HeartbeatMonitor>> monitors = new LinkedHashMap<>();
  private final Map<String, StandbyNode> standbys = new LinkedHashMap<>();
  private final Map<String, QuorumNode> quorums = new LinkedHashMap<>();
  private final Map<String, ScopeRecorder> failoverRecorders = new LinkedHashMap<>();
  private final RandomStreams streams;
  private final double warmup;
  private final ScopeRecorder systemRecorder;
  private final DowntimeRecorder downtime;
  private final StateSource systemNode;
  private double horizon = Double.NaN;

  public AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup) {
    this.model = model;
    this.streams = streams;
    this.warmup = warmup;
    this.downtime = new DowntimeRecorder(simulation, warmup);
    for (Crew crew : model.crews()) {
      crews.put(crew.name(), new RepairCrew(crew.name(), crew.size(), simulation, warmup));
    }
    for (ComponentGroup group : model.groups()) {
      buildGroup(group, streams, warmup);
    }
    for (Detector detector : model.detectors()) {
      monitors.put(detector.name(), new LinkedHashMap<>());
      detector.monitors().forEach(g -> watch(detector, g));
    }
    systemNode = compile(model.structure());
    systemRecorder = new ScopeRecorder(SYSTEM, warmup);
    systemNode.addListener(systemRecorder);
    systemNode.addListener(downtime);
  }

  /** The simulation clock, for adding observers or scripted events before {@link #run}. */
  public Simulation simulation() {
    return simulation;
  }

  /** The units of a group, in index order. */
  public List<Unit> units(String group) {
    List<Unit> list = units.get(group);
    if (list == null) {
      throw new IllegalArgumentException("no group named " + group);
    }
    return list;
  }

  /**
   * The monitor by which a detector watches a unit: its "up" is the detector's trust.
   *
   * @throws IllegalArgumentException when the detector does not watch that unit
   */
  public StateSource monitor(String detector, String unit) {
    Map<String, HeartbeatMonitor> byUnit = monitors.get(detector);
    HeartbeatMonitor monitor = byUnit == null ? null : byUnit.get(unit);
    if (monitor == null) {
      throw new IllegalArgumentException("detector " + detector + " does not watch " + unit);
    }
    return monitor;
  }

  /**
   * Scripts a fault before the run: the unit is held down from {@code fault.at()} for its duration
   * (DESIGN.md §4 {@code faults}).
   */
  public void inject(Fault fault) {
    if (!Double.isNaN(horizon)) {
      throw new IllegalStateException("faults are scripted before the run");
    }
    List<Unit> group = units(fault.group());
    if (fault.index() >= group.size()) {
      throw new IllegalArgumentException("no unit " + fault.unit());
    }
    Unit unit = group.get(fault.index());
    simulation.scheduleAt(fault.at(), () -> {
      unit.hold();
      simulation.schedule(fault.duration(), unit::release);
    });
  }

  /** The horizon of the run, from the start of {@link #run} on; NaN before. */
  public double horizon() {
    return horizon;
  }

  /** True while the system's structure is up. */
  public boolean systemUp() {
    return systemNode.isUp();
  }

  /**
   * Starts every unit at time 0 (then the monitors, then the standbys and quorums), runs to the
   * horizon and returns what each scope saw: the system first, then the groups in the order they
   * were written, then the standbys and quorums in the order of the structure.
   */
  public List<ScopeObservation> run(double horizon) {
    if (!Double.isNaN(this.horizon)) {
      throw new IllegalStateException("a replication runs once");
    }
    this.horizon = horizon;
    units.values().forEach(list -> list.forEach(Unit::start));
    monitors.values().forEach(byUnit -> byUnit.values().forEach(HeartbeatMonitor::start));
    for (Structure node : model.failoverNodes()) {
      String scope = SystemModel.scopeOf(node);
      if (node instanceof Structure.Standby) {
        standbys.get(scope).start();
      } else {
        quorums.get(scope).start();
      }
    }
    simulation.runUntil(horizon);
    List<ScopeObservation> observations = new ArrayList<>();
    observations.add(systemRecorder.finish(horizon, Double.NaN));
    for (ComponentGroup group : model.groups()) {
      double unitAvailability = unitsUp.get(group.name()).unitAvailability(horizon);
      observations.add(groupRecorders.get(group.name()).finish(horizon, unitAvailability));
    }
    failoverRecorders.values().forEach(r -> observations.add(r.finish(horizon, Double.NaN)));
    return observations;
  }

  /** What each detector's monitors saw, merged per detector, in the order declared; after a run. */
  public List<DetectorObservation> detectorObservations() {
    requireRun();
    List<DetectorObservation> observations = new ArrayList<>();
    for (Map<String, HeartbeatMonitor> byUnit : monitors.values()) {
      List<DetectorObservation> parts = new ArrayList<>();
      byUnit.values().forEach(m -> parts.add(m.finish(horizon)));
      observations.add(DetectorObservation.merge(parts));
    }
    return observations;
  }

  /** What each standby did, in the order of the structure; after a run. */
  public List<StandbyObservation> standbyObservations() {
    requireRun();
    return standbys.values().stream().map(s -> s.finish(horizon)).toList();
  }

  /** What each quorum did, in the order of the structure; after a run. */
  public List<QuorumObservation> quorumObservations() {
    requireRun();
    return quorums.values().stream().map(q -> q.finish(horizon)).toList();
  }

  private void requireRun() {
    if (Double.isNaN(horizon)) {
      throw new IllegalStateException("run the replication first");
    }
  }

  /** What each crew did, in the order the crews were declared; after {@link #run}. */
  public List<CrewObservation> crewObservations() {
    requireRun();
    List<CrewObservation> observations = new ArrayList<>();
    crews.values().forEach(crew -> observations.add(crew.observe(horizon)));
    return observations;
  }

  /**
   * The system's down time charged to what started each outage, by group and by cause; after
   * {@link #run}. Each sums to the system's {@link ScopeObservation#downTime}.
   */
  public DowntimeCauses downtimeCauses() {
    requireRun();
    return downtime.finish(horizon);
  }

  private void buildGroup(ComponentGroup group, RandomStreams streams, double warmup) {
    Gate gate = new Gate(group.count(), group.count());
    ScopeRecorder recorder = new ScopeRecorder(group.name(), warmup);
    gate.addListener(recorder);
    UnitsUpRecorder upRecorder = new UnitsUpRecorder(group.count(), warmup);
    List<Unit> list = new ArrayList<>(group.count());
    for (int i = 0; i < group.count(); i++) {
      String name = group.unitName(i);
      Unit unit = newUnit(group, name, streams);
      unit.addListener(downtime.unit(unit, group.name())); // first: it notes what starts an outage
      unit.addListener(gate);
      unit.addListener(upRecorder);
      list.add(unit);
    }
    units.put(group.name(), List.copyOf(list));
    groupGates.put(group.name(), gate);
    groupRecorders.put(group.name(), recorder);
    unitsUp.put(group.name(), upRecorder);
  }

  private Unit newUnit(ComponentGroup group, String name, RandomStreams streams) {
    if (group.isMarkov()) {
      return new MarkovUnit(name, simulation, group.markov(), streams.stream(name + "/markov"));
    }
    if (!group.fails()) {
      return new RenewalUnit(name, simulation, null, null, RepairService.IMMEDIATE);
    }
    RepairService repairs = group.crew() == null ? RepairService.IMMEDIATE : crews.get(group.crew());
    return new RenewalUnit(name, simulation,
        group.failure().sampler(streams.stream(name + "/failure")),
        group.repair().sampler(streams.stream(name + "/repair")),
        repairs);
  }

  /** The monitor of each unit of the group by the detector, made once per (detector, unit). */
  private List<HeartbeatMonitor> watch(Detector detector, String group) {
    Map<String, HeartbeatMonitor> byUnit = monitors.get(detector.name());
    List<HeartbeatMonitor> list = new ArrayList<>();
    for (Unit unit : units(group)) {
      list.add(byUnit.computeIfAbsent(unit.name(), name -> {
        HeartbeatMonitor monitor = new HeartbeatMonitor(unit, detector.heartbeat(), simulation,
            streams.stream(detector.name() + "/" + name), warmup);
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
        pool.addAll(units(group));
        if (beliefs != null) {
          beliefs.addAll(watch(model.detector(s.detector()), group));
        }
      }
      StandbyNode standby = new StandbyNode(s, pool, beliefs, simulation,
          streams.stream(scope + "/switch"), warmup, model.group(s.active()).repair());
      standbys.put(scope, standby);
      built = standby;
    } else {
      Structure.Quorum q = (Structure.Quorum) node;
      QuorumNode quorum = new QuorumNode(q, units(q.group()),
          q.heartbeat() == null ? null : model.detector(q.heartbeat()).heartbeat(), simulation,
          streams.stream(scope + "/election"), warmup);
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
  private StateSource compile(Structure node) {
    if (node instanceof Structure.Standby || node instanceof Structure.Quorum) {
      return failover(node);
    }
    if (node instanceof Structure.Group g) {
      return groupGates.get(g.name());
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      List<Unit> inputs = units(a.group());
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
