package dev.nines.models.traffic;

import java.util.Arrays;

/**
 * The servers as the balancer sees them: which are eligible (kept as a sorted list, rebuilt when one
 * comes or goes, which is rare), their loads, and optionally one server excluded for a retry.
 */
final class ServerPool implements Pool {

  private final Server[] servers;
  private final boolean[] eligible;
  private final int[] list;
  private int count;
  private int excluded = -1;
  /** Position of the excluded server in the list, or -1 when it is not eligible or none is excluded. */
  private int excludedAt = -1;

  ServerPool(Server[] servers) {
    this.servers = servers;
    this.eligible = new boolean[servers.length];
    this.list = new int[servers.length];
    Arrays.fill(eligible, true);
    rebuild();
  }

  private ServerPool(boolean[] eligible) {
    this.servers = null;
    this.eligible = eligible.clone();
    this.list = new int[eligible.length];
    rebuild();
  }

  /** Marks server i eligible or not. */
  void set(int i, boolean isEligible) {
    if (eligible[i] != isEligible) {
      eligible[i] = isEligible;
      rebuild();
    }
  }

  /** Leaves server i out of the choice (-1: none) until the next call. */
  void exclude(int i) {
    excluded = i;
    excludedAt = i >= 0 && eligible[i] ? Arrays.binarySearch(list, 0, count, i) : -1;
  }

  /** A copy of the eligible set, with no loads, for measuring which keys move. */
  ServerPool snapshot() {
    return new ServerPool(eligible);
  }

  /** Number of eligible servers, exclusion aside. */
  int eligibleCount() {
    return count;
  }

  private void rebuild() {
    count = 0;
    for (int i = 0; i < eligible.length; i++) {
      if (eligible[i]) {
        list[count++] = i;
      }
    }
  }

  @Override
  public int size() {
    return eligible.length;
  }

  @Override
  public int count() {
    return excludedAt >= 0 ? count - 1 : count;
  }

  @Override
  public int eligible(int j) {
    return excludedAt >= 0 && j >= excludedAt ? list[j + 1] : list[j];
  }

  @Override
  public boolean isEligible(int i) {
    return eligible[i] && i != excluded;
  }

  @Override
  public int load(int i) {
    return servers == null ? 0 : servers[i].load();
  }
}
