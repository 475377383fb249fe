package dev.nines.simulator;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The pending events, ordered by (time, scheduling order): ties fire first-scheduled-first. A 4-ary
 * min-heap kept in primitive arrays (times, sequence numbers, slot ids by heap position), so
 * scheduling and popping allocate nothing once the arrays have grown.
 *
 * <p>Each scheduled event occupies a slot; its handle is the slot id plus the slot's generation, so a
 * handle whose event has already fired or been cancelled is recognised as stale and cancel is a no-op.
 */
public final class EventCalendar {

  private static final int ARITY = 4;
  private static final int FREE = -1;

  // Heap, by position.
  private double[] times;
  private long[] seqs;
  private int[] slotAt;

  // Slots, by slot id.
  private Event[] events;
  private int[] positionOf;
  private int[] generation;
  private int[] freeSlots;
  private int freeCount;
  private int slotCount;

  private int size;
  private long nextSeq;

  public EventCalendar() {
    this(64);
  }

  public EventCalendar(int initialCapacity) {
    int capacity = Math.max(4, initialCapacity);
    times = new double[capacity];
    seqs = new long[capacity];
    slotAt = new int[capacity];
    events = new Event[capacity];
    positionOf = new int[capacity];
    generation = new int[capacity];
    freeSlots = new int[capacity];
  }

  /** Number of pending events. */
  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Time of the earliest pending event. */
  public double nextTime() {
    if (size == 0) {
      throw new NoSuchElementException("no pending events");
    }
    return times[0];
  }

  /**
   * Adds an event at the given time and returns its handle for {@link #cancel}. Times must be finite
   * numbers; the calendar does not know the clock, {@link Simulation} checks causality.
   */
  public long schedule(double time, Event event) {
    if (Double.isNaN(time) || Double.isInfinite(time)) {
      throw new IllegalArgumentException("event time must be finite, got " + time);
    }
    if (event == null) {
      throw new IllegalArgumentException("event must not be null");
    }
    if (size == times.length) {
      growHeap();
    }
    int slot = allocateSlot();
    events[slot] = event;
    siftUp(size++, time, nextSeq++, slot);
    return ((long) generation[slot] << 32) | slot;
  }

  /** Removes a pending event. Returns false when the handle's event already fired or was cancelled. */
  public boolean cancel(long handle) {
    int slot = (int) handle;
    int gen = (int) (handle >>> 32);
    if (slot < 0 || slot >= slotCount || generation[slot] != gen || positionOf[slot] == FREE) {
      return false;
    }
    removeAt(positionOf[slot]);
    return true;
  }

  /** Removes and returns the earliest event (read its time first with {@link #nextTime()}). */
  public Event pop() {
    if (size == 0) {
      throw new NoSuchElementException("no pending events");
    }
    Event event = events[slotAt[0]];
    removeAt(0);
    return event;
  }

  /** Drops every pending event; outstanding handles become stale. */
  public void clear() {
    while (size > 0) {
      removeAt(size - 1);
    }
  }

  private void removeAt(int position) {
    int slot = slotAt[position];
    releaseSlot(slot);
    int last = --size;
    if (position == last) {
      return;
    }
    double time = times[last];
    long seq = seqs[last];
    int moved = slotAt[last];
    if (position > 0 && before(time, seq, times[parent(position)], seqs[parent(position)])) {
      siftUp(position, time, seq, moved);
    } else {
      siftDown(position, time, seq, moved);
    }
  }

  /** Places (time, seq, slot) at the hole {@code position} or above it. */
  private void siftUp(int position, double time, long seq, int slot) {
    int hole = position;
    while (hole > 0) {
      int parent = parent(hole);
      if (!before(time, seq, times[parent], seqs[parent])) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    place(hole, time, seq, slot);
  }

  /** Places (time, seq, slot) at the hole {@code position} or below it. */
  private void siftDown(int position, double time, long seq, int slot) {
    int hole = position;
    while (true) {
      int first = hole * ARITY + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int end = Math.min(first + ARITY, size);
      for (int child = first + 1; child < end; child++) {
        if (before(times[child], seqs[child], times[best], seqs[best])) {
          best = child;
        }
      }
      if (!before(times[best], seqs[best], time, seq)) {
        break;
      }
      move(best, hole);
      hole = best;
    }
    place(hole, time, seq, slot);
  }

  private static int parent(int position) {
    return (position - 1) / ARITY;
  }

  private static boolean before(double timeA, long seqA, double timeB, long seqB) {
    return timeA < timeB || (timeA == timeB && seqA < seqB);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    seqs[to] = seqs[from];
    int slot = slotAt[from];
    slotAt[to] = slot;
    positionOf[slot] = to;
  }

  private void place(int position, double time, long seq, int slot) {
    times[position] = time;
    seqs[position] = seq;
    slotAt[position] = slot;
    positionOf[slot] = position;
  }

  private int allocateSlot() {
    if (freeCount > 0) {
      return freeSlots[--freeCount];
    }
    if (slotCount == events.length) {
      int capacity = events.length * 2;
      events = Arrays.copyOf(events, capacity);
      positionOf = Arrays.copyOf(positionOf, capacity);
      generation = Arrays.copyOf(generation, capacity);
      freeSlots = Arrays.copyOf(freeSlots, capacity);
    }
    return slotCount++;
  }

  private void releaseSlot(int slot) {
    events[slot] = null;
    positionOf[slot] = FREE;
    generation[slot]++;
    freeSlots[freeCount++] = slot;
  }

  private void growHeap() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    seqs = Arrays.copyOf(seqs, capacity);
    slotAt = Arrays.copyOf(slotAt, capacity);
  }
}
