package dev.nines.benchmarks.mm1;

/**
 * The M/M/1 queue every engine of {@link Mm1Benchmark} simulates, with the same logic: a counter of
 * customers in the system, an arrival event and a departure event. An arrival schedules the next
 * arrival (until {@code customers} have arrived) and, into an empty system, a departure; a departure
 * schedules the next departure while customers remain. So each customer is exactly two events, and
 * at most two events are ever pending: this measures an engine's cost per event, not its event list.
 *
 * <p>Each engine returns the time-average number in the system, which the benchmark checks against
 * ρ / (1 − ρ) = 9 so that a broken engine cannot post a fast time.
 */
public final class Mm1 {

  public static final double ARRIVAL_RATE = 0.9;
  public static final double SERVICE_RATE = 1.0;

  /** The mean number in the system, ρ / (1 − ρ). */
  public static final double MEAN_IN_SYSTEM =
      ARRIVAL_RATE / SERVICE_RATE / (1 - ARRIVAL_RATE / SERVICE_RATE);

  private Mm1() {}

  /** The area under the number-in-system curve, updated at every event. */
  public static final class Area {
    private double last;
    private double area;

    /** Adds {@code inSystem} customers held from the last change until {@code now}. */
    public void advance(double now, int inSystem) {
      area += (now - last) * inSystem;
      last = now;
    }

    /** The time average up to the last change. */
    public double average() {
      return area / last;
    }
  }

  /**
   * Fails when a run's average is implausibly far from theory. With 10^7 customers the standard
   * error of the time average is about 0.1 at ρ = 0.9; 1.5 is far outside it.
   */
  public static double check(String engine, double average) {
    if (!(Math.abs(average - MEAN_IN_SYSTEM) < 1.5)) {
      throw new IllegalStateException(engine + ": mean number in system " + average
          + ", theory " + MEAN_IN_SYSTEM);
    }
    return average;
  }
}
