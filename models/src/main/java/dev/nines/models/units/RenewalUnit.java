package dev.nines.models.units;

import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A unit that alternates up and down (an alternating renewal process). It starts up; a time to
 * failure is drawn from its failure stream (it ages only while up: a fresh life starts at each
 * repair); then it is down until its repair service starts a repair, whose length is drawn from its
 * repair stream. A unit without samplers never fails.
 *
 * <p><b>Initial state.</b> A unit starts new (up, a fresh life), unless told otherwise before
 * {@link #start}: {@link #startUp(double)} with the life it has left, or {@link #startDown(double)},
 * already failed, asking for repair at the start, with the repair it has left should a repairer take
 * it at once (a stationary start).
 *
 * <p><b>Aging pace</b> ({@link #setAgingRate}): a drawn life is measured in active seconds, and the
 * unit consumes it at its pace per second while up (accelerated life): 1 normally, a warm spare's
 * dormancy factor, 0 for a cold spare, which then cannot fail. A change of pace while up keeps the
 * life left, in active seconds, and reschedules the failure at now + left / pace (none while the pace
 * is 0: the life left is kept until the pace rises again). A change while down sets the pace of the
 * next life, which starts at the repair and is consumed at the pace in force then.
 */
public final class RenewalUnit extends Unit {

  private static final long NO_EVENT = -1;

  private final ContinuousSampler timeToFailure;
  private final ContinuousSampler timeToRepair;
  private final RepairService repairs;
  private final Event failure = this::fail;
  private final Event repair = this::repaired;
  private double rate = 1;
  /** True while a fault holds the unit down: it does not age then. */
  private boolean paused;
  /** True from the draw of a life until the failure that ends it. */
  private boolean living;
  /** Active seconds of life left at {@link #lifeMark}. */
  private double lifeLeft;
  private double lifeMark;
  private long failureHandle = NO_EVENT;
  /** The life left at the start, in active seconds; NaN for a fresh life. */
  private double initialLife = Double.NaN;
  /** The repair left, should a repairer take the unit at the start; NaN for a fresh repair. */
  private double initialRepair = Double.NaN;

  public RenewalUnit(
      String name,
      Simulation simulation,
      ContinuousSampler timeToFailure,
      ContinuousSampler timeToRepair,
      RepairService repairs) {
    super(name, simulation, true);
    if ((timeToFailure == null) != (timeToRepair == null)) {
      throw new IllegalArgumentException(name + ": give both failure and repair samplers, or neither");
    }
    this.timeToFailure = timeToFailure;
    this.timeToRepair = timeToRepair;
    this.repairs = repairs;
  }

  /** The pace at which the unit ages while up: 1 unless {@link #setAgingRate} changed it. */
  public double agingRate() {
    return rate;
  }

  /**
   * Sets the pace, in [0, 1], at which the unit consumes its life while up (see the class comment).
   * Deterministic: the pending failure is cancelled and rescheduled, nothing is drawn.
   *
   * @throws IllegalArgumentException for a pace outside [0, 1]
   */
  @Override
  public void setAgingRate(double newRate) {
    if (!(newRate >= 0 && newRate <= 1)) {
      throw new IllegalArgumentException(name() + ": aging rate must lie in [0, 1], got " + newRate);
    }
    if (newRate != rate) {
      repace(newRate, paused);
    }
  }

  /** A held unit is not working, so it does not age: its life left waits for the release. */
  @Override
  protected void held(boolean nowHeld) {
    repace(rate, nowHeld);
  }

  /** The pace in force: the aging rate, or 0 while held. */
  private double pace() {
    return paused ? 0 : rate;
  }

  /** Changes the rate or pause, keeping the life left and rescheduling the failure. */
  private void repace(double newRate, boolean nowPaused) {
    if (living) {
      double now = simulation().now();
      lifeLeft = Math.max(0, lifeLeft - (now - lifeMark) * pace());
      lifeMark = now;
      if (failureHandle != NO_EVENT) {
        simulation().cancel(failureHandle);
        failureHandle = NO_EVENT;
      }
      rate = newRate;
      paused = nowPaused;
      scheduleFailure();
    } else {
      rate = newRate;
      paused = nowPaused;
    }
  }

  /**
   * Starts the run up, in the middle of a life: {@code lifeLeft} active seconds remain of it. Before
   * {@link #start}.
   */
  public void startUp(double lifeLeft) {
    requireFailing(lifeLeft);
    startsUp(true);
    initialLife = lifeLeft;
    initialRepair = Double.NaN;
  }

  /**
   * Starts the run down, failed before it, asking its repair service for a repairer at the start:
   * if one takes it at once, its repair lasts {@code repairLeft} (NaN: a fresh repair); if it waits,
   * its repair is a fresh one. Before {@link #start}.
   */
  public void startDown(double repairLeft) {
    requireFailing(Double.isNaN(repairLeft) ? 0 : repairLeft);
    startsUp(false);
    initialLife = Double.NaN;
    initialRepair = repairLeft;
  }

  private void requireFailing(double left) {
    if (timeToFailure == null) {
      throw new IllegalStateException(name() + " never fails: it starts up, new");
    }
    if (!(left >= 0) || Double.isInfinite(left)) {
      throw new IllegalArgumentException(name() + ": time left must be non-negative, got " + left);
    }
  }

  @Override
  protected void begin() {
    if (timeToFailure == null) {
      return;
    }
    if (isUp()) {
      newLife();
    } else {
      repairs.requestAtStart(this);
      initialRepair = Double.NaN; // a repairer took it at once, or it waits for a fresh repair
    }
  }

  /** Called by the repair service when a repairer starts on this (failed) unit. */
  public void startRepair() {
    if (isUp()) {
      throw new IllegalStateException(name() + " is up; there is nothing to repair");
    }
    double length = Double.isNaN(initialRepair) ? timeToRepair.sample() : initialRepair;
    initialRepair = Double.NaN;
    simulation().schedule(length, repair);
  }

  private void newLife() {
    living = true;
    lifeLeft = Double.isNaN(initialLife) ? timeToFailure.sample() : initialLife;
    initialLife = Double.NaN;
    lifeMark = simulation().now();
    scheduleFailure();
  }

  private void scheduleFailure() {
    // At pace 1 the delay is the life itself, exactly as drawn.
    double pace = pace();
    failureHandle = pace > 0 ? simulation().schedule(lifeLeft / pace, failure) : NO_EVENT;
  }

  private void fail() {
    failureHandle = NO_EVENT;
    living = false;
    become(false);
    repairs.request(this);
  }

  private void repaired() {
    become(true);
    repairs.release(this);
    newLife();
  }
}
