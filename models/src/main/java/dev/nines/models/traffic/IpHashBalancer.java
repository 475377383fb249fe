package dev.nines.models.traffic;

/**
 * IP hash: sticky by modulo. A key hashes to {@code h = mix(key ^ SALT)} ({@link Balancers#mix})
 * and goes to the eligible server at position {@code h mod count} (unsigned) in the pool's sorted
 * eligible list. The same key goes to the same server as long as the eligible set is unchanged; but
 * when a server leaves or comes back the modulus changes and most keys move, not only the ones of
 * that server (the contrast to {@link ConsistentHashBalancer}). Deterministic: no random stream.
 */
final class IpHashBalancer implements Balancer {

  private static final long SALT = 0x452821E638D01377L;

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    if (count == 0) {
      return -1;
    }
    long h = Balancers.mix(key ^ SALT);
    return pool.eligible((int) Long.remainderUnsigned(h, count));
  }

  @Override
  public boolean usesKeys() {
    return true;
  }
}
