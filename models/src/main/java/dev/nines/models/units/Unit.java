package dev.nines.models.units;

import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One instance of a component group, such as {@code app[2]}. It starts up and alternates: a time to
 * failure drawn from its failure stream (it ages only while up: a fresh life starts at each repair),
 * then down until its repair service starts a repair, whose length is drawn from its repair stream.
 * A unit without a failure sampler never fails.
 */
public final class Unit {

  private final String name;
  private final Simulation simulation;
  private final ContinuousSampler timeToFailure;
  private final ContinuousSampler timeToRepair;
  private final RepairService repairs;
  private final Event failure = this::fail;
  private final Event repair = this::repaired;
  private StateListener[] listeners = new StateListener[0];
  private boolean up = true;

  public Unit(
      String name,
      Simulation simulation,
      ContinuousSampler timeToFailure,
      ContinuousSampler timeToRepair,
      RepairService repairs) {
    if ((timeToFailure == null) != (timeToRepair == null)) {
      throw new IllegalArgumentException(name + ": give both failure and repair samplers, or neither");
    }
    this.name = name;
    this.simulation = simulation;
    this.timeToFailure = timeToFailure;
    this.timeToRepair = timeToRepair;
    this.repairs = repairs;
  }

  public String name() {
    return name;
  }

  public boolean isUp() {
    return up;
  }

  /** Adds a listener told of every change of this unit's state. */
  public void addListener(StateListener listener) {
    listeners = Arrays.copyOf(listeners, listeners.length + 1);
    listeners[listeners.length - 1] = listener;
  }

  /** Starts the unit's first life at the current time. */
  public void start() {
    if (timeToFailure != null) {
      simulation.schedule(timeToFailure.sample(), failure);
    }
  }

  /** Called by the repair service when a repairer starts on this (failed) unit. */
  public void startRepair() {
    if (up) {
      throw new IllegalStateException(name + " is up; there is nothing to repair");
    }
    simulation.schedule(timeToRepair.sample(), repair);
  }

  private void fail() {
    up = false;
    notifyListeners();
    repairs.request(this);
  }

  private void repaired() {
    up = true;
    notifyListeners();
    repairs.release(this);
    simulation.schedule(timeToFailure.sample(), failure);
  }

  private void notifyListeners() {
    double now = simulation.now();
    for (StateListener listener : listeners) {
      listener.changed(now, up);
    }
  }

  @Override
  public String toString() {
    return name + (up ? " (up)" : " (down)");
  }
}
