package dev.nines.models.traffic;

/**
 * The keys requests carry, for hash balancers: a cache key or a client address, one of
 * {@code count} keys {@code 0..count-1}, drawn uniformly ({@code zipf == 0}) or by popularity with
 * Zipf exponent {@code zipf} (key 0 the most popular).
 */
public record Keys(int count, double zipf) {

  /** Ten thousand equally likely keys. */
  public static final Keys DEFAULT = new Keys(10_000, 0);

  public Keys {
    if (count < 1) {
      throw new IllegalArgumentException("key count must be at least 1, got " + count);
    }
    if (!(zipf >= 0) || Double.isInfinite(zipf)) {
      throw new IllegalArgumentException("zipf exponent must be non-negative, got " + zipf);
    }
  }
}
