package dev.nines.simulator.stats;

/**
 * The time-weighted average of a piecewise-constant quantity (queue length, busy repairers, up = 1):
 * the integral of the value over the observed window divided by the window's length. Observation
 * starts at {@code from} (the end of the warm-up); changes before it only set the current value.
 */
public final class TimeAverage {

  private final double from;
  private double value;
  private double lastTime;
  private double area;

  public TimeAverage(double from, double initialValue) {
    this.from = from;
    this.value = initialValue;
    // Not `from`: updates during the warm-up (time < from) are legal and only set the value.
    this.lastTime = Double.NEGATIVE_INFINITY;
  }

  /** The quantity takes {@code newValue} at time {@code time} (non-decreasing times). */
  public void update(double time, double newValue) {
    accumulate(time);
    value = newValue;
  }

  /** The integral of the value over [from, until]. */
  public double integral(double until) {
    double t = Math.max(until, from);
    return area + value * (t - Math.max(lastTime, from));
  }

  /** The time average over [from, until]; NaN over an empty window. */
  public double average(double until) {
    double length = until - from;
    return length > 0 ? integral(until) / length : Double.NaN;
  }

  public double value() {
    return value;
  }

  private void accumulate(double time) {
    if (!(time >= lastTime)) { // also rejects NaN
      throw new IllegalArgumentException("time went back from " + lastTime + " to " + time);
    }
    if (time > from) {
      area += value * (time - Math.max(lastTime, from));
    }
    lastTime = Math.max(time, lastTime);
  }
}
