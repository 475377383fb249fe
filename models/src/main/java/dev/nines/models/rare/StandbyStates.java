package dev.nines.models.rare;

import java.util.Arrays;

/**
 * The standbys of a rare-event trajectory, rule by rule as the engine's {@code StandbyNode}
 * runs them (DESIGN.md §3), with their heartbeat monitors reduced to two numbers per unit
 * ({@link StandbyPlan}): the state (up, undetected, switching, no spare, repair), the unit holding
 * the active role, the units tried in the current failover, and the one pending event each state
 * can have: the suspicion of the failed active unit (undetected), the end of a switchover
 * (switching), the manual restore (repair), or, while up, the suspicion of an active unit that is
 * up but whose heartbeats left a gap (a needless failover). {@link #copy} snapshots it with the
 * rest of the {@link SystemState}.
 *
 * <p>A monitor trusts a unit at x when some arrival covers x: while the unit is up since u
 * (heartbeats from u), from u + d on; and until {@code coverEnd}, the end of the coverage of the
 * heartbeats sent before its last failure (T at the start, for the virtual arrival at time 0).
 *
 * <p>Warm and cold spares: the unit holding the active role ages at pace 1, every other pool unit
 * at the standby's dormancy, set at each change of role where the engine sets it ({@link #pace}),
 * so the unit's failure moves as the engine's does ({@link AgeClocks}). Roles change only at
 * events (a failure, a repair, a standby's own event), which end a branch's windows, so a pace is
 * constant over every window.
 */
final class StandbyStates {

  static final byte UP = 0;
  static final byte UNDETECTED = 1;
  static final byte SWITCHING = 2;
  static final byte NO_SPARE = 3;
  static final byte REPAIR = 4;

  private static final int NONE = -1;

  /** The random draws of the standbys: from the main trajectory's streams or a branch's stream. */
  interface Draws {
    /** A switchover's length at standby {@code node}. */
    double switchover(int node);

    /** True when a switchover (to a target that is up) fails. */
    boolean switchFails(int node);

    /** The length of a manual restore. */
    double restore(int node);
  }

  final StandbyPlan[] plans;
  final byte[] state;
  /** Per standby: the pool index holding the active role, or NONE. */
  final int[] active;
  final boolean[][] tried;
  /** Per standby: the time of its pending event, NaN when none, and its scheduling order. */
  final double[] eventAt;
  final long[] order;
  /** Per unit: the end of the coverage of the heartbeats of its up periods before the current. */
  final double[] coverEnd;

  StandbyStates(StandbyPlan[] plans, int units) {
    this.plans = plans;
    state = new byte[plans.length];
    active = new int[plans.length];
    tried = new boolean[plans.length][];
    for (int k = 0; k < plans.length; k++) {
      tried[k] = new boolean[plans[k].pool().length];
    }
    eventAt = new double[plans.length];
    Arrays.fill(eventAt, Double.NaN);
    order = new long[plans.length];
    coverEnd = new double[units];
    for (StandbyPlan p : plans) {
      if (p.detected()) {
        for (int u : p.pool()) {
          coverEnd[u] = p.timeout();
        }
      }
    }
  }

  private StandbyStates(StandbyStates s) {
    plans = s.plans;
    state = s.state.clone();
    active = s.active.clone();
    tried = new boolean[s.tried.length][];
    for (int k = 0; k < tried.length; k++) {
      tried[k] = s.tried[k].clone();
    }
    eventAt = s.eventAt.clone();
    order = s.order.clone();
    coverEnd = s.coverEnd.clone();
  }

  StandbyStates copy() {
    return new StandbyStates(this);
  }

  /** Every standby starts at time 0 on its first pool unit that is up, or down with none. */
  void start(SystemState s) {
    for (int k = 0; k < plans.length; k++) {
      active[k] = firstUp(s, k);
      state[k] = active[k] == NONE ? NO_SPARE : UP;
      if (active[k] != 0) {
        pace(s, k, 0, plans[k].dormancy());
        if (active[k] != NONE) {
          pace(s, k, active[k], 1);
        }
      }
    }
  }

  boolean isUp(int node) {
    return state[node] == UP;
  }

  /** True when every standby is up with nothing pending. */
  boolean quiet() {
    for (int k = 0; k < plans.length; k++) {
      if (state[k] != UP || !Double.isNaN(eventAt[k])) {
        return false;
      }
    }
    return true;
  }

  /** A unit of standby {@code node} failed now (the state's counts already say so). */
  void unitFailed(SystemState s, int node, int unit, Draws draws) {
    StandbyPlan p = plans[node];
    boolean trusted = true;
    if (p.detected()) {
      double u = heartbeatStart(s, unit);
      trusted = s.now >= u + p.delay() || s.now < coverEnd[unit];
      double lastSend = u + Math.floor((s.now - u) / p.interval()) * p.interval();
      coverEnd[unit] = Math.max(coverEnd[unit], lastSend + p.delay() + p.timeout());
    }
    if (state[node] != UP || p.pool()[active[node]] != unit) {
      return; // a spare's failure, or the target's during a switchover, shows later
    }
    cancel(node);
    if (!trusted || !p.detected()) {
      failover(s, node, false, draws); // already suspected, or no detector: detected at once
    } else {
      state[node] = UNDETECTED;
      schedule(s, node, coverEnd[unit]);
    }
  }

  /** A unit of standby {@code node} was repaired now. */
  void unitRepaired(SystemState s, int node, int unit, Draws draws) {
    if (state[node] == UNDETECTED && plans[node].pool()[active[node]] == unit) {
      cancel(node);
      becomeUp(s, node); // repaired before anyone noticed
    } else if (state[node] == NO_SPARE || state[node] == REPAIR) {
      takeOver(s, node, indexOf(node, unit));
    }
  }

  /** The pending event of standby {@code node} fires now. */
  void fire(SystemState s, int node, Draws draws) {
    eventAt[node] = Double.NaN;
    switch (state[node]) {
      case UNDETECTED -> failover(s, node, false, draws);
      case SWITCHING -> complete(s, node, draws);
      case REPAIR -> {
        int unit = firstUp(s, node);
        if (unit != NONE) {
          takeOver(s, node, unit);
        } else {
          state[node] = NO_SPARE;
        }
      }
      case UP -> {
        if (s.status[plans[node].pool()[active[node]]] == SystemState.UP) {
          failover(s, node, true, draws); // suspected while up: needless
        }
      }
      default -> throw new IllegalStateException("no event in state " + state[node]);
    }
  }

  private void failover(SystemState s, int node, boolean needless, Draws draws) {
    Arrays.fill(tried[node], false);
    int target = candidate(s, node);
    if (target != NONE) {
      switchTo(s, node, target, draws);
    } else if (!needless) {
      pace(s, node, active[node], plans[node].dormancy());
      active[node] = NONE;
      state[node] = NO_SPARE;
    }
  }

  private void switchTo(SystemState s, int node, int target, Draws draws) {
    tried[node][target] = true;
    if (active[node] != NONE) {
      pace(s, node, active[node], plans[node].dormancy());
    }
    active[node] = target;
    pace(s, node, target, 1);
    if (plans[node].switchover() == null) {
      complete(s, node, draws);
    } else {
      state[node] = SWITCHING;
      schedule(s, node, s.now + draws.switchover(node));
    }
  }

  private void complete(SystemState s, int node, Draws draws) {
    StandbyPlan p = plans[node];
    boolean failed = s.status[p.pool()[active[node]]] != SystemState.UP
        || p.switchFailure() > 0 && draws.switchFails(node);
    if (!failed) {
      becomeUp(s, node);
      return;
    }
    int next = candidate(s, node);
    if (next != NONE) {
      switchTo(s, node, next, draws);
      return;
    }
    pace(s, node, active[node], p.dormancy());
    active[node] = NONE;
    state[node] = firstUp(s, node) != NONE ? REPAIR : NO_SPARE;
    if (state[node] == REPAIR && p.restore() != null) {
      schedule(s, node, s.now + draws.restore(node));
    }
  }

  private void takeOver(SystemState s, int node, int unit) {
    cancel(node);
    active[node] = unit;
    pace(s, node, unit, 1);
    becomeUp(s, node);
  }

  /**
   * The standby is up on its active unit; if that unit's monitor will still suspect it once the
   * old heartbeats' coverage ends (a gap before its first new arrival), that is a pending needless
   * failover.
   */
  private void becomeUp(SystemState s, int node) {
    state[node] = UP;
    StandbyPlan p = plans[node];
    int unit = p.pool()[active[node]];
    if (p.detected() && coverEnd[unit] > s.now
        && heartbeatStart(s, unit) + p.delay() > coverEnd[unit]) {
      schedule(s, node, coverEnd[unit]);
    }
  }

  /**
   * Pool unit {@code index} of standby {@code node} ages at {@code pace} from now, as the engine's
   * {@code StandbyNode.setPace}: nothing for a hot standby.
   */
  private void pace(SystemState s, int node, int index, double pace) {
    if (plans[node].dormancy() != 1) {
      s.setPace(plans[node].pool()[index], pace);
    }
  }

  /**
   * The pace at which an up pool unit will age once its standby has settled: 1 for the unit that
   * holds the active role, or, while that one is down or none holds it, for the first up unit of
   * the pool (the next to take it); the dormancy for the others. Splitting's effort reads it.
   */
  double paceAhead(SystemState s, int node, int unit) {
    int[] pool = plans[node].pool();
    boolean settled = active[node] != NONE && s.status[pool[active[node]]] == SystemState.UP;
    int holder = settled ? pool[active[node]] : firstUp(s, node) == NONE ? NONE
        : pool[firstUp(s, node)];
    return unit == holder ? 1 : plans[node].dormancy();
  }

  /** When the unit's current up period began sending heartbeats (time 0 for a unit up at 0). */
  private static double heartbeatStart(SystemState s, int unit) {
    return Math.max(0, s.lifeStart[unit]);
  }

  private int candidate(SystemState s, int node) {
    int[] pool = plans[node].pool();
    for (int i = 0; i < pool.length; i++) {
      if (i != active[node] && !tried[node][i] && s.status[pool[i]] == SystemState.UP) {
        return i;
      }
    }
    return NONE;
  }

  private int firstUp(SystemState s, int node) {
    int[] pool = plans[node].pool();
    for (int i = 0; i < pool.length; i++) {
      if (s.status[pool[i]] == SystemState.UP) {
        return i;
      }
    }
    return NONE;
  }

  private int indexOf(int node, int unit) {
    int[] pool = plans[node].pool();
    for (int i = 0; i < pool.length; i++) {
      if (pool[i] == unit) {
        return i;
      }
    }
    return NONE;
  }

  private void schedule(SystemState s, int node, double time) {
    eventAt[node] = time;
    order[node] = s.scheduled++;
  }

  private void cancel(int node) {
    eventAt[node] = Double.NaN;
  }
}
