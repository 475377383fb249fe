package dev.nines.simulator;

/**
 * Something that happens at a point in simulated time. Models keep one instance per kind of event
 * (a unit's failure, its repair) and schedule it again and again, so the hot path allocates nothing.
 */
@FunctionalInterface
public interface Event {

  /** Called by the simulation when the clock reaches the event's time. */
  void fire();
}
