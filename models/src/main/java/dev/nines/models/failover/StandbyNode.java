package dev.nines.models.failover;

import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.StateSource;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.Listeners;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The running standby of one {@link Structure.Standby}: an active unit and spares, with failover
 * through a detector and switchovers that take time and can fail (DESIGN.md §3). Up while the
 * active unit is up and switched in.
 *
 * <p><b>Pool and roles.</b> The pool is the active group's unit, then each spare group's units in
 * the order written; this is also the order in which spares are tried. One pool unit holds the
 * active role and ages at pace 1; every other unit is a spare and ages at the standby's dormancy
 * (1 hot, 0 cold, in between warm; see {@link Unit#setAgingRate}). The pace of a down unit sets the
 * pace of its next life. Paces are set from the constructor on, so spares start their first life
 * at their dormancy; in hot mode no pace is ever set (Markov units can only be hot spares). At
 * {@link #start} the active role goes to the first pool unit that is up (the first, unless a Markov
 * unit starts down); if none is, the node starts down ({@link StateListener#startsDown}).
 *
 * <p><b>States.</b> UP; UNDETECTED (the active unit is down and not yet suspected); SWITCHING (a
 * switchover is in progress); NO_SPARE (a failover found no healthy spare); REPAIR (every healthy
 * spare failed to take over in this failover). Listeners hear every change between UP and the
 * others; down time is split by state.
 *
 * <p><b>Detection.</b> The node reacts only to the belief of the unit holding the active role, and
 * only to its changes from trusted to suspected. Without a detector the belief is the truth: a
 * failure of the active unit is detected at once. With one, a failure is detected at once if the
 * active unit's belief already suspects it, else the node is UNDETECTED until the belief suspects
 * it; if the unit is repaired first, the node is UP again with the same active unit (a missed
 * detection, its whole outage undetected). A suspicion while UP of an active unit that is actually
 * up starts a needless failover. A suspicion present when a unit takes the active role (a stale
 * one) starts nothing: only its next change from trusted to suspected counts.
 *
 * <p><b>Failover.</b> A detected failure or a suspicion starts a failover: the target is the first
 * pool unit, other than the one holding the active role, that is up and not yet tried in this
 * failover. The target takes the active role (pace 1) from the start of its switchover, and the
 * former holder becomes a spare (dormancy pace). A switchover lasts a draw from the spec's
 * switchover distribution; without one it completes in the same instant, so a successful instant
 * switchover from UP leaves the node UP without a zero-length outage (with instant detection too,
 * the node is up exactly while some pool unit is up). At its end the switchover fails with
 * probability switchFailure, or if the target went down meanwhile; the failed target becomes a
 * spare again and the next untried healthy unit is tried (the former active unit too, if up). When
 * none is left the node is down: in REPAIR if some healthy unit is left (all tried), else in
 * NO_SPARE. A needless failover that finds no target at all changes nothing: the active unit keeps
 * serving. A failover of a down active unit that finds no target goes to NO_SPARE.
 *
 * <p><b>Repairs.</b> In NO_SPARE or REPAIR, the first pool unit to be repaired takes the active
 * role at once, without a switchover (starting it is part of its repair), and the node is UP. Any
 * other repaired unit rejoins as a spare. In REPAIR healthy units are left, so there may be nothing
 * to repair (after a needless failover): an operator then restores service by hand on the first
 * healthy unit, which takes a draw of the {@code restore} distribution (the active group's repair
 * time), unless a unit's repair comes first. Without a restore distribution REPAIR lasts until a
 * unit's repair.
 *
 * <p><b>Counting</b> (after the warm-up): every switchover started; those that failed (among the
 * counted ones); the needless ones, i.e. the first switchover of a failover started while the
 * active unit was actually up. Down times are counted within [warm-up, horizon].
 *
 * <p><b>Randomness.</b> The switchover durations and the switch failures (one uniform draw at the
 * end of a switchover whose target is up, only if switchFailure > 0) come from the one stream given.
 */
public final class StandbyNode implements StateSource {

  private enum State { UP, UNDETECTED, SWITCHING, NO_SPARE, REPAIR }

  private static final int NONE = -1;

  private final String name;
  private final Unit[] pool;
  private final StateSource[] beliefs;
  private final Simulation simulation;
  private final UniformRandomProvider random;
  private final ContinuousSampler switchTime;
  private final double switchFailure;
  private final double dormancy;
  private final double warmup;
  private final boolean[] tried;
  private final double[] downTime = new double[State.values().length];
  private final Event completion = this::complete;
  private final Event restoration = this::restore;
  private final ContinuousSampler restoreTime;
  private long restoreHandle = NONE;
  private final Listeners listeners = new Listeners();
  private boolean started;
  private State state = State.UP;
  private int active;
  private boolean switchCounted;
  private double since;
  private int switchovers;
  private int failedSwitchovers;
  private int needlessSwitchovers;

  /**
   * A standby over its pool, listening to the pool units and their beliefs from now on; call before
   * the units start.
   *
   * @param pool the active group's unit, then the spare groups' units in the order written
   * @param beliefs for each pool unit, in the same order, whether the detector trusts it (up) or
   *     suspects it (down); null exactly when the spec has no detector (the belief is the truth)
   * @param random the stream of the switchover durations and switch failures
   * @param warmup the end of the warm-up, in seconds: nothing before it is counted
   */
  public StandbyNode(Structure.Standby spec, List<Unit> pool, List<StateSource> beliefs,
      Simulation simulation, UniformRandomProvider random, double warmup) {
    this(spec, pool, beliefs, simulation, random, warmup, null);
  }

  /**
   * A standby as above, whose REPAIR state ends at the latest after a manual restore.
   *
   * @param restore the time an operator takes to restore service by hand when every switchover of
   *     a failover failed, drawn from the node's stream; null to wait for a unit's repair
   */
  public StandbyNode(Structure.Standby spec, List<Unit> pool, List<StateSource> beliefs,
      Simulation simulation, UniformRandomProvider random, double warmup, Distribution restore) {
    if (pool.size() < 2) {
      throw new IllegalArgumentException("standby " + spec.name() + " needs an active unit and"
          + " at least one spare, got " + pool.size() + " units");
    }
    if ((spec.detector() == null) != (beliefs == null)) {
      throw new IllegalArgumentException("standby " + spec.name()
          + ": give beliefs exactly when the standby has a detector");
    }
    if (beliefs != null && beliefs.size() != pool.size()) {
      throw new IllegalArgumentException("standby " + spec.name() + ": " + beliefs.size()
          + " beliefs for " + pool.size() + " units");
    }
    this.name = spec.name();
    this.pool = pool.toArray(new Unit[0]);
    this.beliefs = beliefs == null ? null : beliefs.toArray(new StateSource[0]);
    this.simulation = simulation;
    this.random = random;
    this.switchTime = spec.switchover() == null ? null : spec.switchover().sampler(random);
    this.switchFailure = spec.switchFailure();
    this.restoreTime = restore == null ? null : restore.sampler(random);
    this.dormancy = spec.dormancy();
    this.warmup = warmup;
    this.tried = new boolean[this.pool.length];
    this.since = warmup;
    for (int i = 0; i < this.pool.length; i++) {
      int index = i;
      this.pool[i].addListener((time, up) -> unitChanged(index, up));
      if (this.beliefs != null) {
        this.beliefs[i].addListener((time, trusted) -> beliefChanged(index, trusted));
      }
      if (i > 0) {
        setPace(i, dormancy);
      }
    }
  }

  /** The scope name of the standby. */
  public String name() {
    return name;
  }

  /** The unit holding the active role (the target, during a switchover), or null if none does. */
  public Unit active() {
    return started && active != NONE ? pool[active] : null;
  }

  @Override
  public boolean isUp() {
    return state == State.UP;
  }

  @Override
  public void addListener(StateListener listener) {
    listeners.add(listener);
  }

  /**
   * Starts the node at the current time (time 0), once, after the pool units and the beliefs have
   * started: earlier changes are ignored, the states are read now.
   */
  public void start() {
    if (started) {
      throw new IllegalStateException("standby " + name + " is already started");
    }
    started = true;
    active = firstUp();
    if (active != 0) {
      setPace(0, dormancy);
      if (active != NONE) {
        setPace(active, 1);
      }
    }
    if (active == NONE) {
      double now = simulation.now();
      accumulate(now);
      state = State.NO_SPARE;
      listeners.startsDown(now);
    }
  }

  /** Closes the observation at the horizon: counts after the warm-up, down time split by state. */
  public StandbyObservation finish(double horizon) {
    accumulate(horizon);
    return new StandbyObservation(switchovers, failedSwitchovers, needlessSwitchovers,
        downTime[State.UNDETECTED.ordinal()], downTime[State.SWITCHING.ordinal()],
        downTime[State.NO_SPARE.ordinal()], downTime[State.REPAIR.ordinal()]);
  }

  private void unitChanged(int unit, boolean up) {
    if (!started) {
      return;
    }
    if (!up) {
      // A spare's failure changes nothing; the target's failure during a switchover shows at its end.
      if (unit == active && state == State.UP) {
        if (beliefs == null || !beliefs[unit].isUp()) {
          failover(false);
        } else {
          setState(State.UNDETECTED);
        }
      }
    } else if (state == State.UNDETECTED && unit == active) {
      setState(State.UP); // repaired before anyone noticed
    } else if (state == State.NO_SPARE || state == State.REPAIR) {
      takeOver(unit);
    }
  }

  /** The unit takes the active role at once, from NO_SPARE or REPAIR. */
  private void takeOver(int unit) {
    if (restoreHandle != NONE) {
      simulation.cancel(restoreHandle);
      restoreHandle = NONE;
    }
    active = unit;
    setPace(unit, 1);
    setState(State.UP);
  }

  /** The operator's manual restore at the end of REPAIR. */
  private void restore() {
    restoreHandle = NONE;
    int unit = firstUp();
    if (unit != NONE) {
      takeOver(unit);
    } else {
      setState(State.NO_SPARE);
    }
  }

  private void beliefChanged(int unit, boolean trusted) {
    if (!started || trusted || unit != active) {
      return;
    }
    if (state == State.UP) {
      failover(pool[unit].isUp());
    } else if (state == State.UNDETECTED) {
      failover(false);
    }
  }

  /** A failure was detected, or an active unit that is up was suspected ({@code needless}). */
  private void failover(boolean needless) {
    Arrays.fill(tried, false);
    int target = candidate();
    if (target != NONE) {
      switchTo(target, needless);
    } else if (!needless) {
      setPace(active, dormancy);
      active = NONE;
      setState(State.NO_SPARE);
    }
  }

  private void switchTo(int target, boolean needless) {
    switchCounted = simulation.now() >= warmup;
    if (switchCounted) {
      switchovers++;
      if (needless) {
        needlessSwitchovers++;
      }
    }
    tried[target] = true;
    if (active != NONE) {
      setPace(active, dormancy);
    }
    active = target;
    setPace(target, 1);
    if (switchTime == null) {
      complete();
    } else {
      setState(State.SWITCHING);
      simulation.schedule(switchTime.sample(), completion);
    }
  }

  private void complete() {
    int target = active;
    boolean failed = !pool[target].isUp()
        || switchFailure > 0 && random.nextDouble() < switchFailure;
    if (!failed) {
      setState(State.UP);
      return;
    }
    if (switchCounted) {
      failedSwitchovers++;
    }
    int next = candidate();
    if (next != NONE) {
      switchTo(next, false);
      return;
    }
    setPace(target, dormancy);
    active = NONE;
    setState(firstUp() != NONE ? State.REPAIR : State.NO_SPARE);
    if (state == State.REPAIR && restoreTime != null) {
      restoreHandle = simulation.schedule(restoreTime.sample(), restoration);
    }
  }

  /** The first pool unit, other than the active one, that is up and untried in this failover. */
  private int candidate() {
    for (int i = 0; i < pool.length; i++) {
      if (i != active && !tried[i] && pool[i].isUp()) {
        return i;
      }
    }
    return NONE;
  }

  private int firstUp() {
    for (int i = 0; i < pool.length; i++) {
      if (pool[i].isUp()) {
        return i;
      }
    }
    return NONE;
  }

  private void setPace(int unit, double pace) {
    if (dormancy != 1) {
      pool[unit].setAgingRate(pace);
    }
  }

  private void setState(State next) {
    double now = simulation.now();
    accumulate(now);
    boolean wasUp = state == State.UP;
    state = next;
    boolean up = next == State.UP;
    if (wasUp != up) {
      listeners.changed(now, up);
    }
  }

  private void accumulate(double time) {
    if (time > since) {
      if (state != State.UP) {
        downTime[state.ordinal()] += time - since;
      }
      since = time;
    }
  }
}
