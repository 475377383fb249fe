package dev.nines.simulator.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named random streams for one replication (DESIGN.md §2). The stream called {@code app[2]/failure}
 * is seeded from (scenario seed, replication index, that name) alone, so adding a component, or
 * drawing more from another stream, never changes what this stream draws: variants of a scenario see
 * the same failures (common random numbers), and replications are independent of the thread that
 * runs them.
 */
public final class RandomStreams {

  private final long seed;
  private final int replication;

  public RandomStreams(long seed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must be non-negative, got " + replication);
    }
    this.seed = seed;
    this.replication = replication;
  }

  public long seed() {
    return seed;
  }

  public int replication() {
    return replication;
  }

  /** A new generator for the named stream; the same name always gives the same sequence. */
  public UniformRandomProvider stream(String name) {
    long state = mix(seed ^ 0x6A09E667F3BCC909L);
    state = mix(state ^ replication);
    state = mix(state ^ fnv1a(name));
    long[] key = new long[4];
    for (int i = 0; i < key.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      key[i] = mix(state);
    }
    return RandomSource.XO_SHI_RO_256_PP.create(key);
  }

  /** FNV-1a over the UTF-8 bytes of the name: stable across JVMs, unlike String.hashCode's spread. */
  private static long fnv1a(String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
