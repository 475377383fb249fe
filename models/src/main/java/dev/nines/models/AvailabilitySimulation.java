package dev.nines.models;

import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.observe.UnitsUpRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.structure.Structure;
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
 * through gates into the structure, with a recorder on the system and on every group. Unit
 * {@code g[i]} draws its lives from the stream {@code g[i]/failure} and its repairs from
 * {@code g[i]/repair}; a Markov unit draws its moves from {@code g[i]/markov} (DESIGN.md §2). Units
 * of a group that names a crew wait for one of its repairers; the others are repaired at once.
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
  private final ScopeRecorder systemRecorder;
  private final Gate systemGate;
  private double horizon = Double.NaN;

  public AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup) {
    this.model = model;
    for (Crew crew : model.crews()) {
      crews.put(crew.name(), new RepairCrew(crew.name(), crew.size(), simulation, warmup));
    }
    for (ComponentGroup group : model.groups()) {
      buildGroup(group, streams, warmup);
    }
    systemGate = compile(model.structure());
    systemRecorder = new ScopeRecorder(SYSTEM, warmup);
    systemGate.addListener(systemRecorder);
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

  /** True while the system's structure is up. */
  public boolean systemUp() {
    return systemGate.isUp();
  }

  /**
   * Starts every unit at time 0, runs to the horizon and returns what each scope saw: the system
   * first, then the groups in the order they were written.
   */
  public List<ScopeObservation> run(double horizon) {
    if (!Double.isNaN(this.horizon)) {
      throw new IllegalStateException("a replication runs once");
    }
    this.horizon = horizon;
    units.values().forEach(list -> list.forEach(Unit::start));
    simulation.runUntil(horizon);
    List<ScopeObservation> observations = new ArrayList<>();
    observations.add(systemRecorder.finish(horizon, Double.NaN));
    for (ComponentGroup group : model.groups()) {
      double unitAvailability = unitsUp.get(group.name()).unitAvailability(horizon);
      observations.add(groupRecorders.get(group.name()).finish(horizon, unitAvailability));
    }
    return observations;
  }

  /** What each crew did, in the order the crews were declared; after {@link #run}. */
  public List<CrewObservation> crewObservations() {
    if (Double.isNaN(horizon)) {
      throw new IllegalStateException("run the replication first");
    }
    List<CrewObservation> observations = new ArrayList<>();
    crews.values().forEach(crew -> observations.add(crew.observe(horizon)));
    return observations;
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

  /** Builds the gate of a structure node and wires its inputs into it. */
  private Gate compile(Structure node) {
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
      compile(part).addListener(gate);
    }
    return gate;
  }
}
