package dev.nines.simulator;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The pending events, ordered by (time, scheduling order): ties fire first-scheduled-first. Nothing
 * is allocated per event: events live in slots of primitive arrays, and a handle is the slot id plus
 * the slot's generation, so a handle whose event already fired or was cancelled is recognised as
 * stale and cancel is a no-op.
 *
 * <p>The events due soonest are in a 4-ary min-heap ("near"). While the calendar is small that is
 * all there is. Past {@value #SPILL} events it becomes a two-rung ladder queue (Tang, Goh and Thng,
 * 2005): the later events wait, unsorted, in buckets of equal width ("the rung") and beyond the rung
 * in one list ("top"). A pop takes from the heap; an empty heap takes in the next non-empty bucket;
 * when the buckets are used up the rung is rebuilt over what has gathered in top, about
 * {@value #PER_BUCKET} events to a bucket. So a pop sifts through a heap of a few dozen events,
 * whatever the size of the calendar, and each event is handled a few times in O(1) on its way in.
 *
 * <p>Where an event goes depends only on its time, through x = (time − rungStart) / width: the heap
 * when x &lt; current (the next bucket to take in), bucket ⌊x⌋ when x &lt; buckets, top otherwise.
 * x never decreases as time grows, so every event in the heap is due before every event in a bucket,
 * and those before every event in top; and events at equal times always share a container, where
 * the heap orders them by sequence number. The order is exactly that of one big heap.
 *
 * <p>Equal times (a batch started at one instant, scripted faults, split trajectories) cannot be
 * spread over buckets. When a rebuild finds many events in top but no span to spread them over, they
 * all go to the heap, and the calendar stays a ladder whose one rung ends just past their time: later
 * events wait in top, earlier and equal ones join the heap, and the heap is never spilled again
 * (going back to the heap alone would spill it at the next schedule and rebuild it at the next pop,
 * linear work per operation). So every event is moved between containers a bounded number of times,
 * and a pop or schedule among n equal times costs one heap operation, O(log n).
 *
 * <p>One class, slightly long, because the heap and the ladder share the slots' arrays on the
 * hottest path of every simulation.
 */
public final class EventCalendar {

  private static final int ARITY = 4;

  /** Above this many events in the heap alone, the later ones move out to a ladder. */
  static final int SPILL = 64;

  /** A rung is rebuilt with about this many events to a bucket. */
  static final int PER_BUCKET = 4;

  /** Where a slot's event waits: the heap, top, nowhere (the slot is free); 0.. is a bucket. */
  private static final int NEAR = -1;
  private static final int TOP = -2;
  private static final int FREE = -3;
  private static final int NONE = -1;

  // The heap, by position: times and slot ids.
  private double[] times;
  private int[] slotAt;
  private int heapSize;

  // Slots, by slot id.
  private Event[] events;
  private double[] timeOf;
  private long[] seqOf;
  private int[] generation;
  private int[] listOf;     // NEAR, TOP, FREE or a bucket
  private int[] positionOf; // the heap position, while in the heap
  private int[] next;       // the links of a bucket or of top, while in one
  private int[] previous;
  private int[] freeSlots;
  private int freeCount;
  private int slotCount;

  // The ladder. In heap mode rungStart is +infinity, so x is -infinity and everything is near.
  private double rungStart = Double.POSITIVE_INFINITY;
  private double width = 1;
  private int buckets;
  private int current;
  private int[] bucketHead = new int[0];
  private int topHead = NONE;
  private int topCount;
  private double topMin = Double.POSITIVE_INFINITY;
  private double topMax = Double.NEGATIVE_INFINITY;

  private int size;
  private long nextSeq;

  /** Events moved from one container to another (spills, rebuilds, buckets taken in); for tests. */
  private long moves;

  public EventCalendar() {
    this(64);
  }

  public EventCalendar(int initialCapacity) {
    int capacity = Math.max(4, initialCapacity);
    times = new double[capacity];
    slotAt = new int[capacity];
    events = new Event[capacity];
    timeOf = new double[capacity];
    seqOf = new long[capacity];
    generation = new int[capacity];
    listOf = new int[capacity];
    positionOf = new int[capacity];
    next = new int[capacity];
    previous = new int[capacity];
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
    fillHeap();
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
    int slot = allocateSlot();
    events[slot] = event;
    timeOf[slot] = time;
    seqOf[slot] = nextSeq++;
    size++;
    place(slot, time);
    if (heapSize > SPILL && rungStart == Double.POSITIVE_INFINITY) {
      spill();
    }
    return ((long) generation[slot] << 32) | slot;
  }

  /** Removes a pending event. Returns false when the handle's event already fired or was cancelled. */
  public boolean cancel(long handle) {
    int slot = (int) handle;
    int gen = (int) (handle >>> 32);
    if (slot < 0 || slot >= slotCount || generation[slot] != gen || listOf[slot] == FREE) {
      return false;
    }
    if (listOf[slot] == NEAR) {
      removeAt(positionOf[slot]);
    } else {
      unlink(slot);
    }
    releaseSlot(slot);
    size--;
    return true;
  }

  /** Removes and returns the earliest event (read its time first with {@link #nextTime()}). */
  public Event pop() {
    fillHeap();
    int slot = slotAt[0];
    Event event = events[slot];
    removeAt(0);
    releaseSlot(slot);
    size--;
    return event;
  }

  /**
   * How many times an event has moved from one container to another: out of the heap on a spill, out
   * of top on a rebuild, out of a bucket into the heap. The tests check that this stays a small
   * multiple of the operations, whatever the times, so that no pattern makes the calendar quadratic.
   */
  long moves() {
    return moves;
  }

  /** Drops every pending event; outstanding handles become stale. */
  public void clear() {
    for (int slot = 0; slot < slotCount; slot++) {
      if (listOf[slot] != FREE) {
        releaseSlot(slot);
      }
    }
    size = 0;
    heapSize = 0;
    Arrays.fill(bucketHead, 0, buckets, NONE);
    topHead = NONE;
    topCount = 0;
    topMin = Double.POSITIVE_INFINITY;
    topMax = Double.NEGATIVE_INFINITY;
    heapMode();
  }

  // ---- The ladder ----

  /** Puts a slot's event where its time says: the heap, a bucket or top. */
  private void place(int slot, double time) {
    double x = (time - rungStart) / width;
    if (x < current) {
      push(slot, time);
    } else if (x < buckets) {
      link(slot, (int) x);
    } else {
      linkTop(slot, time);
    }
  }

  /** Makes the heap hold the earliest event: takes in buckets, or rebuilds the rung from top. */
  private void fillHeap() {
    while (heapSize == 0) {
      if (size == 0) {
        throw new NoSuchElementException("no pending events");
      }
      if (current < buckets) {
        int slot = bucketHead[current];
        bucketHead[current++] = NONE;
        for (; slot != NONE; slot = next[slot]) {
          push(slot, timeOf[slot]);
          moves++;
        }
      } else {
        rebuild();
      }
    }
  }

  /**
   * Spreads top over a new rung. A small top goes back to the heap alone; a large one that cannot be
   * spread (all at one time) goes to the heap under a rung that ends just past its latest time.
   */
  private void rebuild() {
    int count = topCount;
    double start = topMin;
    double end = topMax;
    double span = end - start;
    int slot = topHead;
    topHead = NONE;
    topCount = 0;
    topMin = Double.POSITIVE_INFINITY;
    topMax = Double.NEGATIVE_INFINITY;
    moves += count;
    int wanted = count / PER_BUCKET;
    double w = span / wanted; // an event that rounds past the last bucket goes back to top
    if (count <= SPILL / 2 || wanted < 2 || !(w > 0) || Double.isInfinite(w)) {
      if (count <= SPILL / 2) {
        heapMode(); // few events: the heap alone
      } else {
        nearUntil(end); // many at one time (or a span no double can divide): all near
      }
      for (; slot != NONE; slot = next[slot]) {
        push(slot, timeOf[slot]);
      }
      return;
    }
    rungStart = start;
    width = w;
    buckets = wanted;
    current = 0;
    if (bucketHead.length < wanted) {
      bucketHead = new int[Math.max(wanted, 2 * bucketHead.length)];
    }
    Arrays.fill(bucketHead, 0, wanted, NONE);
    while (slot != NONE) {
      int following = next[slot];
      place(slot, timeOf[slot]);
      slot = following;
    }
  }

  /** Moves every event of a heap grown past {@link #SPILL} to top; the next pop builds a rung. */
  private void spill() {
    rungStart = Double.NEGATIVE_INFINITY;
    width = 1;
    buckets = 0;
    current = 0;
    moves += heapSize;
    for (int position = 0; position < heapSize; position++) {
      int slot = slotAt[position];
      linkTop(slot, timeOf[slot]);
    }
    heapSize = 0;
  }

  private void heapMode() {
    rungStart = Double.POSITIVE_INFINITY;
    width = 1;
    buckets = 0;
    current = 0;
  }

  /**
   * A rung of one bucket, already taken in, that ends just past {@code end}: events due at or before
   * {@code end} go to the heap (x ≤ 0), later ones to top (x ≥ 1, as their distance from a positive
   * {@code end} is at least its ulp). The width is kept a normal number, so x is never divided by a
   * subnormal; times closer than that above 0 merely join the heap, which is correct either way.
   */
  private void nearUntil(double end) {
    rungStart = end;
    width = Math.max(Math.ulp(end), Double.MIN_NORMAL);
    buckets = 1;
    current = 1;
    if (bucketHead.length == 0) {
      bucketHead = new int[1];
    }
    bucketHead[0] = NONE;
  }

  private void link(int slot, int bucket) {
    int head = bucketHead[bucket];
    listOf[slot] = bucket;
    previous[slot] = NONE;
    next[slot] = head;
    if (head != NONE) {
      previous[head] = slot;
    }
    bucketHead[bucket] = slot;
  }

  private void linkTop(int slot, double time) {
    listOf[slot] = TOP;
    previous[slot] = NONE;
    next[slot] = topHead;
    if (topHead != NONE) {
      previous[topHead] = slot;
    }
    topHead = slot;
    topCount++;
    topMin = Math.min(topMin, time);
    topMax = Math.max(topMax, time);
  }

  /** Takes a slot out of its bucket or top. (Top's bounds stay: wider bounds are still bounds.) */
  private void unlink(int slot) {
    int before = previous[slot];
    int after = next[slot];
    if (after != NONE) {
      previous[after] = before;
    }
    if (before != NONE) {
      next[before] = after;
    } else if (listOf[slot] == TOP) {
      topHead = after;
    } else {
      bucketHead[listOf[slot]] = after;
    }
    if (listOf[slot] == TOP) {
      topCount--;
    }
  }

  // ---- The heap ----

  private void push(int slot, double time) {
    if (heapSize == times.length) {
      times = Arrays.copyOf(times, 2 * heapSize);
      slotAt = Arrays.copyOf(slotAt, 2 * heapSize);
    }
    listOf[slot] = NEAR;
    siftUp(heapSize++, time, slot);
  }

  /** Whether {@code slot}'s event, due at {@code time}, comes before the one at heap {@code position}. */
  private boolean before(double time, int slot, int position) {
    double other = times[position];
    return time < other || (time == other && seqOf[slot] < seqOf[slotAt[position]]);
  }

  private void removeAt(int position) {
    int last = --heapSize;
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
    settle(hole, time, slot);
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
      if (first >= heapSize) {
        break;
      }
      int best = first;
      double bestTime = times[first];
      int end = Math.min(first + ARITY, heapSize);
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
    settle(hole, time, slot);
  }

  private void move(int from, double time, int to) {
    times[to] = time;
    int slot = slotAt[from];
    slotAt[to] = slot;
    positionOf[slot] = to;
  }

  private void settle(int position, double time, int slot) {
    times[position] = time;
    slotAt[position] = slot;
    positionOf[slot] = position;
  }

  // ---- Slots ----

  private int allocateSlot() {
    if (freeCount > 0) {
      return freeSlots[--freeCount];
    }
    if (slotCount == events.length) {
      int capacity = events.length * 2;
      events = Arrays.copyOf(events, capacity);
      timeOf = Arrays.copyOf(timeOf, capacity);
      seqOf = Arrays.copyOf(seqOf, capacity);
      generation = Arrays.copyOf(generation, capacity);
      listOf = Arrays.copyOf(listOf, capacity);
      positionOf = Arrays.copyOf(positionOf, capacity);
      next = Arrays.copyOf(next, capacity);
      previous = Arrays.copyOf(previous, capacity);
      freeSlots = Arrays.copyOf(freeSlots, capacity);
    }
    return slotCount++;
  }

  private void releaseSlot(int slot) {
    events[slot] = null;
    listOf[slot] = FREE;
    generation[slot]++;
    freeSlots[freeCount++] = slot;
  }
}
