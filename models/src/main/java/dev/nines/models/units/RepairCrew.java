package dev.nines.models.units;

import dev.nines.models.observe.CrewObservation;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.stats.TimeAverage;
import java.util.ArrayDeque;

/**
 * A repair crew of {@code size} repairers shared by the units that name it (DESIGN.md §3). A failed
 * unit gets a free repairer at once, or waits in a FIFO queue (ties in failure order, which is event
 * order); a repairer who finishes takes the head of the queue. The unit is down while it waits, so
 * waiting counts in its time to restore.
 *
 * <p>From the end of the warm-up on it measures the time-average number of busy repairers and of
 * waiting units, and the wait of every repair that starts.
 */
public final class RepairCrew implements RepairService {

  private final String name;
  private final int size;
  private final Simulation simulation;
  private final double warmup;
  private final ArrayDeque<RenewalUnit> waiting = new ArrayDeque<>();
  private final TimeAverage busyAverage;
  private final TimeAverage queueAverage;
  private int busy;
  private long started;
  private double totalWait;

  public RepairCrew(String name, int size, Simulation simulation, double warmup) {
    if (size < 1) {
      throw new IllegalArgumentException("crew " + name + ": size must be at least 1, got " + size);
    }
    this.name = name;
    this.size = size;
    this.simulation = simulation;
    this.warmup = warmup;
    this.busyAverage = new TimeAverage(warmup, 0);
    this.queueAverage = new TimeAverage(warmup, 0);
  }

  public String name() {
    return name;
  }

  /** Repairers at work now. */
  public int busy() {
    return busy;
  }

  /** Units waiting for a repairer now. */
  public int waiting() {
    return waiting.size();
  }

  @Override
  public void request(RenewalUnit unit) {
    if (busy < size) {
      busy++;
      busyAverage.update(simulation.now(), busy);
      startRepair(unit);
    } else {
      waiting.addLast(unit);
      queueAverage.update(simulation.now(), waiting.size());
    }
  }

  /**
   * A unit down at the start takes a free repairer as any request does, but a repair that starts
   * at once was under way before time 0: it is not counted among the repairs started, whose wait
   * is unknown. One that waits counts when a repairer takes it, its wait from time 0.
   */
  @Override
  public void requestAtStart(RenewalUnit unit) {
    if (busy < size) {
      busy++;
      busyAverage.update(simulation.now(), busy);
      unit.startRepair();
    } else {
      waiting.addLast(unit);
      queueAverage.update(simulation.now(), waiting.size());
    }
  }

  @Override
  public void release(RenewalUnit unit) {
    RenewalUnit next = waiting.pollFirst();
    if (next == null) {
      busy--;
      busyAverage.update(simulation.now(), busy);
    } else {
      queueAverage.update(simulation.now(), waiting.size());
      startRepair(next);
    }
  }

  /** What the crew did over [warm-up, horizon]; call at the horizon. */
  public CrewObservation observe(double horizon) {
    return new CrewObservation(name, size, busyAverage.average(horizon) / size,
        queueAverage.average(horizon), started > 0 ? totalWait / started : Double.NaN, started);
  }

  private void startRepair(RenewalUnit unit) {
    double now = simulation.now();
    if (now >= warmup) {
      started++;
      totalWait += now - unit.downSince();
    }
    unit.startRepair();
  }
}
