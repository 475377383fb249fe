package dev.nines.scenarios;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What any input must give, for {@link ScenarioFuzzTest} and {@link FuzzCorpusTest}: a
 * {@link Scenario}, or a {@link ScenarioException} whose every problem names the file, says what is
 * wrong in words (no exception or class names), and has a real line and column unless it is about
 * the file as a whole. Any other throwable (StackOverflowError and OutOfMemoryError included) breaks
 * the contract, and so does an input that takes longer than {@link #DEADLINE_SECONDS}: that is a
 * hang guard, far above the milliseconds an input takes, not a measure of speed. It counts the
 * worker thread's CPU time, not the wall clock, so a machine busy with other work (2 cores shared
 * by parallel builds) cannot make a correct input miss it, while a loop that never ends, or the
 * quadratic work of a fixed bug (22 s), still does. A worker stuck without using the CPU is given
 * up after {@link #STUCK_MINUTES} of wall-clock time, a bound no input comes near.
 */
final class FuzzContract implements AutoCloseable {

  static final long DEADLINE_SECONDS = 2;
  static final long STUCK_MINUTES = 10;

  /** How often the worker's CPU time is looked at while it loads an input. */
  private static final long LOOK_EVERY_MILLIS = 50;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final String FILE = "fuzz.yaml";

  /** The problems that belong to no place in the file. */
  private static final List<String> WHOLE_FILE = List.of("the file is empty", "stopped after ",
      "the text holds ");
  /** Words that mean a program's insides leaked into a message meant for a user. */
  private static final List<String> LEAKS = List.of("Exception", "java.", "dev.nines.",
      "StreamReadConstraints", "jackson", "snakeyaml", "invalid scenario: ");

  /** How an input ended. */
  enum Outcome { LOADED, PROBLEMS, BROKEN }

  /** How an input ended, and for a broken contract, why. */
  record Verdict(Outcome outcome, String why) {

    static final Verdict LOADED = new Verdict(Outcome.LOADED, null);
    static final Verdict PROBLEMS = new Verdict(Outcome.PROBLEMS, null);

    static Verdict broken(String why) {
      return new Verdict(Outcome.BROKEN, why);
    }
  }

  private final long deadlineNanos;
  private final AtomicReference<Thread> workerThread = new AtomicReference<>();
  private ExecutorService worker = newWorker();

  FuzzContract() {
    this(TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS));
  }

  /** A contract with another deadline of CPU time, to test the guard itself. */
  FuzzContract(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** Loads the text on a worker thread, giving up after the deadline (of CPU time). */
  Verdict judge(String text) {
    return judge(() -> load(text));
  }

  /** Runs {@code work} on the worker thread, giving up after the deadline (of CPU time). */
  Verdict judge(Callable<Verdict> work) {
    CountDownLatch started = new CountDownLatch(1);
    long[] cpuAtStart = new long[1];
    Future<Verdict> result = worker.submit(() -> {
      cpuAtStart[0] = THREADS.getCurrentThreadCpuTime();
      started.countDown();
      return work.call();
    });
    long stuckAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(STUCK_MINUTES);
    try {
      while (true) {
        try {
          return result.get(LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          String why = overDeadline(started, cpuAtStart[0], stuckAt);
          if (why != null) {
            result.cancel(true);
            worker.shutdownNow(); // the stuck thread is a daemon: it cannot keep the JVM alive
            worker = newWorker();
            return Verdict.broken(why);
          }
        }
      }
    } catch (ExecutionException e) {
      return Verdict.broken("the worker failed: " + trace(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Why the worker has taken too long, or null while it has not: more than the deadline of its own
   * CPU time on this input, or minutes on the wall clock (the only guard where the JVM cannot tell a
   * thread's CPU time).
   */
  private String overDeadline(CountDownLatch started, long cpuAtStart, long stuckAt) {
    if (System.nanoTime() - stuckAt >= 0) {
      return "took more than " + STUCK_MINUTES + " minutes: stuck?";
    }
    Thread thread = workerThread.get();
    if (started.getCount() > 0 || thread == null) {
      return null; // not yet started on this input
    }
    long cpu = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    if (cpu < 0) {
      return null; // no CPU time here: only the minutes guard applies
    }
    return cpu - cpuAtStart > deadlineNanos
        ? "took more than " + deadlineNanos / 1e9 + " s of CPU time: a hang?" : null;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** The verdict on one text, on the calling thread. */
  static Verdict load(String text) {
    try {
      ScenarioLoader.parse(text, FILE, Overrides.NONE);
      return Verdict.LOADED;
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        String why = badProblem(p, text);
        if (why != null) {
          return Verdict.broken(why + ": " + p);
        }
      }
      return Verdict.PROBLEMS;
    } catch (Throwable t) { // the very thing looked for: StackOverflowError, OOM, any exception
      return Verdict.broken("threw " + trace(t));
    }
  }

  /** Why a problem breaks the contract, or null when it keeps it. */
  private static String badProblem(Problem p, String text) {
    if (!FILE.equals(p.file())) {
      return "names another file";
    }
    if (p.message() == null || p.message().isBlank()) {
      return "has no message";
    }
    String words = p.message() + " " + p.hint();
    for (String leak : LEAKS) {
      if (words.contains(leak)) {
        return "leaks '" + leak + "'";
      }
    }
    if (p.line() == 0) {
      boolean whole = p.column() == 0 && WHOLE_FILE.stream().anyMatch(p.message()::startsWith);
      return whole ? null : "has no place in the file";
    }
    // YAML 1.1 also breaks lines at \r, NEL and the Unicode separators; columns may count code
    // points, and a BOM before the first line is not counted: so a column may be one past the end.
    String[] lines = text.split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
    if (p.line() < 1 || p.line() > lines.length + 1) {
      return "has line " + p.line() + " of " + lines.length;
    }
    int length = p.line() <= lines.length ? lines[p.line() - 1].length() : 0;
    if (p.column() < 1 || p.column() > length + 2) {
      return "has column " + p.column() + " on a line of " + length + " characters";
    }
    return null;
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true);
      workerThread.set(t);
      return t;
    });
  }

  /** The throwable and the first frames of its stack, enough to find the bug. */
  static String trace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    return s.toString().lines().limit(16).reduce((a, b) -> a + "\n" + b).orElse(t.toString());
  }
}
