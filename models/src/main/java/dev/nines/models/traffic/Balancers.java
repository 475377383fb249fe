package dev.nines.models.traffic;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Makes the balancer a {@link BalancerSpec} names. Each strategy is one small class; adding one is a
 * new class and one line in {@link #REGISTRY} (and its name in {@link BalancerSpec#NAMES}).
 */
public final class Balancers {

  /** Makes one balancer for {@code servers} servers, drawing from {@code random} if it needs to. */
  @FunctionalInterface
  private interface Factory {
    Balancer make(BalancerSpec spec, int servers, UniformRandomProvider random);
  }

  private static final Map<String, Factory> REGISTRY = Map.of(
      "random", (s, n, r) -> new RandomBalancer(r),
      "round-robin", (s, n, r) -> new RoundRobinBalancer(),
      "weighted-round-robin", (s, n, r) -> new WeightedRoundRobinBalancer(s.weights(), n),
      "least-connections", (s, n, r) -> new LeastConnectionsBalancer(r),
      "power-of-two", (s, n, r) -> new PowerOfDBalancer(s.d(), n, r),
      "power-of-d", (s, n, r) -> new PowerOfDBalancer(s.d(), n, r),
      "consistent-hash", (s, n, r) -> new ConsistentHashBalancer(n, s.virtualNodes(), r.nextLong()),
      "ip-hash", (s, n, r) -> new IpHashBalancer());

  private Balancers() {}

  /**
   * A new balancer of the kind {@code spec} names, for a pool of {@code servers} servers (the pools
   * it is given must have that {@link Pool#size()}). Balancers that choose at random draw only from
   * {@code random}; consistent-hash draws its ring's layout from it once; the others never touch
   * it.
   *
   * @throws IllegalArgumentException when {@code servers} is negative, when weights are given but
   *     not one per server, or for a name no balancer is registered under
   */
  public static Balancer create(BalancerSpec spec, int servers, UniformRandomProvider random) {
    if (servers < 0) {
      throw new IllegalArgumentException("server count must be non-negative, got " + servers);
    }
    if (!spec.weights().isEmpty() && spec.weights().size() != servers) {
      throw new IllegalArgumentException("balancer weights must be one per server: got "
          + spec.weights().size() + " weights for " + servers + " servers");
    }
    Factory factory = REGISTRY.get(spec.name());
    if (factory == null) {
      throw new IllegalArgumentException("no balancer registered as '" + spec.name() + "'");
    }
    return factory.make(spec, servers, random);
  }

  /**
   * The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche, for the hash balancers
   * (stable across JVMs, unlike {@code hashCode}).
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
