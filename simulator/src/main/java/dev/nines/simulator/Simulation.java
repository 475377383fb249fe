package dev.nines.simulator;

import java.util.function.BooleanSupplier;

/**
 * The kernel: a clock and a calendar. Events fire in (time, scheduling order); an event may schedule
 * and cancel others. Everything else (units, structures, recorders) is built on top of this.
 */
public final class Simulation {

  /** How many events fire between two looks at the {@link StopSignal}. */
  static final int CHECK_EVERY = 4096;

  private final EventCalendar calendar = new EventCalendar();
  private StopSignal signal;
  private double now;
  private long fired;
  /** {@link #fired} when the stop signal was last told of the events fired. */
  private long counted;

  /** The current simulated time, in seconds. */
  public double now() {
    return now;
  }

  /** Number of events fired so far. */
  public long eventsFired() {
    return fired;
  }

  /**
   * Watches a stop signal: every {@value #CHECK_EVERY} events, and when a run ends, the events are
   * counted on it, and once it is up {@link #runUntil} throws {@link StopSignal.Stopped}.
   */
  public void watch(StopSignal stopSignal) {
    this.signal = stopSignal;
  }

  /** Number of pending events. */
  public int pending() {
    return calendar.size();
  }

  /** Schedules {@code event} after a non-negative {@code delay}; returns a handle for {@link #cancel}. */
  public long schedule(double delay, Event event) {
    if (!(delay >= 0)) {
      throw new IllegalArgumentException("delay must be non-negative, got " + delay);
    }
    return calendar.schedule(now + delay, event);
  }

  /** Schedules {@code event} at an absolute time not before now. */
  public long scheduleAt(double time, Event event) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("cannot schedule at " + time + ", before now " + now);
    }
    return calendar.schedule(time, event);
  }

  /** Cancels a pending event; false when it already fired or was cancelled. */
  public boolean cancel(long handle) {
    return calendar.cancel(handle);
  }

  /**
   * Fires every event with time at most {@code until}, in order, then sets the clock to {@code until}.
   * Events scheduled later stay pending, so runs can be continued.
   */
  public void runUntil(double until) {
    if (!(until >= now)) { // also rejects NaN, which would otherwise become the clock
      throw new IllegalArgumentException("cannot run back to " + until + " from " + now);
    }
    counted = fired;
    while (!calendar.isEmpty() && calendar.nextTime() <= until) {
      fireNext();
    }
    countRest();
    now = until;
  }

  /** Fires the next event, counting every {@value #CHECK_EVERY} events on the stop signal. */
  private void fireNext() {
    now = calendar.nextTime();
    Event event = calendar.pop();
    if (++fired - counted == CHECK_EVERY && signal != null) {
      counted = fired;
      if (signal.count(CHECK_EVERY)) {
        throw new StopSignal.Stopped(signal.reason());
      }
    }
    event.fire();
  }

  /** Counts the events fired since the last count on the stop signal, at the end of a run. */
  private void countRest() {
    if (signal != null && signal.count(fired - counted)) {
      throw new StopSignal.Stopped(signal.reason());
    }
    counted = fired;
  }

  /**
   * Fires events as {@link #runUntil(double)} does, but stops early: once {@code done} answers true
   * (asked before the first event and after each one), or after {@code maxEvents} events. Stopped
   * early, the clock stays at the last event fired; otherwise it is set to {@code until}. Used to
   * follow a replication past its horizon until something happens, within stated limits.
   *
   * @return true when {@code done} stopped it
   */
  public boolean runUntil(double until, long maxEvents, BooleanSupplier done) {
    if (!(until >= now)) {
      throw new IllegalArgumentException("cannot run back to " + until + " from " + now);
    }
    if (maxEvents < 0) {
      throw new IllegalArgumentException("the event limit must not be negative, got " + maxEvents);
    }
    long start = fired;
    counted = fired;
    boolean stopped = done.getAsBoolean();
    while (!stopped && fired - start < maxEvents && !calendar.isEmpty()
        && calendar.nextTime() <= until) {
      fireNext();
      stopped = done.getAsBoolean();
    }
    countRest();
    if (!stopped && fired - start < maxEvents) {
      now = until;
    }
    return stopped;
  }
}
