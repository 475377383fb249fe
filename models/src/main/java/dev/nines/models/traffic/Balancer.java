package dev.nines.models.traffic;

/**
 * A load-balancing strategy: picks the server for each request among the eligible ones. One
 * instance serves one replication; its random choices come from the stream it was made with.
 * Implementations are small classes, one per strategy, registered in {@link Balancers}.
 */
public interface Balancer {

  /**
   * The server for a request with key {@code key}, or -1 when no server is eligible.
   *
   * @param key the request's key in {@code 0..keys-1} (used by hash balancers only)
   */
  int choose(long key, Pool pool);

  /**
   * True when the choice depends only on the key and the eligible set (hash balancers): then the
   * share of keys that move when a server leaves is measured.
   */
  default boolean usesKeys() {
    return false;
  }
}
