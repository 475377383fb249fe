package dev.nines.benchmarks;

import dev.nines.simulator.Event;
import dev.nines.simulator.EventCalendar;
import dev.nines.simulator.random.RandomStreams;
import java.util.PriorityQueue;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model for event calendars: {@code n} events are pending; one operation pops the
 * earliest and schedules one new event at (popped time + an exponential increment), so the calendar
 * stays at size n. {@link EventCalendar} is compared with {@link java.util.PriorityQueue} of a small
 * entry ordered by (time, sequence number), the same tie rule as the calendar.
 *
 * <p>The increments are drawn once, in setup, into an array, so random number generation is not
 * measured. The {@code *Cancel} variants add one watchdog timeout that is re-armed every tenth
 * operation (cancel the pending one, schedule a new one), the pattern of a heartbeat failure
 * detector; when the watchdog fires it is re-armed, so n + 1 events stay pending.
 * The priority queue cancels lazily (a flag, skipped when popped), which is how a PriorityQueue-based
 * calendar cancels in practice: {@code PriorityQueue.remove(Object)} is a linear scan.
 *
 * <p>The {@code *EqualTimes} variants hold {@code n} events at one time: each operation pops the
 * earliest and schedules one new event at that same time, so all n pending events always share one
 * timestamp and fire first-scheduled-first. Batch starts, scripted faults at one instant and the
 * splitting of rare-event trajectories create such ties; a calendar that sorts by time alone, or
 * cannot spread equal times over buckets, meets its worst case here.
 *
 * <p>{@code ssjHold} is the plain hold on SSJ 3.3.1's event lists (its default splay tree, Henriksen's
 * list, a binary tree, a red-black tree; its doubly linked list is linear and left out), with the
 * event objects reused as SSJ allows, so it allocates nothing either.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarBenchmark {

  /** Number of precomputed increments; a power of two so the index wraps with a mask. */
  private static final int INCREMENTS = 1 << 16;

  private static final int MASK = INCREMENTS - 1;

  /** Every how many operations the watchdog timeout is re-armed in the cancel variants. */
  private static final int CANCEL_EVERY = 10;

  /** Models keep one event instance per kind of event and reschedule it; so does the benchmark. */
  private static final Event EVENT = () -> { };

  /** The watchdog timeout of the cancel variants; when it fires it is re-armed, so n stays put. */
  private static final Event WATCHDOG = () -> { };

  /** Exponential increments with mean 1, the same for every structure and every n. */
  static double[] increments() {
    UniformRandomProvider rng = new RandomStreams(42, 0).stream("calendar-benchmark/increments");
    double[] increments = new double[INCREMENTS];
    for (int i = 0; i < INCREMENTS; i++) {
      increments[i] = -Math.log(1 - rng.nextDouble());
    }
    return increments;
  }

  /** A pending event in the priority queue: ordered by (time, sequence number). */
  static final class Entry implements Comparable<Entry> {
    final double time;
    final long seq;
    final Event event;
    boolean cancelled;

    Entry(double time, long seq, Event event) {
      this.time = time;
      this.seq = seq;
      this.event = event;
    }

    @Override
    public int compareTo(Entry other) {
      if (time < other.time) {
        return -1;
      }
      if (time > other.time) {
        return 1;
      }
      return Long.compare(seq, other.seq);
    }
  }

  @State(Scope.Thread)
  public static class CalendarState {
    @Param({"1000", "100000", "1000000"})
    int n;

    double[] increments;
    int next;
    int op;
    EventCalendar calendar;
    long watchdog;

    @Setup(Level.Trial)
    public void setUp() {
      increments = increments();
      calendar = new EventCalendar();
      for (int i = 0; i < n; i++) {
        calendar.schedule(increments[next++ & MASK], EVENT);
      }
      watchdog = calendar.schedule(increments[next++ & MASK], WATCHDOG);
    }
  }

  @State(Scope.Thread)
  public static class QueueState {
    @Param({"1000", "100000", "1000000"})
    int n;

    double[] increments;
    int next;
    int op;
    long seq;
    PriorityQueue<Entry> queue;
    Entry watchdog;

    @Setup(Level.Trial)
    public void setUp() {
      increments = increments();
      queue = new PriorityQueue<>();
      for (int i = 0; i < n; i++) {
        queue.add(new Entry(increments[next++ & MASK], seq++, EVENT));
      }
      watchdog = new Entry(increments[next++ & MASK], seq++, WATCHDOG);
      queue.add(watchdog);
    }
  }

  /** The time every event of the equal-time variants is due at. */
  private static final double TIE = 1.0;

  @State(Scope.Thread)
  public static class EqualTimeCalendarState {
    @Param({"1000", "4000", "16000"})
    int n;

    EventCalendar calendar;

    @Setup(Level.Trial)
    public void setUp() {
      calendar = new EventCalendar();
      for (int i = 0; i < n; i++) {
        calendar.schedule(TIE, EVENT);
      }
    }
  }

  @State(Scope.Thread)
  public static class EqualTimeQueueState {
    @Param({"1000", "4000", "16000"})
    int n;

    long seq;
    PriorityQueue<Entry> queue;

    @Setup(Level.Trial)
    public void setUp() {
      queue = new PriorityQueue<>();
      for (int i = 0; i < n; i++) {
        queue.add(new Entry(TIE, seq++, EVENT));
      }
    }
  }

  /** An SSJ event that does nothing: the hold model only moves it through the list. */
  static final class SsjEvent extends umontreal.ssj.simevents.Event {
    SsjEvent(Simulator simulator) {
      super(simulator);
    }

    @Override
    public void actions() {}
  }

  /** SSJ's simulator, opened up to take one event at a time as its own loop does. */
  static final class SsjSimulator extends Simulator {
    SsjSimulator(EventList events) {
      super(events);
    }

    umontreal.ssj.simevents.Event next() {
      return removeFirstEvent();
    }
  }

  @State(Scope.Thread)
  public static class SsjState {
    @Param({"1000", "100000", "1000000"})
    int n;

    @Param({"SplayTree", "Henriksen", "BinaryTree", "RedblackTree"})
    String list;

    double[] increments;
    int next;
    SsjSimulator simulator;

    @Setup(Level.Trial)
    public void setUp() {
      increments = increments();
      simulator = new SsjSimulator(eventList(list));
      simulator.init();
      for (int i = 0; i < n; i++) {
        new SsjEvent(simulator).schedule(increments[next++ & MASK]);
      }
    }

    private static EventList eventList(String name) {
      switch (name) {
        case "SplayTree":
          return new SplayTree();
        case "Henriksen":
          return new Henriksen();
        case "BinaryTree":
          return new BinaryTree();
        case "RedblackTree":
          return new RedblackTree();
        default:
          throw new IllegalArgumentException("no SSJ event list " + name);
      }
    }
  }

  @Benchmark
  public double eventCalendarHold(CalendarState s) {
    EventCalendar calendar = s.calendar;
    double time = calendar.nextTime();
    calendar.pop();
    calendar.schedule(time + s.increments[s.next++ & MASK], EVENT);
    return time;
  }

  @Benchmark
  public double priorityQueueHold(QueueState s) {
    Entry head = s.queue.poll();
    s.queue.add(new Entry(head.time + s.increments[s.next++ & MASK], s.seq++, EVENT));
    return head.time;
  }

  @Benchmark
  public double ssjHold(SsjState s) {
    s.simulator.next().schedule(s.increments[s.next++ & MASK]);
    return s.simulator.time();
  }

  @Benchmark
  public double eventCalendarHoldEqualTimes(EqualTimeCalendarState s) {
    EventCalendar calendar = s.calendar;
    double time = calendar.nextTime();
    calendar.pop();
    calendar.schedule(time, EVENT);
    return time;
  }

  @Benchmark
  public double priorityQueueHoldEqualTimes(EqualTimeQueueState s) {
    Entry head = s.queue.poll();
    s.queue.add(new Entry(head.time, s.seq++, EVENT));
    return head.time;
  }

  @Benchmark
  public double eventCalendarHoldCancel(CalendarState s) {
    EventCalendar calendar = s.calendar;
    double time = calendar.nextTime();
    Event event = calendar.pop();
    if (event == WATCHDOG) {
      s.watchdog = calendar.schedule(time + s.increments[s.next++ & MASK], WATCHDOG);
    } else {
      calendar.schedule(time + s.increments[s.next++ & MASK], EVENT);
    }
    if (++s.op == CANCEL_EVERY) {
      s.op = 0;
      calendar.cancel(s.watchdog);
      s.watchdog = calendar.schedule(time + s.increments[s.next++ & MASK], WATCHDOG);
    }
    return time;
  }

  @Benchmark
  public double priorityQueueHoldCancel(QueueState s) {
    PriorityQueue<Entry> queue = s.queue;
    Entry head = queue.poll();
    while (head.cancelled) {
      head = queue.poll();
    }
    if (head.event == WATCHDOG) {
      s.watchdog = new Entry(head.time + s.increments[s.next++ & MASK], s.seq++, WATCHDOG);
      queue.add(s.watchdog);
    } else {
      queue.add(new Entry(head.time + s.increments[s.next++ & MASK], s.seq++, EVENT));
    }
    if (++s.op == CANCEL_EVERY) {
      s.op = 0;
      s.watchdog.cancelled = true;
      s.watchdog = new Entry(head.time + s.increments[s.next++ & MASK], s.seq++, WATCHDOG);
      queue.add(s.watchdog);
    }
    return head.time;
  }
}
