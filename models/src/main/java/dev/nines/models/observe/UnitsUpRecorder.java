package dev.nines.models.observe;

import dev.nines.models.units.StateListener;
import dev.nines.simulator.stats.TimeAverage;

/** The time-average number of a group's units that are up, from the end of the warm-up on. */
public final class UnitsUpRecorder implements StateListener {

  private final int units;
  private final TimeAverage upCount;
  private int up;

  public UnitsUpRecorder(int units, double warmup) {
    this.units = units;
    this.up = units;
    this.upCount = new TimeAverage(warmup, units);
  }

  @Override
  public void changed(double time, boolean unitUp) {
    up += unitUp ? 1 : -1;
    upCount.update(time, up);
  }

  /** Mean fraction of the units up over [warm-up, horizon]: the group's mean unit availability. */
  public double unitAvailability(double horizon) {
    return upCount.average(horizon) / units;
  }
}
