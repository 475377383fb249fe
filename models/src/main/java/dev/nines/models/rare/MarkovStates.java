package dev.nines.models.rare;

/**
 * The Markov units of a trajectory at one instant: each one's chain state, its pending move and
 * that move's target once drawn. Units are numbered as in the {@link Layout}; the arrays hold every
 * unit, with state −1 for a renewal unit.
 *
 * <p>Who draws the pending move decides what it is: the main trajectory draws the engine's next
 * move (any exit, at the total exit rate), a branch only the next other move ({@link MarkovLaw}:
 * failing moves are its hazards). The exponential holding time is memoryless, so a branch starting
 * from a snapshot redraws every pending move ({@link #redraw}) without changing the law of what
 * follows. A Markov unit in a down state has status {@link SystemState#DOWN}: no crew, its chain
 * brings it back.
 */
final class MarkovStates {

  /** Per unit, its group's law; null for a renewal unit. */
  final MarkovLaw[] law;
  /** Per unit: the chain state, −1 for a renewal unit. */
  final int[] state;
  /** Per unit: the time of the pending move, NaN when none is pending. */
  final double[] moveAt;
  /** Per unit: the target of the move about to be made, −1 when not drawn yet. */
  final int[] target;

  private MarkovStates(MarkovLaw[] law) {
    this.law = law;
    int n = law.length;
    state = new int[n];
    java.util.Arrays.fill(state, -1);
    moveAt = new double[n];
    java.util.Arrays.fill(moveAt, Double.NaN);
    target = new int[n];
    java.util.Arrays.fill(target, -1);
  }

  private MarkovStates(MarkovStates m) {
    law = m.law;
    state = m.state.clone();
    moveAt = m.moveAt.clone();
    target = m.target.clone();
  }

  /** The Markov part of a layout's trajectories, or null when it has no Markov unit. */
  static MarkovStates of(Layout layout) {
    MarkovLaw[] law = new MarkovLaw[layout.units()];
    boolean any = false;
    for (int u = 0; u < law.length; u++) {
      law[u] = layout.markov[layout.groupOf[u]];
      any |= law[u] != null;
    }
    return any ? new MarkovStates(law) : null;
  }

  MarkovStates copy() {
    return new MarkovStates(this);
  }

  /** True when the unit follows a chain. */
  boolean isMarkov(int unit) {
    return law[unit] != null;
  }

  /** True when every Markov unit is fresh ({@link MarkovLaw#fresh}): no degradation pending. */
  boolean fresh() {
    for (int u = 0; u < law.length; u++) {
      if (law[u] != null && !law[u].isFresh(state[u])) {
        return false;
      }
    }
    return true;
  }

  /** The rate of the unit's failing moves in its current state (0 for a renewal unit). */
  double failingRate(int unit) {
    return law[unit] == null ? 0 : law[unit].failingRate[state[unit]];
  }

  /**
   * Starts a Markov unit at time 0 in the named state: down if that state is, its first move drawn
   * as the engine draws it ({@link SystemState.Repairs#nextMove}).
   */
  void begin(SystemState s, int unit, String stateName, SystemState.Repairs draws) {
    int index = law[unit].index(stateName);
    state[unit] = index;
    s.lifeStart[unit] = 0;
    if (!law[unit].up[index]) {
      s.status[unit] = SystemState.DOWN;
      s.upCount[s.layout.groupOf[unit]]--;
      s.down++;
      s.systemUp = s.layout.up.isUp(s);
    }
    schedule(s, unit, draws);
  }

  /**
   * Makes the unit's pending move, to {@link #target} (drawn by the caller): up and down follow
   * the target state, the system's state follows, and the next move is drawn.
   */
  void move(SystemState s, int unit, SystemState.Repairs draws) {
    int to = target[unit];
    if (to < 0) {
      throw new IllegalStateException("no target drawn for the move of unit " + unit);
    }
    boolean wasUp = s.status[unit] == SystemState.UP;
    boolean isUp = law[unit].up[to];
    state[unit] = to;
    target[unit] = -1;
    if (wasUp != isUp) {
      s.status[unit] = isUp ? SystemState.UP : SystemState.DOWN;
      s.upCount[s.layout.groupOf[unit]] += isUp ? 1 : -1;
      s.down += isUp ? -1 : 1;
      if (isUp) {
        s.lifeStart[unit] = s.now;
      }
      s.systemUp = s.layout.up.isUp(s);
    }
    schedule(s, unit, draws);
  }

  /** Draws every Markov unit's pending move afresh (a branch's start: only other moves). */
  void redraw(SystemState s, SystemState.Repairs draws) {
    for (int u = 0; u < law.length; u++) {
      if (law[u] != null) {
        schedule(s, u, draws);
      }
    }
  }

  private void schedule(SystemState s, int unit, SystemState.Repairs draws) {
    double delay = draws.nextMove(unit, state[unit]);
    moveAt[unit] = s.now + delay;
    s.order[unit] = s.scheduled++;
  }
}
