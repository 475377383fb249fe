package dev.nines.simulator;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The pending events, ordered by (time, scheduling order): ties fire first-scheduled-first. A 4-ary
 * min-heap kept in primitive arrays (times and slot ids by heap position), so scheduling and popping
 * allocate nothing once the arrays have grown.
 *
 * <p>Each scheduled event occupies a slot; its handle is the slot id plus the slot's generation, so a
 * handle whose event has already fired or been cancelled is recognised as stale and cancel is a no-op.
 */
public final class EventCalendar {

  private static final int ARITY = 4;
  private static final int FREE = -1;

  // Heap, by position.
  private double[] times;
  private int[] slotAt;

  // Slots, by slot id. An event's sequence number lives with its slot, not in the heap: the heap
  // moves only times and slot ids, and ties, rare, look the numbers up.
  private Event[] events;
  private long[] seqOf;
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
    slotAt = new int[capacity];
    events = new Event[capacity];
    seqOf = new long[capacity];
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
    seqOf[slot] = nextSeq++;
    siftUp(size++, time, slot);
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

  /** Whether {@code slot}'s event, due at {@code time}, comes before the one at heap {@code position}. */
  private boolean before(double time, int slot, int position) {
    double other = times[position];
    return time < other || (time == other && seqOf[slot] < seqOf[slotAt[position]]);
  }

  private void removeAt(int position) {
    int slot = slotAt[position];
    releaseSlot(slot);
    int last = --size;
    if (position == last) {
      return;
    }
    double time = times[last];
    int moved = slotAt[last];
    if (position > 0 && before(time, moved, (position - 1) >>> 2)) {
      siftUp(position, time, moved);
    } else {
      siftDown(position, time, moved);
    }
  }

  /** Places (time, slot) at the hole {@code position} or above it. */
  private void siftUp(int position, double time, int slot) {
    long seq = seqOf[slot];
    int hole = position;
    while (hole > 0) {
      int parent = (hole - 1) >>> 2;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && seqOf[slotAt[parent]] < seq)) {
        break;
      }
      move(parent, parentTime, hole);
      hole = parent;
    }
    place(hole, time, slot);
  }

  /**
   * Places (time, slot) at the hole {@code position} or below it. Times decide; the sequence numbers,
   * kept by slot, are read only when two times are equal.
   */
  private void siftDown(int position, double time, int slot) {
    long seq = seqOf[slot];
    int hole = position;
    while (true) {
      int first = (hole << 2) + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      double bestTime = times[first];
      int end = Math.min(first + ARITY, size);
      for (int child = first + 1; child < end; child++) {
        double childTime = times[child];
        if (childTime < bestTime
            || (childTime == bestTime && seqOf[slotAt[child]] < seqOf[slotAt[best]])) {
          best = child;
          bestTime = childTime;
        }
      }
      if (bestTime > time || (bestTime == time && seqOf[slotAt[best]] > seq)) {
        break;
      }
      move(best, bestTime, hole);
      hole = best;
    }
    place(hole, time, slot);
  }

  private void move(int from, double time, int to) {
    times[to] = time;
    int slot = slotAt[from];
    slotAt[to] = slot;
    positionOf[slot] = to;
  }

  private void place(int position, double time, int slot) {
    times[position] = time;
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
      seqOf = Arrays.copyOf(seqOf, capacity);
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
    slotAt = Arrays.copyOf(slotAt, capacity);
  }
}
