package dev.nines.models.units;

import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A unit that alternates up and down (an alternating renewal process). It starts up; a time to
 * failure is drawn from its failure stream (it ages only while up: a fresh life starts at each
 * repair); then it is down until its repair service starts a repair, whose length is drawn from its
 * repair stream. A unit without samplers never fails.
 */
public final class RenewalUnit extends Unit {

  private final ContinuousSampler timeToFailure;
  private final ContinuousSampler timeToRepair;
  private final RepairService repairs;
  private final Event failure = this::fail;
  private final Event repair = this::repaired;

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

  @Override
  protected void begin() {
    if (timeToFailure != null) {
      simulation().schedule(timeToFailure.sample(), failure);
    }
  }

  /** Called by the repair service when a repairer starts on this (failed) unit. */
  public void startRepair() {
    if (isUp()) {
      throw new IllegalStateException(name() + " is up; there is nothing to repair");
    }
    simulation().schedule(timeToRepair.sample(), repair);
  }

  private void fail() {
    become(false);
    repairs.request(this);
  }

  private void repaired() {
    become(true);
    repairs.release(this);
    simulation().schedule(timeToFailure.sample(), failure);
  }
}
