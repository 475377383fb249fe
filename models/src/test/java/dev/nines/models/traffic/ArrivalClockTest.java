package dev.nines.models.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrival times: a constant rate, and a daily schedule drawn exactly by inversion. */
class ArrivalClockTest {

  private static final double HOUR = 3600;

  /** Counts arrivals in [0, horizon) falling in each hour of the day. */
  private static long[] countByHour(Arrivals arrivals, double horizon) {
    ArrivalClock clock = new ArrivalClock(arrivals, new RandomStreams(2026, 0).stream("a"));
    long[] counts = new long[24];
    double t = clock.next(0);
    while (t < horizon) {
      counts[(int) ((t % (24 * HOUR)) / HOUR)]++;
      t = clock.next(t);
    }
    return counts;
  }

  @Test
  void aDailyScheduleGivesEachHourItsRate() {
    Arrivals.Schedule day = new Arrivals.Schedule(List.of(
        new Arrivals.Schedule.Step(0, 0.5), new Arrivals.Schedule.Step(8 * HOUR, 2),
        new Arrivals.Schedule.Step(20 * HOUR, 0)), 24 * HOUR);
    int days = 20;
    long[] counts = countByHour(day, days * 24 * HOUR);
    for (int h = 0; h < 24; h++) {
      double expected = day.rateAt(h * HOUR + 1) * HOUR * days;
      if (expected == 0) {
        assertEquals(0, counts[h], "hour " + h);
      } else {
        // Poisson: within 4 standard deviations
        assertEquals(expected, counts[h], 4 * Math.sqrt(expected), "hour " + h);
      }
    }
    assertEquals((0.5 * 8 + 2 * 12) / 24, day.meanRate(), 1e-12);
  }

  @Test
  void withoutAPeriodTheLastRateHoldsForEver() {
    Arrivals.Schedule ramp = new Arrivals.Schedule(List.of(
        new Arrivals.Schedule.Step(0, 0), new Arrivals.Schedule.Step(10, 5)), Double.NaN);
    ArrivalClock clock = new ArrivalClock(ramp, new RandomStreams(2026, 0).stream("a"));
    double first = clock.next(0);
    assertTrue(first >= 10, "nothing arrives before the rate rises: " + first);
    long n = 0;
    double t = first;
    while (t < 10_010) {
      n++;
      t = clock.next(t);
    }
    assertEquals(5 * 10_000, n, 4 * Math.sqrt(5 * 10_000));
    assertEquals(5, ramp.meanRate());
  }

  @Test
  void aScheduleThatStopsEndsTheArrivals() {
    Arrivals.Schedule burst = new Arrivals.Schedule(List.of(
        new Arrivals.Schedule.Step(0, 100), new Arrivals.Schedule.Step(1, 0)), Double.NaN);
    ArrivalClock clock = new ArrivalClock(burst, new RandomStreams(2026, 0).stream("a"));
    double t = clock.next(0);
    int n = 0;
    while (t != Double.POSITIVE_INFINITY) {
      assertTrue(t < 1);
      n++;
      t = clock.next(t);
    }
    assertTrue(n > 50 && n < 150, "about 100 in the first second: " + n);
  }

  @Test
  void aConstantRateGivesItsCount() {
    ArrivalClock clock = new ArrivalClock(new Arrivals.Poisson(50),
        new RandomStreams(2026, 0).stream("a"));
    long n = 0;
    for (double t = clock.next(0); t < 1000; t = clock.next(t)) {
      n++;
    }
    assertEquals(50_000, n, 4 * Math.sqrt(50_000));
  }
}
