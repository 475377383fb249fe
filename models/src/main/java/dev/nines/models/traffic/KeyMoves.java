package dev.nines.models.traffic;

/** How many keys a change of the eligible servers moves, for hash balancers. */
public final class KeyMoves {

  /** At most this many keys are compared. */
  public static final int MAX_KEYS = 100_000;

  private KeyMoves() {}

  /**
   * The share of the keys {@code 0..min(keys, MAX_KEYS)-1} that {@code balancer} sends to a
   * different server with the eligible set {@code after} than with {@code before} (a key with no
   * server on one side and a server on the other counts as moved). Meaningful only for a balancer
   * whose choice depends on the key and the eligible set alone ({@link Balancer#usesKeys()}); such a
   * balancer draws nothing from its stream, so measuring does not disturb a run. For consistent
   * hashing, when one server leaves, this is the share of keys that server held; for modulo hashing
   * it is most keys.
   *
   * @throws IllegalArgumentException when the balancer does not use keys, or {@code keys < 1}
   */
  public static double share(Balancer balancer, int keys, Pool before, Pool after) {
    if (!balancer.usesKeys()) {
      throw new IllegalArgumentException("key moves are measured only for hash balancers");
    }
    if (keys < 1) {
      throw new IllegalArgumentException("key count must be at least 1, got " + keys);
    }
    int n = Math.min(keys, MAX_KEYS);
    int moved = 0;
    for (int k = 0; k < n; k++) {
      if (balancer.choose(k, before) != balancer.choose(k, after)) {
        moved++;
      }
    }
    return (double) moved / n;
  }
}
