package dev.nines.models.traffic;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Power of d choices: samples min(d, count) distinct eligible servers uniformly at random and sends
 * the request to the one holding the fewest requests ({@link Pool#load(int)}). Ties among the sampled
 * servers are broken uniformly at random: the sample comes out in uniformly random order, so taking
 * the first least-loaded one in that order is a uniform pick among the tied. With d = 2 it is the
 * classic power of two choices; with d ≥ count it is least connections.
 *
 * <p>The sample is a partial Fisher–Yates shuffle of the positions {@code 0..count-1} in a reused
 * scratch array that is kept as the identity between calls (the swaps are undone afterwards), so a
 * choice costs O(d) time, min(d, count) draws and no allocation.
 */
final class PowerOfDBalancer implements Balancer {

  private final int d;
  private final UniformRandomProvider random;
  /** The identity permutation between calls; grown if a pool has more eligible servers. */
  private int[] positions;
  /** The swap partner of each sampling step, to undo it; min(d, positions.length) long. */
  private int[] swaps;

  /**
   * @param d how many servers to sample (at least 1)
   * @param servers the number of servers of the pools it will be given
   */
  PowerOfDBalancer(int d, int servers, UniformRandomProvider random) {
    if (d < 1) {
      throw new IllegalArgumentException("d must be at least 1, got " + d);
    }
    this.d = d;
    this.random = random;
    this.positions = identity(Math.max(servers, 0));
    this.swaps = new int[Math.min(d, positions.length)];
  }

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    if (count == 0) {
      return -1;
    }
    if (count > positions.length) {
      positions = identity(count);
      swaps = new int[Math.min(d, count)];
    }
    int m = Math.min(d, count);
    int best = -1;
    int least = Integer.MAX_VALUE;
    for (int k = 0; k < m; k++) {
      int r = k + random.nextInt(count - k);
      int picked = positions[r];
      positions[r] = positions[k];
      positions[k] = picked;
      swaps[k] = r;
      int i = pool.eligible(picked);
      int load = pool.load(i);
      if (best < 0 || load < least) {
        best = i;
        least = load;
      }
    }
    for (int k = m - 1; k >= 0; k--) {
      int r = swaps[k];
      int t = positions[r];
      positions[r] = positions[k];
      positions[k] = t;
    }
    return best;
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
