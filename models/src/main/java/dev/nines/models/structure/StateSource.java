package dev.nines.models.structure;

import dev.nines.models.units.StateListener;

/**
 * Something of the running system that is up or down and tells its listeners when that changes: a
 * unit, a k-of-n gate, a standby or a quorum. A parent node listens to its parts through this.
 */
public interface StateSource {

  boolean isUp();

  void addListener(StateListener listener);
}
