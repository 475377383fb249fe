package dev.nines.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

  /** An event that only knows its name, so the pop order can be read back. */
  private static final class Named implements Event {
    final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public void fire() {}

    @Override
    public String toString() {
      return name;
    }
  }

  private static List<String> drain(EventCalendar calendar) {
    List<String> order = new ArrayList<>();
    while (!calendar.isEmpty()) {
      order.add(calendar.pop().toString());
    }
    return order;
  }

  @Test
  void popsInTimeOrder() {
    EventCalendar calendar = new EventCalendar();
    double[] times = {5, 1, 4, 2, 3, 0.5, 10, 7.25};
    for (double t : times) {
      calendar.schedule(t, new Named(Double.toString(t)));
    }
    assertEquals(8, calendar.size());
    List<Double> popped = new ArrayList<>();
    while (!calendar.isEmpty()) {
      double t = calendar.nextTime();
      assertEquals(Double.toString(t), calendar.pop().toString());
      popped.add(t);
    }
    assertEquals(List.of(0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 7.25, 10.0), popped);
  }

  @Test
  void tiesFireInSchedulingOrder() {
    EventCalendar calendar = new EventCalendar(4);
    List<String> expected = new ArrayList<>();
    // 500 events at time 1 interleaved with events at 0 and 2: the heap reshuffles a lot, yet the
    // events at each time must come out first-scheduled-first.
    List<String> atZero = new ArrayList<>();
    List<String> atOne = new ArrayList<>();
    List<String> atTwo = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      calendar.schedule(1, new Named("one-" + i));
      atOne.add("one-" + i);
      if (i % 3 == 0) {
        calendar.schedule(2, new Named("two-" + i));
        atTwo.add("two-" + i);
      }
      if (i % 7 == 0) {
        calendar.schedule(0, new Named("zero-" + i));
        atZero.add("zero-" + i);
      }
    }
    expected.addAll(atZero);
    expected.addAll(atOne);
    expected.addAll(atTwo);
    assertEquals(expected, drain(calendar));
  }

  @Test
  void tiesAmongEventsScheduledAfterPops() {
    EventCalendar calendar = new EventCalendar();
    calendar.schedule(3, new Named("a"));
    calendar.schedule(3, new Named("b"));
    calendar.schedule(1, new Named("x"));
    assertEquals("x", calendar.pop().toString());
    calendar.schedule(3, new Named("c"));
    calendar.schedule(3, new Named("d"));
    assertEquals(List.of("a", "b", "c", "d"), drain(calendar));
  }

  @Test
  void cancelHeadMiddleAndLast() {
    EventCalendar calendar = new EventCalendar();
    long[] handles = new long[10];
    for (int i = 0; i < 10; i++) {
      handles[i] = calendar.schedule(i, new Named("e" + i));
    }
    assertTrue(calendar.cancel(handles[0])); // the head
    assertEquals(1.0, calendar.nextTime());
    assertTrue(calendar.cancel(handles[5])); // the middle
    assertTrue(calendar.cancel(handles[9])); // the last scheduled
    assertEquals(7, calendar.size());
    assertEquals(List.of("e1", "e2", "e3", "e4", "e6", "e7", "e8"), drain(calendar));
  }

  @Test
  void cancelOfFiredOrCancelledEventReturnsFalse() {
    EventCalendar calendar = new EventCalendar();
    long first = calendar.schedule(1, new Named("first"));
    long second = calendar.schedule(2, new Named("second"));
    assertEquals("first", calendar.pop().toString());
    assertFalse(calendar.cancel(first), "already fired");
    assertTrue(calendar.cancel(second));
    assertFalse(calendar.cancel(second), "already cancelled");
    assertTrue(calendar.isEmpty());
  }

  @Test
  void staleHandleDoesNotCancelTheSlotsNewOccupant() {
    EventCalendar calendar = new EventCalendar();
    long old = calendar.schedule(1, new Named("old"));
    assertEquals("old", calendar.pop().toString());
    Named occupant = new Named("new");
    long fresh = calendar.schedule(2, occupant);
    assertEquals((int) old, (int) fresh, "the freed slot is reused");
    assertNotEquals(old, fresh, "with a new generation");
    assertFalse(calendar.cancel(old));
    assertEquals(1, calendar.size());
    assertSame(occupant, calendar.pop());

    // The same after a cancel rather than a pop.
    long cancelled = calendar.schedule(3, new Named("cancelled"));
    assertTrue(calendar.cancel(cancelled));
    Named next = new Named("next");
    long reused = calendar.schedule(4, next);
    assertEquals((int) cancelled, (int) reused);
    assertFalse(calendar.cancel(cancelled));
    assertSame(next, calendar.pop());
  }

  @Test
  void handlesThatWereNeverIssuedAreRejected() {
    EventCalendar calendar = new EventCalendar();
    long handle = calendar.schedule(1, new Named("a"));
    assertFalse(calendar.cancel(handle + 1)); // a slot never used
    assertFalse(calendar.cancel(-1L));
    assertFalse(calendar.cancel(handle + (1L << 32))); // a future generation of the slot
    assertEquals(1, calendar.size());
  }

  @Test
  void clearDropsEverythingAndMakesHandlesStale() {
    EventCalendar calendar = new EventCalendar();
    List<Long> handles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      handles.add(calendar.schedule(i % 13, new Named("e" + i)));
    }
    calendar.clear();
    assertEquals(0, calendar.size());
    assertTrue(calendar.isEmpty());
    assertThrows(NoSuchElementException.class, calendar::pop);
    assertThrows(NoSuchElementException.class, calendar::nextTime);
    for (long handle : handles) {
      assertFalse(calendar.cancel(handle));
    }
    // Usable afterwards, still in (time, scheduling order).
    calendar.schedule(2, new Named("b"));
    calendar.schedule(1, new Named("a"));
    calendar.schedule(2, new Named("c"));
    assertEquals(List.of("a", "b", "c"), drain(calendar));
  }

  @Test
  void growsPastItsInitialCapacity() {
    EventCalendar calendar = new EventCalendar(1);
    int n = 10_000;
    long[] handles = new long[n];
    // Descending times: every schedule sifts to the root.
    for (int i = 0; i < n; i++) {
      handles[i] = calendar.schedule(n - i, new Named(Integer.toString(n - i)));
    }
    assertEquals(n, calendar.size());
    for (int i = 0; i < n; i += 2) {
      assertTrue(calendar.cancel(handles[i]));
    }
    // n is even, so the cancelled even indices held the even times; 1, 3, ..., n-1 remain.
    double previous = -1;
    int count = 0;
    while (!calendar.isEmpty()) {
      double t = calendar.nextTime();
      assertEquals(previous + 2, t);
      assertEquals(Integer.toString((int) t), calendar.pop().toString());
      assertEquals(1, ((int) t) % 2, "only odd times remain");
      previous = t;
      count++;
    }
    assertEquals(n / 2, count);
  }

  @Test
  void rejectsNonFiniteTimesAndNullEvents() {
    EventCalendar calendar = new EventCalendar();
    Event e = () -> {};
    assertThrows(IllegalArgumentException.class, () -> calendar.schedule(Double.NaN, e));
    assertThrows(IllegalArgumentException.class, () -> calendar.schedule(Double.POSITIVE_INFINITY, e));
    assertThrows(IllegalArgumentException.class, () -> calendar.schedule(Double.NEGATIVE_INFINITY, e));
    assertThrows(IllegalArgumentException.class, () -> calendar.schedule(1, null));
    assertTrue(calendar.isEmpty());
  }

  @Test
  void emptyCalendarHasNothingToPop() {
    EventCalendar calendar = new EventCalendar();
    assertThrows(NoSuchElementException.class, calendar::pop);
    assertThrows(NoSuchElementException.class, calendar::nextTime);
  }

  /** The reference: a pending event as (time, sequence number, id). */
  private record Pending(double time, long seq, int id) {}

  /**
   * Differential test: tens of thousands of interleaved schedule / cancel / pop operations, with many
   * equal times, against a java.util.PriorityQueue ordered by (time, seq). Both must pop exactly the
   * same events, report the same next time and agree on every cancel's result. Each seed runs three
   * phases: growing (to a few thousand pending events, so the heap is several levels deep), steady,
   * and shrinking to empty.
   */
  @Test
  void agreesWithAReferencePriorityQueue() {
    for (long seed = 1; seed <= 5; seed++) {
      Differential d = new Differential(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
      d.run(10_000, 7, 1); // schedule 70 %, cancel 10 %, pop 20 %
      d.run(10_000, 5, 2); // schedule 50 %, cancel 20 %, pop 30 %
      d.run(20_000, 2, 2); // schedule 20 %, cancel 20 %, pop 60 %
      d.drain();
      assertTrue(d.maxSize > 2_000, "the heap grew deep: " + d.maxSize);
      assertTrue(d.pops > 10_000 && d.cancels > 2_000, "pops " + d.pops + ", cancels " + d.cancels);
      assertFewMoves(d);
    }
  }

  /**
   * The same check through the ladder the calendar becomes when large: tens of thousands pending,
   * delays spread over twenty orders of magnitude (the ladder's buckets see very uneven loads),
   * thousands of events at one time (a rung cannot be spread over a single time), times before the
   * last pop, and a clear in the middle, after which every old handle is stale.
   */
  @Test
  void agreesWithTheReferenceThroughTheLadder() {
    for (long seed = 1; seed <= 3; seed++) {
      Differential d = new Differential(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
      d.times = (rng, now) -> {
        switch (rng.nextInt(6)) {
          case 0:
            return now + Math.pow(10, -9 + 21 * rng.nextDouble()); // 1 ns .. 30 000 years
          case 1:
            return now + rng.nextInt(4); // ties, at now and a few whole seconds on
          case 2:
            return Math.max(0, now - 100 * rng.nextDouble()); // in the past
          case 3:
            return 1e6; // thousands at one time
          default:
            return now + -Math.log(1 - rng.nextDouble());
        }
      };
      d.run(40_000, 8, 1); // grow past the spill threshold, deep into the ladder
      d.run(40_000, 4, 1); // steady: rungs are used up and rebuilt
      d.clear();
      d.run(20_000, 9, 1);
      d.run(40_000, 2, 2); // shrink back below the threshold, to the heap alone
      d.drain();
      assertTrue(d.maxSize > 20 * EventCalendar.SPILL, "the ladder was used: " + d.maxSize);
      assertFewMoves(d);
    }
  }

  /**
   * Times so far apart that their span overflows a double: no rung can be spread over them, so they
   * all go to the heap, under a rung that ends at the latest; later ones wait in top.
   */
  @Test
  void timesTooFarApartForARung() {
    EventCalendar calendar = new EventCalendar();
    double[] times = {-1.5e308, 0, 1.5e308};
    List<List<String>> byTime = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < 3 * EventCalendar.SPILL; i++) {
      calendar.schedule(times[i % 3], new Named("e" + i));
      byTime.get(i % 3).add("e" + i);
    }
    assertEquals("e0", calendar.pop().toString()); // top is rebuilt: all of it into the heap
    calendar.schedule(Double.MAX_VALUE, new Named("later")); // to top
    calendar.schedule(1.5e308, new Named("equal")); // the heap, after those at 1.5e308
    calendar.schedule(1, new Named("between")); // the heap, after those at 0
    List<String> expected = new ArrayList<>(byTime.get(0).subList(1, byTime.get(0).size()));
    expected.addAll(byTime.get(1));
    expected.add("between");
    expected.addAll(byTime.get(2));
    expected.add("equal");
    expected.add("later");
    assertEquals(expected, drain(calendar));
  }

  /**
   * Heavy ties, as batch starts, scripted faults and split trajectories make them: a batch of 5,000
   * events at time 0 that start more at time 0, then thousands of events pending at the time of the last pop and at three
   * fixed instants (later passed, so also in the past), mixed with distinct times and cancels,
   * through growth, a steady phase and draining.
   */
  @Test
  void agreesWithTheReferenceUnderHeavyTies() {
    for (long seed = 1; seed <= 3; seed++) {
      Differential d = new Differential(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
      d.times = (rng, now) -> 0; // a batch started at time 0: nothing to spread over a rung
      d.run(5_000, 10, 0);
      d.hold(2_000); // its events start more at time 0; then later ones come in
      d.times = (rng, now) -> {
        int kind = rng.nextInt(10);
        if (kind < 5) {
          return now; // a batch at the current instant
        } else if (kind < 7) {
          return 100 * (1 + rng.nextInt(3)); // scripted instants: 100, 200, 300
        } else if (kind < 8) {
          return now + 1 + rng.nextInt(2); // a coarse grid ahead
        }
        return now + -Math.log(1 - rng.nextDouble()); // distinct
      };
      d.run(30_000, 9, 1); // grow to thousands pending, most of them at a handful of times
      d.hold(50_000); // steady: pop one, schedule one, cancel and re-arm every tenth
      d.run(30_000, 4, 1);
      d.run(40_000, 2, 2); // shrink back to the heap alone
      d.drain();
      assertTrue(d.maxSize > 10_000, "thousands pending: " + d.maxSize);
      assertTrue(d.cancels > 5_000, "cancels " + d.cancels);
      assertFewMoves(d);
    }
  }

  /**
   * The hold model at one time: n events pending at one instant, each operation pops the earliest
   * and schedules one more at the same instant (with a cancel and re-arm every tenth), for n up to
   * 16,000. The order must stay first-scheduled-first; and the work must stay constant per event,
   * counted, not timed: a calendar that returned to the heap alone here would spill and rebuild all
   * n events at every operation, n moves per operation instead of none.
   */
  @Test
  void manyEventsAtOneTimeCostConstantWorkPerEvent() {
    for (int n : new int[] {1_000, 4_000, 16_000}) {
      Differential d = new Differential(RandomSource.XO_RO_SHI_RO_128_PP.create(n));
      d.times = (rng, now) -> 42;
      for (int i = 0; i < n; i++) {
        d.schedule();
      }
      d.hold(20 * n);
      assertEquals(n, d.calendar.size());
      d.drain();
      assertTrue(d.cancels > n / 2, n + ": cancels " + d.cancels);
      assertFewMoves(d);
      assertTrue(d.calendar.moves() < 2 * n + 2 * EventCalendar.SPILL,
          n + ": each event moved about once, not at every operation: " + d.calendar.moves());
    }
  }

  /**
   * Every event is moved between the calendar's containers a few times at most, whatever the
   * pattern of times: about twice in a ladder (top to a bucket, the bucket to the heap), and spills
   * and rebuilds near the threshold move at most {@link EventCalendar#SPILL} events per half as
   * many schedules. Four moves per scheduled event bounds all of it; linear work per operation
   * would show as thousands.
   */
  private static void assertFewMoves(Differential d) {
    long moves = d.calendar.moves();
    assertTrue(moves <= 4L * d.schedules,
        moves + " moves for " + d.schedules + " scheduled events");
  }

  /** When an event is due, from the time of the last pop. */
  private interface TimeSource {
    double next(UniformRandomProvider rng, double now);
  }

  /** The calendar and the reference, driven by the same random operations. */
  private static final class Differential {
    final UniformRandomProvider rng;
    final EventCalendar calendar = new EventCalendar(2);
    final PriorityQueue<Pending> reference = new PriorityQueue<>(
        Comparator.comparingDouble(Pending::time).thenComparingLong(Pending::seq));
    final Map<Integer, Pending> pendingById = new HashMap<>();
    final List<Long> handles = new ArrayList<>(); // by id; includes fired and cancelled ones
    final List<Named> events = new ArrayList<>();
    long seq;
    double now;
    int schedules;
    int pops;
    int cancels;
    int maxSize;
    // Half on a coarse grid (many ties), half continuous; never before the last pop.
    TimeSource times =
        (rng, now) -> rng.nextBoolean() ? now + rng.nextInt(8) : now + 10 * rng.nextDouble();

    Differential(UniformRandomProvider rng) {
      this.rng = rng;
    }

    /** Operations out of ten: the first {@code schedule} schedule, the next {@code cancel} cancel. */
    void run(int operations, int schedule, int cancel) {
      for (int op = 0; op < operations; op++) {
        int kind = rng.nextInt(10);
        if (kind < schedule || reference.isEmpty()) {
          schedule();
        } else if (kind < schedule + cancel) {
          cancel();
        } else {
          pop();
        }
        assertEquals(reference.size(), calendar.size());
        maxSize = Math.max(maxSize, calendar.size());
      }
    }

    /**
     * The hold model: each operation pops one event and schedules one; every tenth also cancels a
     * recent handle (pending or not) and schedules one in its place if it was pending.
     */
    void hold(int operations) {
      for (int op = 0; op < operations; op++) {
        pop();
        schedule();
        if (op % 10 == 9) {
          int before = reference.size();
          cancel();
          if (reference.size() < before) {
            schedule();
          }
        }
        assertEquals(reference.size(), calendar.size());
        maxSize = Math.max(maxSize, calendar.size());
      }
    }

    void schedule() {
      schedules++;
      double time = times.next(rng, now);
      int id = events.size();
      Named event = new Named("e" + id);
      events.add(event);
      handles.add(calendar.schedule(time, event));
      Pending p = new Pending(time, seq++, id);
      reference.add(p);
      pendingById.put(id, p);
    }

    void cancel() {
      // Any handle ever issued: pending ones succeed, fired or cancelled ones do not. Half the time
      // a recent one, which is more likely to be pending.
      int id = rng.nextBoolean()
          ? rng.nextInt(handles.size())
          : handles.size() - 1 - rng.nextInt(Math.min(handles.size(), 2 * reference.size() + 1));
      Pending p = pendingById.remove(id);
      boolean expected = p != null;
      if (expected) {
        assertTrue(reference.remove(p));
        cancels++;
      }
      assertEquals(expected, calendar.cancel(handles.get(id)), "cancel of e" + id);
    }

    void pop() {
      assertEquals(reference.peek().time(), calendar.nextTime());
      Pending p = reference.poll();
      pendingById.remove(p.id());
      assertSame(events.get(p.id()), calendar.pop(), "pop #" + pops);
      now = p.time();
      pops++;
    }

    /** Clears both; every handle issued so far is stale. */
    void clear() {
      calendar.clear();
      reference.clear();
      pendingById.clear();
      assertEquals(0, calendar.size());
      assertFalse(handles.stream().anyMatch(calendar::cancel));
    }

    void drain() {
      while (!reference.isEmpty()) {
        pop();
      }
      assertTrue(calendar.isEmpty());
    }
  }
}
