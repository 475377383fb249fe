package dev.nines.cli;

import dev.nines.simulator.StopSignal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and {@code kill} (SIGTERM) while nines simulates: the first asks the run to stop,
 * so that it keeps every finished replication or point and writes its files whole; a second one
 * ends nines at once. Without this the JVM would die mid-write. Handlers are restored on close.
 *
 * <p>A signal that arrives while the JVM is still starting, before the handlers are installed, ends
 * nines the JVM's way (exit status 130 or 143, nothing written). A script or test that signals
 * nines and must not race its start-up sets the environment variable {@value #READY_VARIABLE} (to
 * any value): {@code run}, {@code sweep} and {@code compare} then print the line
 * {@value #READY_LINE} on stderr once the handlers are installed. Nothing else changes.
 */
final class Interrupts implements AutoCloseable {

  /** Set to any value, makes nines print {@link #READY_LINE} on stderr once signals are handled. */
  static final String READY_VARIABLE = "NINES_READY";

  /** What nines prints when {@link #READY_VARIABLE} is set and its handlers are installed. */
  static final String READY_LINE = "nines: ready";

  private final StopSignal signal;
  private final PrintWriter err;
  private final List<Signal> installed = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();
  private volatile String caught;

  private Interrupts(StopSignal signal, PrintWriter err) {
    this.signal = signal;
    this.err = err;
  }

  /** Routes SIGINT and SIGTERM to {@code signal} until closed. */
  static Interrupts install(StopSignal signal, PrintWriter err) {
    Interrupts interrupts = new Interrupts(signal, err);
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal os = new Signal(name);
        interrupts.previous.add(Signal.handle(os, interrupts::handle));
        interrupts.installed.add(os);
      } catch (IllegalArgumentException unavailable) {
        // Not on this platform, or the JVM keeps it (-Xrs): the default behaviour stays.
      }
    }
    if (System.getenv(READY_VARIABLE) != null) {
      err.println(READY_LINE);
      err.flush();
    }
    return interrupts;
  }

  private void handle(Signal os) {
    if (caught != null) {
      Runtime.getRuntime().halt(exitCode(os.getName()));
    }
    caught = os.getName();
    signal.stop(os.getName().equals("INT") ? "interrupted (Ctrl-C)" : "terminated (SIGTERM)");
    err.println();
    err.println("nines: stopping; keeping what has finished (press Ctrl-C again to quit at once)");
    err.flush();
  }

  /**
   * The exit status of a run that stopped early: 128 + the signal's number, as shells report it,
   * when a signal stopped it; 3 when a limit did.
   */
  int stopStatus() {
    return caught == null ? ExitCodes.INCOMPLETE : exitCode(caught);
  }

  private static int exitCode(String name) {
    return "TERM".equals(name) ? ExitCodes.TERMINATED : ExitCodes.INTERRUPTED;
  }

  @Override
  public void close() {
    for (int i = 0; i < installed.size(); i++) {
      Signal.handle(installed.get(i), previous.get(i));
    }
  }
}
