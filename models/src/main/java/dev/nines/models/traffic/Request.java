package dev.nines.models.traffic;

/**
 * One request, from its arrival to its last attempt: when it arrived, the work it needs (the same
 * on every attempt), its key, and how many times it was tried.
 */
final class Request {

  final double arrival;
  final double demand;
  final long key;
  int attempts;
  /** The server of the last attempt, which a retry avoids; -1 before the first. */
  int lastServer = -1;

  Request(double arrival, double demand, long key) {
    this.arrival = arrival;
    this.demand = demand;
    this.key = key;
  }
}
