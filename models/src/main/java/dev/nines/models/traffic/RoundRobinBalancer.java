package dev.nines.models.traffic;

/**
 * Round robin: cycles through the servers in index order, skipping ineligible ones. Each choice is
 * the first eligible server with an index greater than the last one chosen, wrapping round to the
 * lowest eligible index; the first choice is the lowest eligible index. Deterministic: it draws
 * nothing from a random stream. Found by binary search in the pool's sorted eligible list, so a
 * choice costs O(log count).
 */
final class RoundRobinBalancer implements Balancer {

  /** The server chosen last, -1 before the first choice. */
  private int last = -1;

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    if (count == 0) {
      return -1;
    }
    // The first position j whose server index is above last; count when there is none.
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pool.eligible(mid) > last) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    last = pool.eligible(lo == count ? 0 : lo);
    return last;
  }
}
