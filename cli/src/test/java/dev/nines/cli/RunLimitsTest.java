package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-events} and {@code --timeout}: a bounded run reports what finished, marked. */
class RunLimitsTest {

  private static final Pattern KEPT = Pattern.compile("after (\\d+) of 30 replications");

  @Test
  void anEventBudgetReportsTheFinishedReplicationsMarkedIncomplete(@TempDir Path dir)
      throws Exception {
    String file = Cli.example("two-of-three.yaml");
    Cli run = Cli.run("run", file, "--max-events", "50000", "--threads", "1", "--json",
        "-o", dir.toString());
    assertEquals(ExitCodes.INCOMPLETE, run.status(), run.err());
    assertTrue(run.err().contains("nines run: incomplete: the event budget of 50000"
        + " (--max-events) ran out after "), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    Matcher m = KEPT.matcher(json.get("incomplete").asText());
    assertTrue(m.find(), json.get("incomplete").asText());
    int kept = Integer.parseInt(m.group(1));
    assertTrue(kept >= 2 && kept < 30, "kept " + kept);
    assertEquals(kept, json.get("replications").asInt());
    assertEquals(kept, json.get("metrics").get(0).get("n").asInt());
    // The report says so too, and it is whole: the same document as printed, plus its report keys.
    JsonNode written = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
    assertEquals(json.get("incomplete"), written.get("incomplete"));
    assertTrue(Files.readString(dir.resolve("report.html")).contains("incomplete"));
    // The same budget on one thread keeps the same replications: the table says the same.
    Cli again = Cli.run("run", file, "--max-events", "50000", "--threads", "1");
    assertEquals(ExitCodes.INCOMPLETE, again.status());
    assertTrue(again.out().contains("INCOMPLETE: the event budget of 50000 (--max-events) ran out"
        + " after " + kept + " of 30 replications"), again.out());
  }

  /**
   * A timeout that must be reached before any replication ends, on any machine: one nanosecond,
   * against replications of a billion years each (hours of work), which stop at their first check.
   */
  @Test
  void aTimeoutBeforeTwoReplicationsHaveNothingToReport() {
    Cli run = Cli.run("run", Cli.example("two-of-three.yaml"), "--timeout", "1ns",
        "--horizon", NinesProcess.ENDLESS, "--force");
    assertEquals(ExitCodes.INCOMPLETE, run.status(), run.err());
    assertEquals("", run.out());
    String err = run.err();
    assertTrue(err.startsWith("nines: method crude ("), err); // the method chosen, then the rest
    assertEquals("nines run: stopped: the time limit (--timeout) was reached after 0 of 30"
        + " replications; nothing to report, a figure needs two finished replications\n",
        err.substring(err.indexOf('\n') + 1));
  }

  @Test
  void aComparisonCutShortWritesNothing(@TempDir Path dir) {
    Cli compare = Cli.run("compare", Cli.example("balancers-at-90-percent.yaml"), "--balancers",
        "random,round-robin", "--horizon", "1m", "--replications", "4", "--max-events", "20000",
        "-o", dir.resolve("out").toString());
    assertEquals(ExitCodes.INCOMPLETE, compare.status(), compare.err());
    assertEquals("", compare.out());
    assertTrue(compare.err().startsWith("nines compare: stopped: the event budget of 20000"
        + " (--max-events) ran out after 0 of 2 variants; nothing written"), compare.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void limitsThatAreNotNumbersAreRefused() {
    Cli events = Cli.run("run", Cli.example("two-of-three.yaml"), "--max-events", "lots");
    assertEquals(ExitCodes.BAD_INPUT, events.status());
    assertTrue(events.err().contains("'lots' is not a positive whole number of events, e.g. "
        + "1000000 or 1e9"), events.err());
    Cli time = Cli.run("run", Cli.example("two-of-three.yaml"), "--timeout", "-5s");
    assertEquals(ExitCodes.BAD_INPUT, time.status());
    assertFalse(time.err().contains("Exception"), time.err());
  }

  @Test
  void aSweepStoppedByItsBudgetKeepsItsPointsAndGoesOnWhenRunAgain(@TempDir Path dir) {
    String[] sweep = {"sweep", Cli.example("two-of-three.yaml"), "--set",
        "components.replica.count=3..6", "--replications", "4", "--threads", "1", "-o",
        dir.toString()};
    String[] bounded = java.util.Arrays.copyOf(sweep, sweep.length + 2);
    bounded[sweep.length] = "--max-events";
    bounded[sweep.length + 1] = "60000";
    Cli stopped = Cli.run(bounded);
    assertEquals(ExitCodes.INCOMPLETE, stopped.status(), stopped.err());
    Matcher m = Pattern.compile("stopped: the event budget of 60000 \\(--max-events\\) ran out "
        + "after (\\d) of 4 points").matcher(stopped.err());
    assertTrue(m.find(), stopped.err());
    int saved = Integer.parseInt(m.group(1));
    assertTrue(saved >= 1 && saved < 4, stopped.err());
    assertTrue(stopped.err().contains("run the same command again to go on from there"));

    Cli resumed = Cli.run(sweep);
    assertEquals(ExitCodes.OK, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: " + saved + " of 4 points already done"),
        resumed.err());
    Cli whole = Cli.run(java.util.Arrays.copyOf(sweep, sweep.length - 2));
    assertEquals(whole.out(), resumed.out());
  }
}
