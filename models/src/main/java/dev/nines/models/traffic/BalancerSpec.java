package dev.nines.models.traffic;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which balancer, with its options: {@code d} for power-of-d (2 for power-of-two), {@code weights}
 * for weighted-round-robin (one per server; empty means equal), {@code virtualNodes} per server on
 * a consistent-hash ring.
 */
public record BalancerSpec(String name, int d, List<Double> weights, int virtualNodes) {

  /** Every balancer name, as written in scenarios and on the command line. */
  public static final List<String> NAMES = List.of("random", "round-robin",
      "weighted-round-robin", "least-connections", "power-of-two", "power-of-d",
      "consistent-hash", "ip-hash");

  public static final int DEFAULT_VIRTUAL_NODES = 100;

  private static final Pattern POWER_OF = Pattern.compile("power-of-(\\d{1,4})");

  public BalancerSpec {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("unknown balancer '" + name + "'");
    }
    if (name.equals("power-of-two") && d != 2) {
      throw new IllegalArgumentException("power-of-two samples d = 2 servers, got d = " + d);
    }
    if (d < 1) {
      throw new IllegalArgumentException("d must be at least 1, got " + d);
    }
    weights = List.copyOf(weights);
    for (double w : weights) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be positive and finite, got " + w);
      }
    }
    if (virtualNodes < 1) {
      throw new IllegalArgumentException("virtual nodes must be at least 1, got " + virtualNodes);
    }
  }

  /**
   * The balancer named {@code text} with default options: one of {@link #NAMES}, or
   * {@code power-of-N} as a shorthand for power-of-d with d = N.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static BalancerSpec named(String text) {
    Matcher m = POWER_OF.matcher(text);
    if (m.matches()) {
      return new BalancerSpec("power-of-d", Integer.parseInt(m.group(1)), List.of(),
          DEFAULT_VIRTUAL_NODES);
    }
    return new BalancerSpec(text, 2, List.of(), DEFAULT_VIRTUAL_NODES);
  }

  /** The same options under another balancer's name (for {@code nines compare}). */
  public BalancerSpec withName(String text) {
    BalancerSpec other = named(text);
    int dd = other.name.equals("power-of-d") && POWER_OF.matcher(text).matches() ? other.d
        : other.name.equals("power-of-d") ? d : 2;
    return new BalancerSpec(other.name, dd, weights, virtualNodes);
  }

  /** True for the balancers that send by the request's key (consistent-hash, ip-hash). */
  public boolean hashesKeys() {
    return name.equals("consistent-hash") || name.equals("ip-hash");
  }

  /** True when weighted-round-robin has unequal weights, so some servers get more requests. */
  public boolean weighsUnequally() {
    return name.equals("weighted-round-robin") && weights.stream().distinct().count() > 1;
  }

  /** True for round-robin, and weighted-round-robin with equal weights (the same thing). */
  public boolean isRoundRobin() {
    return name.equals("round-robin")
        || name.equals("weighted-round-robin") && !weighsUnequally();
  }

  /** True when every server is treated alike: no hashing, no unequal weights. */
  public boolean treatsServersAlike() {
    return !hashesKeys() && !weighsUnequally();
  }

  /** The name to show: {@code power-of-3} for power-of-d with d = 3, else the name. */
  public String label() {
    return name.equals("power-of-d") ? "power-of-" + d : name;
  }
}
