package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hang guard of {@link FuzzContract}: it counts the worker's CPU time, not the wall clock. */
class FuzzContractTest {

  @Test
  void workThatNeverEndsBreaksTheContractAndTheNextInputStillRuns() {
    try (FuzzContract contract = new FuzzContract(TimeUnit.MILLISECONDS.toNanos(100))) {
      // Spins until cancelled: it must use up the deadline of CPU time, however busy the machine.
      FuzzContract.Verdict spinning = contract.judge(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.onSpinWait();
        }
        return FuzzContract.Verdict.LOADED;
      });
      assertEquals(FuzzContract.Outcome.BROKEN, spinning.outcome());
      assertTrue(spinning.why().contains("s of CPU time: a hang?"), spinning.why());
      // A fresh worker takes the next input.
      assertEquals(FuzzContract.Outcome.PROBLEMS, contract.judge("name: [").outcome());
    }
  }
}
