package dev.nines.models.analytics;

/**
 * One configuration of a standby in its failover chain ({@link StandbyChain}): the node's state, as
 * {@code StandbyNode} names it, and the units by role. Units are alike, so only counts and the order
 * of the repair queue matter.
 *
 * <p>Roles: {@code A} the unit holding the active role (the switchover's target while switching),
 * {@code S} a spare not yet tried in this failover (every spare outside SWITCHING, the former active
 * unit too), {@code R} a spare already tried in this failover (SWITCHING only). The queue lists the
 * down units' roles in the order they failed (FIFO; sorted when every down unit has a repairer, so
 * that configurations that differ only in that order are one).
 *
 * @param phase the node's state
 * @param activeUp whether the unit holding the active role is up (UP: always; UNDETECTED: never,
 *     its {@code A} is in the queue; SWITCHING: either; NO_SPARE and REPAIR: no one holds the role)
 * @param upS untried spares up
 * @param upR tried spares up
 * @param queue the down units' roles, in repair order
 */
record FailoverConfig(Phase phase, boolean activeUp, int upS, int upR, String queue) {

  /** The node's states. */
  enum Phase {
    UP, UNDETECTED, SWITCHING, NO_SPARE, REPAIR;

    /** True for the states that last a random delay (a detection, a switchover). */
    boolean isDelay() {
      return this == UNDETECTED || this == SWITCHING;
    }
  }

  /** This configuration with another phase. */
  FailoverConfig in(Phase next) {
    return new FailoverConfig(next, activeUp, upS, upR, queue);
  }

  /** A short label for messages and tests: {@code SWITCHING[A+ S1 R0 | SA]}. */
  @Override
  public String toString() {
    return phase + "[" + (activeUp ? "A+ " : "") + "S" + upS + " R" + upR + " | " + queue + "]";
  }
}
