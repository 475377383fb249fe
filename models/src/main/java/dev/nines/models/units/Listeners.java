package dev.nines.models.units;

import java.util.Arrays;

/**
 * The listeners of something that is up or down (a unit, a gate, a monitor's belief, a standby, a
 * quorum), told of each change in the order they were added. An array, not a list: it is walked on
 * every failure and repair.
 */
public final class Listeners {

  private StateListener[] all = new StateListener[0];

  public void add(StateListener listener) {
    all = Arrays.copyOf(all, all.length + 1);
    all[all.length - 1] = listener;
  }

  /** Tells every listener that the thing became up or down at {@code time}. */
  public void changed(double time, boolean up) {
    for (StateListener listener : all) {
      listener.changed(time, up);
    }
  }

  /** Tells every listener that the thing starts the run down. */
  public void startsDown(double time) {
    for (StateListener listener : all) {
      listener.startsDown(time);
    }
  }

  public int size() {
    return all.length;
  }

  /** The k-th listener added. */
  public StateListener get(int k) {
    return all[k];
  }
}
