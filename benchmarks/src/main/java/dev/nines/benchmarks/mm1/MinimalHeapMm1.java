package dev.nines.benchmarks.mm1;

import java.util.SplittableRandom;

/**
 * {@link Mm1} as the fastest plain loop: pending events are (time, kind) pairs in a 4-ary min-heap
 * of primitive arrays, random numbers come from one {@link SplittableRandom} by inversion, and the
 * loop switches on the kind. No handles, no streams, no tie rule: the floor an engine's overhead is
 * measured from.
 */
public final class MinimalHeapMm1 {

  private static final int ARRIVAL = 0;
  private static final int DEPARTURE = 1;

  private double[] times = new double[8];
  private int[] kinds = new int[8];
  private int size;

  private MinimalHeapMm1() {}

  public static double run(long seed, int customers) {
    return new MinimalHeapMm1().simulate(seed, customers);
  }

  private double simulate(long seed, int customers) {
    SplittableRandom random = new SplittableRandom(seed);
    Mm1.Area area = new Mm1.Area();
    int arrived = 0;
    int inSystem = 0;
    long events = 0;
    push(exponential(random, Mm1.ARRIVAL_RATE), ARRIVAL);
    while (size > 0) {
      double now = times[0];
      int kind = kinds[0];
      pop();
      events++;
      area.advance(now, inSystem);
      if (kind == ARRIVAL) {
        if (++arrived < customers) {
          push(now + exponential(random, Mm1.ARRIVAL_RATE), ARRIVAL);
        }
        if (++inSystem == 1) {
          push(now + exponential(random, Mm1.SERVICE_RATE), DEPARTURE);
        }
      } else if (--inSystem > 0) {
        push(now + exponential(random, Mm1.SERVICE_RATE), DEPARTURE);
      }
    }
    if (events != 2L * customers) {
      throw new IllegalStateException("fired " + events + " events");
    }
    return area.average();
  }

  private static double exponential(SplittableRandom random, double rate) {
    return -Math.log(1 - random.nextDouble()) / rate;
  }

  private void push(double time, int kind) {
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 2;
      if (times[parent] <= time) {
        break;
      }
      times[hole] = times[parent];
      kinds[hole] = kinds[parent];
      hole = parent;
    }
    times[hole] = time;
    kinds[hole] = kind;
  }

  private void pop() {
    int last = --size;
    double time = times[last];
    int kind = kinds[last];
    int hole = 0;
    while (true) {
      int first = 4 * hole + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int end = Math.min(first + 4, size);
      for (int child = first + 1; child < end; child++) {
        if (times[child] < times[best]) {
          best = child;
        }
      }
      if (times[best] >= time) {
        break;
      }
      times[hole] = times[best];
      kinds[hole] = kinds[best];
      hole = best;
    }
    times[hole] = time;
    kinds[hole] = kind;
  }
}
