package dev.nines.models.units;

import dev.nines.models.structure.StateSource;
import dev.nines.simulator.Simulation;

/**
 * One instance of a component group, such as {@code app[2]}: it is up or down and tells its
 * listeners (gates, recorders) when that changes. Two kinds: a {@link RenewalUnit} fails, waits for
 * a repairer and is repaired; a {@link MarkovUnit} moves between the states of a Markov chain.
 */
public abstract class Unit implements StateSource {

  private final String name;
  private final Simulation simulation;
  private final Listeners listeners = new Listeners();
  /** The state the unit's own life gives it; it is up when this holds and no fault holds it down. */
  private boolean lifeUp;
  private int holds;
  private boolean up;
  private double downSince;
  private boolean started;

  /** A unit that starts the run up ({@code startsUp}) or down. */
  protected Unit(String name, Simulation simulation, boolean startsUp) {
    this.name = name;
    this.simulation = simulation;
    this.lifeUp = startsUp;
    this.up = startsUp;
    this.downSince = startsUp ? Double.NaN : 0;
  }

  public String name() {
    return name;
  }

  @Override
  public boolean isUp() {
    return up;
  }

  /** When the unit last went down (0 if it started down); NaN while it is up. */
  public double downSince() {
    return downSince;
  }

  /** Adds a listener told of every change of this unit's state. */
  @Override
  public void addListener(StateListener listener) {
    listeners.add(listener);
  }

  /**
   * Sets whether the unit starts the run up or down (a stationary start draws it); only before
   * {@link #start}.
   *
   * @throws IllegalStateException once started
   */
  protected final void startsUp(boolean startsUp) {
    if (started) {
      throw new IllegalStateException(name + " has started: its initial state is set before");
    }
    this.lifeUp = startsUp;
    this.up = startsUp;
    this.downSince = startsUp ? Double.NaN : 0;
  }

  /**
   * Starts the unit at the current time, once, after every listener is added: a unit that starts
   * down says so to its listeners ({@link StateListener#startsDown}), then its first event is
   * scheduled.
   */
  public final void start() {
    if (started) {
      throw new IllegalStateException(name + " is already started");
    }
    started = true;
    if (!up) {
      double now = simulation.now();
      downSince = now;
      listeners.startsDown(now);
    }
    begin();
  }

  /**
   * Sets the pace at which the unit ages while up, relative to its distributions: 1 when it works,
   * a warm spare's dormancy factor while it waits, 0 for a cold spare that cannot fail. Only a unit
   * whose life is a renewal process can change pace.
   *
   * @throws UnsupportedOperationException for a unit that cannot, unless the pace asked is 1
   */
  public void setAgingRate(double rate) {
    if (rate != 1) {
      throw new UnsupportedOperationException(name + " cannot change the pace at which it ages");
    }
  }

  /**
   * A scripted fault holds the unit down from now until the matching {@link #release()}, whatever
   * its own life does meanwhile; holds nest. A held unit does not age ({@link #held}).
   */
  public final void hold() {
    holds++;
    if (holds == 1) {
      held(true);
      update();
    }
  }

  /** Ends one {@link #hold()}; the unit is up again if its own life is up and nothing else holds it. */
  public final void release() {
    if (holds == 0) {
      throw new IllegalStateException(name + " is not held");
    }
    holds--;
    if (holds == 0) {
      held(false);
      update();
    }
  }

  /** The state the unit's own life gives it, regardless of faults. */
  protected final boolean lifeUp() {
    return lifeUp;
  }

  /** True while a fault holds the unit down. */
  public final boolean isHeld() {
    return holds > 0;
  }

  /** Told when a fault starts ({@code true}) or stops holding the unit down; nothing by default. */
  protected void held(boolean nowHeld) {}

  /** Schedules the unit's first event. */
  protected abstract void begin();

  protected final Simulation simulation() {
    return simulation;
  }

  /**
   * The unit's own life takes it up or down now; its listeners are told when that changes its state
   * (not while a fault holds it down).
   */
  protected final void become(boolean nowUp) {
    if (nowUp == lifeUp) {
      throw new IllegalStateException(name + " is already " + (lifeUp ? "up" : "down"));
    }
    lifeUp = nowUp;
    update();
  }

  private void update() {
    boolean nowUp = lifeUp && holds == 0;
    if (nowUp == up) {
      return;
    }
    up = nowUp;
    double now = simulation.now();
    downSince = nowUp ? Double.NaN : now;
    listeners.changed(now, nowUp);
  }

  @Override
  public String toString() {
    return name + (up ? " (up)" : " (down)");
  }
}
