package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nines as a real process, for the tests that signal or kill it, written so that nothing races:
 * the process is signalled only after it has said that its handlers are installed
 * ({@link Interrupts#READY_VARIABLE}), or after a file shows the state the test needs; and what it
 * is doing then is work that cannot finish first (a replication of a billion years). The waits are
 * for those states, never for a length of time.
 *
 * <p>The process is started through perl, which restores SIGINT's default: a process started from a
 * background shell (as Maven may be) inherits "ignore SIGINT", and no Ctrl-C could reach it.
 * Standard output goes to {@code stdout.txt} in the given directory; standard error is read here.
 */
final class NinesProcess {

  /**
   * A horizon no machine simulates to the end: about 10^10 events per replication of the example
   * and test scenarios, hours of work, so a signal always finds it under way. Needs {@code --force}.
   */
  static final String ENDLESS = "1000000000y";

  /** How long a process may take to end before the test calls it hung: far beyond any real run. */
  static final long HANG_GUARD_MINUTES = 10;

  private final Process process;
  private final BufferedReader err;
  private final List<String> errLines = new ArrayList<>();
  private final Path stdout;

  private NinesProcess(Process process, Path stdout) {
    this.process = process;
    this.err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    this.stdout = stdout;
  }

  /** Starts {@code nines ARGS} with {@link Interrupts#READY_VARIABLE} set, its stdout into DIR. */
  static NinesProcess start(Path dir, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile());
    builder.environment().put(Interrupts.READY_VARIABLE, "1");
    return new NinesProcess(builder.start(), dir.resolve("stdout.txt"));
  }

  /** Blocks until nines prints {@link Interrupts#READY_LINE}: its signal handlers are installed. */
  void awaitReady() throws IOException {
    String line;
    while ((line = err.readLine()) != null) {
      errLines.add(line);
      if (line.equals(Interrupts.READY_LINE)) {
        return;
      }
    }
    fail("nines ended before it was ready:\n" + String.join("\n", errLines));
  }

  /**
   * Blocks until {@code file} has at least {@code count} whole lines, written by the process as it goes
   * (the sweep's points.jsonl). The pause between looks only spares the CPU: the condition, not a
   * length of time, ends the wait, and a process that ends first fails the test.
   */
  void awaitLines(Path file, int count) throws IOException, InterruptedException {
    while (lines(file) < count) {
      assertTrue(process.isAlive(), "nines ended before " + file + " had " + count + " lines");
      Thread.sleep(5);
    }
  }

  /** Sends a signal by name (INT, TERM) with kill(1). */
  void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
    assertEquals(0, kill.waitFor(), "kill -" + name);
  }

  /**
   * Kills the process outright (SIGKILL: no handler runs, nothing is cleaned up) and waits for it to
   * end. Its standard error is closed with it, unread.
   */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /**
   * Waits for the process to end, then reads the rest of its standard error (a few lines: the pipe
   * never fills). The limit is a hang guard only: a signalled nines ends within a second, several
   * seconds on a machine loaded fifteen times over, never ten minutes.
   */
  int awaitExit() throws IOException, InterruptedException {
    assertTrue(process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES),
        "nines did not end after " + HANG_GUARD_MINUTES + " minutes");
    String line;
    while ((line = err.readLine()) != null) {
      errLines.add(line);
    }
    return process.exitValue();
  }

  /** Everything read from standard error so far, a line each. */
  String err() {
    return String.join("\n", errLines) + "\n";
  }

  /** What the process printed on standard output. */
  String out() throws IOException {
    return Files.readString(stdout);
  }

  /** How many whole lines (ended by a newline) the file holds; 0 while there is no file. */
  static long lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file).chars().filter(c -> c == '\n').count() : 0;
  }
}
