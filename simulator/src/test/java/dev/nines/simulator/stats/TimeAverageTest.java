package dev.nines.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeAverageTest {

  @Test
  void piecewiseConstantByHand() {
    // Value 1 on [0, 2), 0 on [2, 5), 1 on [5, 6), 3 on [6, 10]:
    // integral 1*2 + 0*3 + 1*1 + 3*4 = 15 over 10 s, average 1.5.
    TimeAverage avg = new TimeAverage(0, 1);
    avg.update(2, 0);
    avg.update(5, 1);
    avg.update(6, 3);
    assertEquals(15.0, avg.integral(10), 1e-12);
    assertEquals(1.5, avg.average(10), 1e-12);
    assertEquals(3.0, avg.value());
    // Shorter windows, from the last change on: up to 6 the integral is 2 + 0 + 1 = 3, up to 8 it is 9.
    assertEquals(3.0, avg.integral(6), 1e-12);
    assertEquals(9.0, avg.integral(8), 1e-12);
    assertEquals(9.0 / 8, avg.average(8), 1e-12);
  }

  @Test
  void repeatedUpdatesAtTheSameTimeKeepTheLastValue() {
    // 2 on [0, 4), then 9 for no time at all, then 0 on [4, 8]: integral 8, average 1.
    TimeAverage avg = new TimeAverage(0, 2);
    avg.update(4, 9);
    avg.update(4, 0);
    assertEquals(1.0, avg.average(8), 1e-12);
  }

  @Test
  void warmUpChangesOnlySetTheValue() {
    // Observation starts at 10. Before it: 5 from 0, 2 from 3 (neither counts, but 2 is the value
    // when observation starts). Then 2 on [10, 12), 1 on [12, 15), 4 on [15, 18), 0 on [18, 20]:
    // integral 2*2 + 1*3 + 4*3 + 0*2 = 19 over the 10 s window, average 1.9.
    TimeAverage avg = new TimeAverage(10, 5);
    avg.update(3, 2);
    avg.update(12, 1);
    avg.update(15, 4);
    avg.update(18, 0);
    assertEquals(19.0, avg.integral(20), 1e-12);
    assertEquals(1.9, avg.average(20), 1e-12);
  }

  @Test
  void updatesRightAtTheStartOfObservation() {
    // 7 until 10 (warm-up), 1 from exactly 10 to 14: average 1.
    TimeAverage avg = new TimeAverage(10, 7);
    avg.update(10, 1);
    assertEquals(1.0, avg.average(14), 1e-12);
  }

  @Test
  void noUpdatesAtAll() {
    TimeAverage avg = new TimeAverage(100, 0.25);
    assertEquals(0.25, avg.average(400), 1e-15);
    assertEquals(75.0, avg.integral(400), 1e-12);
    assertEquals(0.0, avg.integral(50), "nothing is observed before the warm-up ends");
  }

  @Test
  void emptyWindowIsNaN() {
    TimeAverage avg = new TimeAverage(5, 1);
    assertTrue(Double.isNaN(avg.average(5)));
    assertTrue(Double.isNaN(avg.average(4)));
  }

  @Test
  void timeMustNotGoBack() {
    TimeAverage avg = new TimeAverage(0, 0);
    avg.update(5, 1);
    assertThrows(IllegalArgumentException.class, () -> avg.update(4, 2));
    TimeAverage warm = new TimeAverage(10, 0);
    warm.update(3, 1);
    assertThrows(IllegalArgumentException.class, () -> warm.update(2, 2));
    assertThrows(IllegalArgumentException.class, () -> warm.update(Double.NaN, 2));
    warm.update(20, 0); // still usable: 1 on [10, 20), 0 on [20, 30]
    assertEquals(0.5, warm.average(30), 1e-12);
  }
}
