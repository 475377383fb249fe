package dev.nines.models.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals(10, seen.survivedUntil()); // censored at the horizon
  }

  @Test
  void pastTheHorizonOnlyTheFirstFailureIsRecorded() {
    ScopeRecorder recorder = new ScopeRecorder("s", 0);
    recorder.startsDown(0);
    recorder.changed(4, true);
    ScopeObservation atHorizon = recorder.finish(10, 0.5);
    assertEquals(Double.NaN, atHorizon.firstFailure());
    assertEquals(10, atHorizon.survivedUntil());
    recorder.changed(15, false); // followed past the horizon: its first failure
    recorder.changed(16, true);
    recorder.changed(18, false);
    ScopeObservation followed = recorder.followed(20);
    assertEquals(15, followed.firstFailure());
    assertEquals(Double.NaN, followed.survivedUntil());
    // Nothing else moved.
    assertEquals(6, followed.upTime());
    assertEquals(4, followed.downTime());
    assertEquals(0, followed.failures());
    assertEquals(0, followed.outages().length);
    assertEquals(0.5, followed.unitAvailability());
  }

  @Test
  void aScopeFollowedWithoutFailingIsCensoredWhereTheFollowUpEnded() {
    ScopeRecorder recorder = new ScopeRecorder("s", 0);
    recorder.finish(10, Double.NaN);
    ScopeObservation followed = recorder.followed(250);
    assertEquals(Double.NaN, followed.firstFailure());
    assertEquals(250, followed.survivedUntil());
    assertThrows(IllegalStateException.class, () -> recorder.finish(20, Double.NaN));
  }

  @Test
  void aFailureBeforeTheHorizonStaysTheFirst() {
    ScopeRecorder recorder = new ScopeRecorder("s", 0);
    recorder.changed(3, false);
    recorder.changed(4, true);
    recorder.finish(10, Double.NaN);
    recorder.changed(12, false);
    ScopeObservation followed = recorder.followed(12);
    assertEquals(3, followed.firstFailure());
    assertEquals(1, followed.failures());
  }
}
