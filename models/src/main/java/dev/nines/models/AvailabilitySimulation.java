package dev.nines.models;

import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.observe.UnitsUpRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of a system: its units on one simulation clock, wired through gates into the
 * structure, with a recorder on the system and on every group. Unit {@code g[i]} draws its lives from
 * the stream {@code g[i]/failure} and its repairs from {@code g[i]/repair} (DESIGN.md §2).
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
  private final ScopeRecorder systemRecorder;
  private final Gate systemGate;
  private boolean ran;

  public AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup) {
    this.model = model;
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
    if (ran) {
      throw new IllegalStateException("a replication runs once");
    }
    ran = true;
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

  private void buildGroup(ComponentGroup group, RandomStreams streams, double warmup) {
    Gate gate = new Gate(group.count(), group.count());
    ScopeRecorder recorder = new ScopeRecorder(group.name(), warmup);
    gate.addListener(recorder);
    UnitsUpRecorder upRecorder = new UnitsUpRecorder(group.count(), warmup);
    List<Unit> list = new ArrayList<>(group.count());
    for (int i = 0; i < group.count(); i++) {
      String name = group.unitName(i);
      Unit unit = group.fails()
          ? new Unit(name, simulation,
              group.failure().sampler(streams.stream(name + "/failure")),
              group.repair().sampler(streams.stream(name + "/repair")),
              RepairService.IMMEDIATE)
          : new Unit(name, simulation, null, null, RepairService.IMMEDIATE);
      unit.addListener(gate);
      unit.addListener(upRecorder);
      list.add(unit);
    }
    units.put(group.name(), List.copyOf(list));
    groupGates.put(group.name(), gate);
    groupRecorders.put(group.name(), recorder);
    unitsUp.put(group.name(), upRecorder);
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
