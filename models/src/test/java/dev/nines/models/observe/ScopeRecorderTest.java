package dev.nines.models.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScopeRecorderTest {

  @Test
  void aScopeThatStartsDownCountsDownTimeButNoFailure() {
    ScopeRecorder recorder = new ScopeRecorder("s", 0);
    recorder.startsDown(0);
    recorder.changed(5, true);
    recorder.changed(8, false);
    recorder.changed(10, true);
    ScopeObservation seen = recorder.finish(12, Double.NaN);
    assertEquals(5, seen.upTime()); // [5, 8) and [10, 12)
    assertEquals(7, seen.downTime()); // [0, 5) and [8, 10)
    assertEquals(1, seen.failures());
    assertEquals(8, seen.firstFailure());
    assertArrayEquals(new double[] {2}, seen.outages());
  }

  @Test
  void startingDownDuringTheWarmup() {
    ScopeRecorder recorder = new ScopeRecorder("s", 3);
    recorder.startsDown(0);
    recorder.changed(5, true);
    ScopeObservation seen = recorder.finish(10, Double.NaN);
    assertEquals(5, seen.upTime());
    assertEquals(2, seen.downTime()); // [3, 5)
    assertEquals(0, seen.failures());
    assertEquals(Double.NaN, seen.firstFailure());
  }
}
