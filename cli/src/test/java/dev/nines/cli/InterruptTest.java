package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C (SIGINT) and {@code kill} (SIGTERM) sent to a real nines process. Nothing races: each
 * signal is sent once nines has said its handlers are installed, into work that cannot finish
 * first (see {@link NinesProcess}), so the outcome is the same on an idle or an overloaded machine.
 * What an interrupted run keeps and writes when replications have finished is the same path as an
 * event budget's, checked exactly in {@link RunLimitsTest}.
 */
class InterruptTest {

  @ParameterizedTest
  @CsvSource({"INT, 130, interrupted (Ctrl-C)", "TERM, 143, terminated (SIGTERM)"})
  void aSignalledRunStopsAndSaysWhyWithTheShellsExitStatus(String signal, int status, String why,
      @TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    NinesProcess nines = NinesProcess.start(dir, List.of("run", Cli.example("two-of-three.yaml"),
        "--horizon", NinesProcess.ENDLESS, "--force", "--threads", "1", "--json",
        "-o", out.toString()));
    nines.awaitReady();
    nines.signal(signal);
    assertEquals(status, nines.awaitExit(), nines.err());
    String err = nines.err();
    assertTrue(err.startsWith("nines: method crude ("), err); // the method chosen, then the rest
    assertEquals(Interrupts.READY_LINE + "\n\n"
        + "nines: stopping; keeping what has finished (press Ctrl-C again to quit at once)\n"
        + "nines run: stopped: " + why + " after 0 of 30 replications; nothing to report, a figure"
        + " needs two finished replications\n", err.substring(err.indexOf('\n') + 1));
    assertEquals("", nines.out());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void anInterruptedSweepKeepsItsFinishedPointsAndGoesOnFromThem(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SweepKilledTest.SCENARIO);
    Path stopped = dir.resolve("stopped");
    List<String> args = SweepKilledTest.args(file, stopped);
    NinesProcess nines = NinesProcess.start(dir, args);
    nines.awaitReady();
    Path log = stopped.resolve("points.jsonl");
    nines.awaitLines(log, 3); // the definition and two points; the third never ends by itself
    nines.signal("INT");
    assertEquals(ExitCodes.INTERRUPTED, nines.awaitExit(), nines.err());
    assertTrue(nines.err().contains("nines: stopping; keeping what has finished"), nines.err());
    assertTrue(nines.err().contains("nines sweep: stopped: interrupted (Ctrl-C) after 2 of 3 "
        + "points\n  the finished points are saved in " + log), nines.err());
    assertFalse(nines.err().contains("Exception"), nines.err());
    assertEquals(3, NinesProcess.lines(log), "the two points finished, whole");
    SweepKilledTest.assertGoesOnFromTwoPoints(dir, file, stopped);
  }
}
