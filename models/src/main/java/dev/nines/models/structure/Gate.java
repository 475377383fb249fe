package dev.nines.models.structure;

import dev.nines.models.units.Listeners;
import dev.nines.models.units.StateListener;

/**
 * A k-of-n gate of the running system: up while at least k of its n inputs are up. Inputs start up
 * (an input that starts down says so before the run) and report each change; the gate passes a
 * change of its own state on to its listeners, so a unit's failure costs one step per level of the
 * structure, not a re-evaluation of the whole tree.
 */
public final class Gate implements StateListener, StateSource {

  private final int k;
  private final int n;
  private int upCount;
  private boolean up;
  private final Listeners listeners = new Listeners();

  public Gate(int k, int n) {
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("a gate needs 1 <= k <= n, got k=" + k + ", n=" + n);
    }
    this.k = k;
    this.n = n;
    this.upCount = n;
    this.up = true;
  }

  @Override
  public boolean isUp() {
    return up;
  }

  public int upCount() {
    return upCount;
  }

  public int inputs() {
    return n;
  }

  @Override
  public void addListener(StateListener listener) {
    listeners.add(listener);
  }

  @Override
  public void changed(double time, boolean inputUp) {
    if (count(inputUp)) {
      listeners.changed(time, up);
    }
  }

  /** An input starts the run down: the gate may start down too, and says so the same way. */
  @Override
  public void startsDown(double time) {
    if (count(false)) {
      listeners.startsDown(time);
    }
  }

  /** Counts an input going up or down; true when the gate's own state changed. */
  private boolean count(boolean inputUp) {
    upCount += inputUp ? 1 : -1;
    if (upCount < 0 || upCount > n) {
      throw new IllegalStateException("gate input count out of range: " + upCount + " of " + n);
    }
    boolean nowUp = upCount >= k;
    if (nowUp == up) {
      return false;
    }
    up = nowUp;
    return true;
  }
}
