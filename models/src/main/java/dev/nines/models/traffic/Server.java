package dev.nines.models.traffic;

import dev.nines.simulator.Simulation;
import dev.nines.simulator.stats.TimeAverage;
import java.util.ArrayDeque;

/**
 * One server of the traffic: a unit of the servers' group with {@code workers} that serve requests
 * and a FIFO queue of at most {@code capacity} waiting ones. While its unit is up it serves; when the
 * unit fails, every request in service or waiting is lost; while the unit is down a request sent to
 * it gets no answer. It keeps the time averages of its busy workers and its queue from the warm-up.
 */
final class Server {

  /** What a server tells the traffic about its attempts. */
  interface Outcomes {
    /** The attempt left the server: served ({@link Outcome#SUCCESS}), dropped or lost. */
    void ended(Attempt attempt, Outcome outcome);
  }

  private final int index;
  private final Simulation simulation;
  private final int capacity;
  private final Outcomes outcomes;
  private final Attempt[] slots;
  private final ArrayDeque<Attempt> queue = new ArrayDeque<>();
  private final TimeAverage busyAverage;
  private final TimeAverage queueAverage;
  private int busy;
  private boolean up = true;

  Server(int index, int workers, int capacity, Simulation simulation, double warmup,
      Outcomes outcomes) {
    this.index = index;
    this.simulation = simulation;
    this.capacity = capacity;
    this.outcomes = outcomes;
    this.slots = new Attempt[workers];
    this.busyAverage = new TimeAverage(warmup, 0);
    this.queueAverage = new TimeAverage(warmup, 0);
  }

  /** Requests at the server: in service plus waiting. */
  int load() {
    return busy + queue.size();
  }

  boolean isUp() {
    return up;
  }

  /**
   * Takes an attempt: into service if a worker is free, else into the queue if there is room, else
   * it is dropped. A down server takes it and never answers: it ends only by its timeout, or is lost
   * at once when {@code waitsForTimeout} is false.
   */
  void offer(Attempt attempt, boolean waitsForTimeout) {
    if (!up) {
      if (!waitsForTimeout) {
        outcomes.ended(attempt, Outcome.LOST);
      }
      return;
    }
    if (busy < slots.length) {
      start(attempt);
    } else if (queue.size() < capacity) {
      queue.addLast(attempt);
      queueAverage.update(simulation.now(), queue.size());
    } else {
      outcomes.ended(attempt, Outcome.DROPPED);
    }
  }

  /** The unit went up or down. Going down loses everything in service and waiting. */
  void unitChanged(boolean nowUp) {
    up = nowUp;
    if (nowUp) {
      return;
    }
    double now = simulation.now();
    for (int s = 0; s < slots.length; s++) {
      Attempt a = slots[s];
      if (a != null) {
        simulation.cancel(a.completionHandle);
        slots[s] = null;
        a.slot = -1;
        outcomes.ended(a, Outcome.LOST);
      }
    }
    busy = 0;
    busyAverage.update(now, 0);
    while (!queue.isEmpty()) {
      outcomes.ended(queue.pollFirst(), Outcome.LOST);
    }
    queueAverage.update(now, 0);
  }

  private void start(Attempt attempt) {
    int s = 0;
    while (slots[s] != null) {
      s++;
    }
    slots[s] = attempt;
    attempt.slot = s;
    busy++;
    busyAverage.update(simulation.now(), busy);
    attempt.completionHandle =
        simulation.schedule(attempt.request.demand, () -> complete(attempt));
  }

  private void complete(Attempt attempt) {
    slots[attempt.slot] = null;
    attempt.slot = -1;
    attempt.completionHandle = Attempt.NONE;
    busy--;
    busyAverage.update(simulation.now(), busy);
    outcomes.ended(attempt, Outcome.SUCCESS);
    if (up && !queue.isEmpty() && busy < slots.length) {
      start(queue.pollFirst());
      queueAverage.update(simulation.now(), queue.size());
    }
  }

  /** Mean share of the workers busy over [warm-up, until]. */
  double utilization(double until) {
    return busyAverage.average(until) / slots.length;
  }

  /** Mean number of requests waiting over [warm-up, until]. */
  double queueLength(double until) {
    return queueAverage.average(until);
  }

  /** Mean number of requests at the server, in service or waiting, over [warm-up, until]. */
  double inSystem(double until) {
    return busyAverage.average(until) + queueAverage.average(until);
  }

  int index() {
    return index;
  }
}
