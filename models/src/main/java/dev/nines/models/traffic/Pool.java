package dev.nines.models.traffic;

/**
 * What a balancer sees of the servers: {@link #size()} servers {@code 0..size-1}, of which
 * {@link #count()} are eligible (trusted by the health detector, and not excluded for a retry),
 * listed in increasing index order by {@link #eligible(int)}, and how many requests each holds.
 */
public interface Pool {

  /** Number of servers, eligible or not. */
  int size();

  /** Number of eligible servers. */
  int count();

  /** The index of the j-th eligible server, in increasing index order, for 0 ≤ j < count(). */
  int eligible(int j);

  /** Whether server i may be chosen. */
  boolean isEligible(int i);

  /** Requests at server i: in service plus waiting. */
  int load(int i);
}
