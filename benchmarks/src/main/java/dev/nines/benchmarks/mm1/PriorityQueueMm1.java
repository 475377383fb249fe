package dev.nines.benchmarks.mm1;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * {@link Mm1} as the usual first simulator: a {@link PriorityQueue} of event objects ordered by
 * (time, scheduling order), a new object per scheduled event, and the same {@link SplittableRandom}
 * and inversion as {@link MinimalHeapMm1}.
 */
public final class PriorityQueueMm1 {

  private record Pending(double time, long seq, boolean arrival) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending other) {
      int byTime = Double.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(seq, other.seq);
    }
  }

  private PriorityQueueMm1() {}

  public static double run(long seed, int customers) {
    SplittableRandom random = new SplittableRandom(seed);
    PriorityQueue<Pending> queue = new PriorityQueue<>();
    Mm1.Area area = new Mm1.Area();
    long seq = 0;
    int arrived = 0;
    int inSystem = 0;
    long events = 0;
    queue.add(new Pending(exponential(random, Mm1.ARRIVAL_RATE), seq++, true));
    Pending next;
    while ((next = queue.poll()) != null) {
      double now = next.time();
      events++;
      area.advance(now, inSystem);
      if (next.arrival()) {
        if (++arrived < customers) {
          queue.add(new Pending(now + exponential(random, Mm1.ARRIVAL_RATE), seq++, true));
        }
        if (++inSystem == 1) {
          queue.add(new Pending(now + exponential(random, Mm1.SERVICE_RATE), seq++, false));
        }
      } else if (--inSystem > 0) {
        queue.add(new Pending(now + exponential(random, Mm1.SERVICE_RATE), seq++, false));
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
}
