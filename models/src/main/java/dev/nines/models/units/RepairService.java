package dev.nines.models.units;

/**
 * Decides when a failed unit's repair starts: the seam where repair crews plug in. A failed unit asks
 * for repair; the service calls {@link RenewalUnit#startRepair()} when a repairer is free; a repaired
 * unit gives its repairer back.
 */
public interface RepairService {

  /** A unit failed and waits for repair. */
  void request(RenewalUnit unit);

  /** A unit's repair finished; its repairer is free again. */
  void release(RenewalUnit unit);

  /**
   * A unit that starts the run down (failed before it) asks for repair at the start. A repair that
   * starts then is under way from before time 0; by default it is any request.
   */
  default void requestAtStart(RenewalUnit unit) {
    request(unit);
  }

  /** Every unit is repaired at once, independently: there is no crew to wait for. */
  RepairService IMMEDIATE = new RepairService() {
    @Override
    public void request(RenewalUnit unit) {
      unit.startRepair();
    }

    @Override
    public void release(RenewalUnit unit) {}
  };
}
