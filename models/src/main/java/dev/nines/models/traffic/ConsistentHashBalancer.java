package dev.nines.models.traffic;

import java.util.Arrays;

/**
 * Consistent hashing on a ring of 64-bit positions. Each server {@code s} owns
 * {@code virtualNodes} points, point {@code v} at {@code mix(mix(RING_SALT ^ s) + v * GOLDEN)}
 * ({@link Balancers#mix}, the SplitMix64 finaliser), kept sorted (signed order) in a {@code long[]}
 * with the owners in a parallel {@code int[]}. A key hashes to {@code mix(key ^ KEY_SALT)} and goes
 * to the owner of the first point at or after that position, wrapping round past the end; when that
 * owner is not eligible it walks on clockwise to the next point whose owner is. So a server that
 * leaves gives up only its own keys, each to the next eligible server along the ring, and every other
 * key stays where it was. Deterministic given the ring's salt: the choice draws nothing. A choice costs
 * a binary search plus the walk past ineligible owners.
 */
final class ConsistentHashBalancer implements Balancer {

  private static final long RING_SALT = 0x243F6A8885A308D3L;
  private static final long KEY_SALT = 0x13198A2E03707344L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long[] ring;
  private final int[] owner;

  /**
   * @param servers the number of servers of the pools it will be given
   * @param virtualNodes points per server on the ring (at least 1)
   */
  ConsistentHashBalancer(int servers, int virtualNodes) {
    this(servers, virtualNodes, RING_SALT);
  }

  /**
   * A ring laid out by {@code salt}: in a simulation the salt is drawn per replication, as the hash
   * of real server names would place them anywhere, so figures such as the share of keys a server
   * owns vary between replications around their expectation (1/n) instead of being one fixed ring's.
   */
  ConsistentHashBalancer(int servers, int virtualNodes, long salt) {
    if (virtualNodes < 1) {
      throw new IllegalArgumentException("virtual nodes must be at least 1, got " + virtualNodes);
    }
    int n = Math.multiplyExact(servers, virtualNodes);
    long[] positions = new long[n];
    int[] owners = new int[n];
    for (int s = 0, p = 0; s < servers; s++) {
      long base = Balancers.mix(salt ^ s);
      for (int v = 0; v < virtualNodes; v++, p++) {
        positions[p] = Balancers.mix(base + v * GOLDEN);
        owners[p] = s;
      }
    }
    // Sort the points by position (ties, which are all but impossible, by owner).
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> positions[a] != positions[b]
        ? Long.compare(positions[a], positions[b]) : Integer.compare(owners[a], owners[b]));
    this.ring = new long[n];
    this.owner = new int[n];
    for (int p = 0; p < n; p++) {
      ring[p] = positions[order[p]];
      owner[p] = owners[order[p]];
    }
  }

  @Override
  public int choose(long key, Pool pool) {
    if (pool.count() == 0 || ring.length == 0) {
      return -1;
    }
    long h = Balancers.mix(key ^ KEY_SALT);
    // The first point at or after h.
    int lo = 0;
    int hi = ring.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ring[mid] < h) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int step = 0; step < ring.length; step++) {
      int p = lo + step;
      if (p >= ring.length) {
        p -= ring.length;
      }
      if (pool.isEligible(owner[p])) {
        return owner[p];
      }
    }
    return -1;
  }

  @Override
  public boolean usesKeys() {
    return true;
  }
}
