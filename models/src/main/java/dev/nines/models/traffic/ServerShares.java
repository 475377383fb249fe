package dev.nines.models.traffic;

import dev.nines.simulator.random.RandomStreams;
import java.util.Arrays;

/**
 * Each server's long-run share of the arriving requests while all n servers are eligible (none
 * fails, no health detector removes one), so that the queueing formulas can judge stability and
 * load per server instead of on the mean load ρ = λE[S]/(nc): server i is offered
 * {@code share[i]·λ} requests per second.
 *
 * <ul>
 *   <li><b>random, round-robin, least-connections, power-of-d</b>: 1/n each, exactly. Random picks
 *       each server with probability 1/n. Round robin gives each server one of every n consecutive
 *       choices. Least connections and power-of-d choose by load alone and break ties uniformly at
 *       random; the servers are alike (same workers, queue and service law, the work drawn per
 *       request whatever the server) and start empty, so the whole run's law is unchanged by
 *       relabelling the servers, and every arrival goes to each server with probability 1/n.
 *   <li><b>weighted-round-robin</b>: w<sub>i</sub>/Σw. Smooth weighted round robin
 *       ({@link WeightedRoundRobinBalancer}) after m choices has given server i p<sub>i</sub>
 *       picks with current weight c<sub>i</sub> = m·w<sub>i</sub> − W·p<sub>i</sub> (W = Σw); the
 *       current weights sum to 0 and none falls to −W or below (the chosen one had the largest,
 *       at least W/n, before W was taken off it), so none reaches (n−1)W either, and
 *       |p<sub>i</sub> − m·w<sub>i</sub>/W| &lt; n − 1: the share is exact in the long run, and
 *       with integer weights exact over every W consecutive choices.
 *   <li><b>hash balancers</b> (consistent-hash, ip-hash): the popularity mass of the keys the actual
 *       balancer sends to server i, the balancer built as {@link TrafficSimulation} builds it in
 *       the replication (a consistent-hash ring is laid out from the replication's
 *       {@code traffic/balancer} stream, so the shares differ between replications:
 *       {@link #varyByReplication}). Key k of {@link Keys#count()} has the probability the
 *       simulation draws it with: 1/count for uniform keys, and for Zipf exponent s
 *       (k + 1)<sup>−s</sup>/H with H = Σ<sub>r=1..count</sub> r<sup>−s</sup> (key 0 is rank 1, as
 *       the simulation's rejection-inversion Zipf sampler draws ranks 1..count).
 * </ul>
 *
 * <p>Hash balancers are exact (up to rounding, about 1e-15 relative) when count ≤
 * {@link #MAX_KEYS}. Beyond it the first {@code MAX_KEYS} keys (for Zipf the most popular ones) are
 * mapped one by one and keep their exact mass; the rest of the mass (for Zipf H's tail, summed by
 * Euler–Maclaurin to about 1e-15 relative) is split among the servers in proportion to the number
 * of mapped keys each got, the share a key with a random hash has of landing there. That split is an
 * approximation (see {@link #isExact}): treating the hashes as random, its standard error on server
 * i's share is about τ·√(f(1−f)/MAX_KEYS) + √(f(1−f)·Σ<sub>tail</sub> p<sub>k</sub>²), with τ the
 * tail's mass and f the server's fraction of the mapped keys (for uniform keys, below 5e-4).
 *
 * <p>The shares count the balancer's choices among all n servers. A retry excludes the server it
 * came from, so in a scenario that retries dropped requests weighted round robin's choices, and a
 * hash balancer's retries, are split otherwise; first attempts of hash balancers are not.
 */
public final class ServerShares {

  /** At most this many keys are mapped one by one. */
  public static final int MAX_KEYS = 1 << 22;

  private ServerShares() {}

  /**
   * The share of the arriving requests each of the {@code n} servers gets, in the replication
   * driven by {@code streams}. The shares add up to 1. Costs one balancer choice per key for hash
   * balancers (at most {@link #MAX_KEYS}, a fraction of a second), nothing for the others.
   *
   * @param n the number of servers, {@code traffic.servers()}'s unit count
   * @param streams the replication's streams: only a consistent-hash ring is drawn from them
   *     ({@link #varyByReplication}); null will do for every other balancer
   * @throws IllegalArgumentException when n &lt; 1, or weights are given but not one per server
   */
  public static double[] of(Traffic traffic, int n, RandomStreams streams) {
    if (n < 1) {
      throw new IllegalArgumentException("server count must be at least 1, got " + n);
    }
    BalancerSpec spec = traffic.balancer();
    if (spec.hashesKeys()) {
      Balancer balancer = Balancers.create(spec, n, varyByReplication(spec)
          ? streams.stream(TrafficSimulation.BALANCER_STREAM) : null);
      return hashed(balancer, traffic.keys(), n);
    }
    if (!spec.weights().isEmpty() && spec.weights().size() != n) {
      throw new IllegalArgumentException("balancer weights must be one per server: got "
          + spec.weights().size() + " weights for " + n + " servers");
    }
    double[] shares = new double[n];
    if (spec.name().equals("weighted-round-robin") && !spec.weights().isEmpty()) {
      double total = 0;
      for (double w : spec.weights()) {
        total += w;
      }
      for (int i = 0; i < n; i++) {
        shares[i] = spec.weights().get(i) / total;
      }
    } else {
      Arrays.fill(shares, 1.0 / n);
    }
    return shares;
  }

  /**
   * True when the shares depend on the replication: consistent-hash, whose ring each replication
   * lays out afresh. The others' shares are the same in every replication.
   */
  public static boolean varyByReplication(BalancerSpec spec) {
    return spec.name().equals("consistent-hash");
  }

  /**
   * True when {@link #of} is exact (to rounding): always, except for a hash balancer with more
   * than {@link #MAX_KEYS} keys, whose tail beyond them is split approximately.
   */
  public static boolean isExact(Traffic traffic) {
    return !traffic.balancer().hashesKeys() || traffic.keys().count() <= MAX_KEYS;
  }

  /** Maps the keys through the balancer and adds up their probabilities per server. */
  private static double[] hashed(Balancer balancer, Keys keys, int n) {
    Pool all = new AllEligible(n);
    int mapped = Math.min(keys.count(), MAX_KEYS);
    double s = keys.zipf();
    // Per server: the mapped keys, and for Zipf their unnormalized weights (k + 1)^-s.
    long[] counts = new long[n];
    Sum[] weights = new Sum[n];
    for (int i = 0; i < n; i++) {
      weights[i] = new Sum();
    }
    for (int k = 0; k < mapped; k++) {
      int server = balancer.choose(k, all);
      counts[server]++;
      if (s > 0) {
        weights[server].add(Math.pow(k + 1, -s));
      }
    }
    double[] shares = new double[n];
    long rest = (long) keys.count() - mapped;
    if (s == 0) {
      // Uniform: key counts over count; the rest split as the mapped keys are.
      for (int i = 0; i < n; i++) {
        shares[i] = counts[i] / (double) keys.count()
            + (double) rest / keys.count() * counts[i] / mapped;
      }
      return shares;
    }
    Sum head = new Sum();
    for (Sum w : weights) {
      head.add(w.value());
    }
    double tail = rest == 0 ? 0 : zipfTail(mapped + 1, keys.count(), s);
    double total = head.value() + tail;
    for (int i = 0; i < n; i++) {
      shares[i] = (weights[i].value() + tail * counts[i] / mapped) / total;
    }
    return shares;
  }

  /**
   * Σ_{r=a..b} r^-s (1 ≤ a ≤ b, s &gt; 0) by Euler–Maclaurin: the integral, the end points' half
   * terms, and the B₂ and B₄ corrections. The remainder is below (s+5)⁶·a^(−s−5)/30240: with a
   * above a million, below 1e-25 of the first term a^-s for any s up to 100.
   */
  static double zipfTail(long a, long b, double s) {
    double la = Math.log(a);
    double span = Math.log(b) - la;
    // ∫_a^b x^-s dx = a^(1-s)·(exp((1-s)·ln(b/a)) - 1)/(1-s), without cancellation near s = 1.
    double x = (1 - s) * span;
    double integral = Math.exp((1 - s) * la) * span * (x == 0 ? 1 : Math.expm1(x) / x);
    double fa = Math.pow(a, -s);
    double fb = Math.pow(b, -s);
    double d1a = -s * fa / a;
    double d1b = -s * fb / b;
    double d3a = -s * (s + 1) * (s + 2) * fa / ((double) a * a * a);
    double d3b = -s * (s + 1) * (s + 2) * fb / ((double) b * b * b);
    return integral + (fa + fb) / 2 + (d1b - d1a) / 12 - (d3b - d3a) / 720;
  }

  /** Neumaier's compensated sum: millions of terms of very different sizes. */
  private static final class Sum {
    private double sum;
    private double compensation;

    void add(double x) {
      double t = sum + x;
      compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
      sum = t;
    }

    double value() {
      return sum + compensation;
    }
  }

  /** n servers, all eligible, none loaded: what the balancer sees when no server is out. */
  private record AllEligible(int size) implements Pool {
    @Override
    public int count() {
      return size;
    }

    @Override
    public int eligible(int j) {
      return j;
    }

    @Override
    public boolean isEligible(int i) {
      return i >= 0 && i < size;
    }

    @Override
    public int load(int i) {
      return 0;
    }
  }
}
