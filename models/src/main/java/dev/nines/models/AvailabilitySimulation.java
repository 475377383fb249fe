package dev.nines.models;

import dev.nines.models.detectors.DetectorObservation;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.observe.DowntimeRecorder;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.observe.ScopeRecorder;
import dev.nines.models.observe.UnitsUpRecorder;
import dev.nines.models.structure.Gate;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.StateSource;
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
import org.apache.commons.rng.UniformRandomProvider;

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
 *
 * <p>Units start new, or as a {@link StartPlan} says (a stationary start draws unit {@code g[i]}'s
 * state from {@code g[i]/start}). Every figure is closed at the horizon; the run can then be
 * followed past it to the system's first failure ({@link #followUp}), or, for another start, the
 * first failures timed on a separate trajectory from new ({@link #fromNew}).
 */
public final class AvailabilitySimulation {

  /** The scope name of the whole system. */
  public static final String SYSTEM = "system";

  /** A follow-up past the horizon ends this many horizons after it ({@link #followUp}). */
  public static final int FOLLOW_UP_HORIZONS = 100;

  /** A follow-up fires at most this many times the events fired up to the horizon... */
  public static final int FOLLOW_UP_EVENT_FACTOR = 10;

  /** ...or this many events, whichever is more. */
  public static final long MIN_FOLLOW_UP_EVENTS = 1_000_000;

  /** The prefix of the streams of a trajectory from new ({@link #fromNew}). */
  public static final String FROM_NEW = "mttf/";

  private final Simulation simulation = new Simulation();
  private final SystemModel model;
  private final Map<String, List<Unit>> units = new LinkedHashMap<>();
  private final Map<String, Gate> groupGates = new LinkedHashMap<>();
  private final Map<String, ScopeRecorder> groupRecorders = new LinkedHashMap<>();
  private final Map<String, UnitsUpRecorder> unitsUp = new LinkedHashMap<>();
  private final Map<String, RepairCrew> crews = new LinkedHashMap<>();
  private final RandomStreams streams;
  /** Put before every stream's name: empty, or {@value #FROM_NEW} for {@link #fromNew}. */
  private final String prefix;
  private final StartPlan start;
  private final StructureWiring wiring;
  private final ScopeRecorder systemRecorder;
  private final DowntimeRecorder downtime;
  private final StateSource systemNode;
  private double horizon = Double.NaN;
  private long eventsAtHorizon;
  private boolean followed;
  /** What was seen up to the horizon, kept when {@link #run} closes it; null before. */
  private List<ScopeObservation> atHorizon;
  private List<DetectorObservation> detectorsSeen;
  private List<StandbyObservation> standbysSeen;
  private List<QuorumObservation> quorumsSeen;
  private List<CrewObservation> crewsSeen;
  private DowntimeCauses causesSeen;

  /** A replication whose units all start new. */
  public AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup) {
    this(model, streams, warmup, StartPlan.NEW, "");
  }

  /**
   * A replication whose units start as the plan says (made for this model).
   *
   * @param start how the units start: {@link StartPlan#NEW}, or a stationary start
   */
  public AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup,
      StartPlan start) {
    this(model, streams, warmup, start, "");
  }

  private AvailabilitySimulation(SystemModel model, RandomStreams streams, double warmup,
      StartPlan start, String prefix) {
    this.model = model;
    this.streams = streams;
    this.prefix = prefix;
    this.start = start;
    this.downtime = new DowntimeRecorder(simulation, warmup);
    for (Crew crew : model.crews()) {
      crews.put(crew.name(), new RepairCrew(crew.name(), crew.size(), simulation, warmup));
    }
    for (ComponentGroup group : model.groups()) {
      buildGroup(group, warmup);
    }
    wiring = new StructureWiring(model, simulation, units, groupGates, this::stream, warmup,
        downtime);
    systemNode = wiring.compile(model.structure());
    systemRecorder = new ScopeRecorder(SYSTEM, warmup);
    systemNode.addListener(systemRecorder);
    systemNode.addListener(downtime);
  }

  /**
   * A trajectory of the system with every unit new, drawing from streams of its own (each name
   * prefixed with {@value #FROM_NEW}), to time the first failures of a replication observed from
   * another start ({@link #firstFailuresFromNew}).
   */
  public static AvailabilitySimulation fromNew(SystemModel model, RandomStreams streams) {
    return new AvailabilitySimulation(model, streams, 0, StartPlan.NEW, FROM_NEW);
  }

  private UniformRandomProvider stream(String name) {
    return streams.stream(prefix + name);
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
    StateSource monitor = wiring.monitor(detector, unit);
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
   * horizon and closes every figure there: it returns what each scope saw, the system first, then
   * the groups in the order they were written, then the standbys and quorums in the order of the
   * structure. A scope that has not failed by the horizon is censored there
   * ({@link ScopeObservation#survivedUntil}); {@link #followUp} can follow it further.
   */
  public List<ScopeObservation> run(double horizon) {
    if (!Double.isNaN(this.horizon)) {
      throw new IllegalStateException("a replication runs once");
    }
    this.horizon = horizon;
    start(true);
    simulation.runUntil(horizon);
    eventsAtHorizon = simulation.eventsFired();
    atHorizon = new ArrayList<>();
    atHorizon.add(systemRecorder.finish(horizon, Double.NaN));
    for (ComponentGroup group : model.groups()) {
      double unitAvailability = unitsUp.get(group.name()).unitAvailability(horizon);
      atHorizon.add(groupRecorders.get(group.name()).finish(horizon, unitAvailability));
    }
    wiring.failoverRecorders().forEach(r -> atHorizon.add(r.finish(horizon, Double.NaN)));
    closeAtHorizon();
    return List.copyOf(atHorizon);
  }

  /**
   * Follows the replication past its horizon, on the same trajectory, until the system's first
   * failure, to see its time to first failure without conditioning on failing before the horizon.
   * Every figure is already closed at the horizon (read the traffic's before this): only first
   * failures are recorded, those of the groups, standbys and quorums too when they come no later
   * than the system's. The follow-up stops at the stated limits: {@value #FOLLOW_UP_HORIZONS}
   * horizons past the horizon, and {@link #followUpEvents} events. Nothing is followed when the
   * system failed before the horizon.
   *
   * @return the observations of {@link #run} with each scope's first failure, or the time until
   *     which it was followed without one
   */
  public List<ScopeObservation> followUp() {
    requireRun();
    return followUp(horizon + FOLLOW_UP_HORIZONS * horizon, followUpEvents(eventsAtHorizon));
  }

  /** {@link #followUp()} with other limits: until {@code until}, at most {@code maxEvents}. */
  List<ScopeObservation> followUp(double until, long maxEvents) {
    requireRun();
    if (followed) {
      throw new IllegalStateException("a replication is followed once");
    }
    followed = true;
    simulation.runUntil(until, maxEvents, systemRecorder::hasFailed);
    return firstFailures(atHorizon, simulation.now());
  }

  /** The most events a follow-up past the horizon may fire, after {@code eventsAtHorizon}. */
  public static long followUpEvents(long eventsAtHorizon) {
    long scaled = eventsAtHorizon > Long.MAX_VALUE / FOLLOW_UP_EVENT_FACTOR ? Long.MAX_VALUE
        : FOLLOW_UP_EVENT_FACTOR * eventsAtHorizon;
    return Math.max(MIN_FOLLOW_UP_EVENTS, scaled);
  }

  /**
   * Runs this simulation, which has not run, from time 0 only until the system's first failure, to
   * time the first failures of a run whose units all start new when the observed run started
   * otherwise ({@link #run} of a stationary start). Its limits are those of a replication of
   * {@code horizon} followed past it: {@value #FOLLOW_UP_HORIZONS} horizons past the horizon, and
   * {@code eventsAtHorizon + followUpEvents(eventsAtHorizon)} events, where
   * {@code eventsAtHorizon} is what the observed run fired up to its horizon. Heartbeat monitors
   * run only where a standby or quorum listens to them: elsewhere they cannot change a state.
   *
   * @param observed the observed run's scopes, whose first failures are replaced by this run's
   */
  public List<ScopeObservation> firstFailuresFromNew(List<ScopeObservation> observed,
      double horizon, long eventsAtHorizon) {
    if (!Double.isNaN(this.horizon)) {
      throw new IllegalStateException("a replication runs once");
    }
    this.horizon = horizon;
    followed = true;
    start(!model.failoverNodes().isEmpty());
    long limit = followUpEvents(eventsAtHorizon);
    simulation.runUntil(horizon + FOLLOW_UP_HORIZONS * horizon,
        limit > Long.MAX_VALUE - eventsAtHorizon ? Long.MAX_VALUE : eventsAtHorizon + limit,
        systemRecorder::hasFailed);
    return firstFailures(observed, simulation.now());
  }

  /** The observations with each scope's first failure, or censored at {@code until}. */
  private List<ScopeObservation> firstFailures(List<ScopeObservation> observed, double until) {
    List<ScopeRecorder> recorders = new ArrayList<>();
    recorders.add(systemRecorder);
    model.groups().forEach(g -> recorders.add(groupRecorders.get(g.name())));
    recorders.addAll(wiring.failoverRecorders());
    List<ScopeObservation> result = new ArrayList<>();
    for (int i = 0; i < recorders.size(); i++) {
      result.add(observed.get(i).withFirstFailure(recorders.get(i).firstFailure(), until));
    }
    return List.copyOf(result);
  }

  /**
   * Starts every unit at time 0, as the start plan says, then the monitors (if asked), then the
   * standbys and quorums.
   */
  private void start(boolean monitoring) {
    start.prepare(units, this::stream).forEach(Unit::start);
    if (monitoring) {
      wiring.startMonitors();
    }
    wiring.startFailover();
  }

  /** Keeps what the detectors, standbys, quorums, crews and outages saw up to the horizon. */
  private void closeAtHorizon() {
    detectorsSeen = wiring.detectorObservations(horizon);
    standbysSeen = wiring.standbyObservations(horizon);
    quorumsSeen = wiring.quorumObservations(horizon);
    crewsSeen = crews.values().stream().map(c -> c.observe(horizon)).toList();
    causesSeen = downtime.finish(horizon);
  }

  /** What each detector's monitors saw, merged per detector, in the order declared; after a run. */
  public List<DetectorObservation> detectorObservations() {
    requireRun();
    return detectorsSeen;
  }

  /** What each standby did, in the order of the structure; after a run. */
  public List<StandbyObservation> standbyObservations() {
    requireRun();
    return standbysSeen;
  }

  /** What each quorum did, in the order of the structure; after a run. */
  public List<QuorumObservation> quorumObservations() {
    requireRun();
    return quorumsSeen;
  }

  private void requireRun() {
    if (atHorizon == null) {
      throw new IllegalStateException("run the replication first");
    }
  }

  /** What each crew did, in the order the crews were declared; after {@link #run}. */
  public List<CrewObservation> crewObservations() {
    requireRun();
    return crewsSeen;
  }

  /**
   * The system's down time charged to what started each outage, by group and by cause; after
   * {@link #run}. Each sums to the system's {@link ScopeObservation#downTime}.
   */
  public DowntimeCauses downtimeCauses() {
    requireRun();
    return causesSeen;
  }

  private void buildGroup(ComponentGroup group, double warmup) {
    Gate gate = new Gate(group.count(), group.count());
    ScopeRecorder recorder = new ScopeRecorder(group.name(), warmup);
    gate.addListener(recorder);
    UnitsUpRecorder upRecorder = new UnitsUpRecorder(group.count(), warmup);
    List<Unit> list = new ArrayList<>(group.count());
    for (int i = 0; i < group.count(); i++) {
      String name = group.unitName(i);
      Unit unit = newUnit(group, name);
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

  private Unit newUnit(ComponentGroup group, String name) {
    if (group.isMarkov()) {
      return new MarkovUnit(name, simulation, group.markov(), stream(name + "/markov"));
    }
    if (!group.fails()) {
      return new RenewalUnit(name, simulation, null, null, RepairService.IMMEDIATE);
    }
    RepairService repairs = group.crew() == null ? RepairService.IMMEDIATE : crews.get(group.crew());
    return new RenewalUnit(name, simulation,
        group.failure().sampler(stream(name + "/failure")),
        group.repair().sampler(stream(name + "/repair")),
        repairs);
  }
}
