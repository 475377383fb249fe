package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) sent to a real nines process: a run keeps its finished replications and writes
 * its files whole, a sweep keeps its finished points and goes on when run again; both exit 130.
 * The process is started through perl, which restores SIGINT's default: a process started from a
 * background shell would otherwise inherit "ignore SIGINT", and no Ctrl-C could reach it.
 */
class InterruptTest {

  private static Process start(Path dir, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  private static void interrupt(Process process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertEquals(0, kill.waitFor());
  }

  private static long lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }

  @Test
  void anInterruptedRunKeepsItsFinishedReplicationsAndWritesItsReportWhole(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("report");
    // Far more replications than can finish before the interrupt.
    Process process = start(dir, List.of("run", Cli.example("two-of-three.yaml"), "--replications",
        "100000", "--threads", "1", "--json", "-o", out.toString()));
    Thread.sleep(3000); // long enough for the JVM to start and finish a few replications
    assertTrue(process.isAlive(), "still running when interrupted");
    interrupt(process);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "it stopped");
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(ExitCodes.INTERRUPTED, process.exitValue(), err);
    assertTrue(err.contains("nines: stopping; keeping what has finished"), err);
    assertFalse(err.contains("Exception"), err);
    JsonNode printed = new ObjectMapper().readTree(dir.resolve("stdout.txt").toFile());
    Matcher m = Pattern.compile("^interrupted \\(Ctrl-C\\) after (\\d+) of 100000 replications$")
        .matcher(printed.get("incomplete").asText());
    assertTrue(m.find(), printed.get("incomplete").asText());
    int kept = Integer.parseInt(m.group(1));
    assertEquals(kept, printed.get("replications").asInt());
    JsonNode written = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertEquals(printed.get("metrics"), written.get("metrics"));
    List<String> csv = Files.readAllLines(out.resolve("replications.csv"));
    assertTrue(csv.get(csv.size() - 1).startsWith((kept - 1) + ","), "the last replication kept is"
        + " the last in replications.csv: " + csv.get(csv.size() - 1));
    assertTrue(Files.readString(out.resolve("report.html")).endsWith("</html>\n"));
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")),
          "no temporary file left");
    }
  }

  @Test
  void anInterruptedSweepResumesToTheUninterruptedResult(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tier.yaml"), SweepKilledTest.SCENARIO);
    Path stopped = dir.resolve("stopped");
    List<String> args = List.of("sweep", file.toString(), "--set", "components.app.count=2..9",
        "--target", "availability>=0.999", "--threads", "1", "--json", "-o", stopped.toString());
    Process process = start(dir, args);
    Path log = stopped.resolve("points.jsonl");
    while (process.isAlive() && lines(log) < 3) { // the definition line and two points
      Thread.sleep(10);
    }
    interrupt(process);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "it stopped");
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(ExitCodes.INTERRUPTED, process.exitValue(), err);
    long saved = lines(log) - 1;
    assertTrue(saved >= 2 && saved < 8, saved + " points saved; " + err);
    assertTrue(err.contains("nines sweep: stopped: interrupted (Ctrl-C) after " + saved
        + " of 8 points"), err);
    assertFalse(err.contains("Exception"), err);

    List<String> again = new ArrayList<>(args);
    Cli resumed = Cli.run(again.toArray(String[]::new));
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(resumed.err().contains("resuming: " + saved + " of 8 points already done"),
        resumed.err());
    List<String> whole = new ArrayList<>(args.subList(0, args.size() - 1));
    whole.add(dir.resolve("whole").toString());
    Cli uninterrupted = Cli.run(whole.toArray(String[]::new));
    assertEquals(uninterrupted.out(), resumed.out());
    for (String name : List.of("points.jsonl", "results.json", "report.html")) {
      assertEquals(Files.readString(dir.resolve("whole").resolve(name)),
          Files.readString(stopped.resolve(name)), name);
    }
  }
}
