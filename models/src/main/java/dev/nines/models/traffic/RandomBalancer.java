package dev.nines.models.traffic;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Random: each request goes to one of the eligible servers, each with probability 1/count,
 * independently of loads and of earlier choices. One draw from the stream per choice.
 */
final class RandomBalancer implements Balancer {

  private final UniformRandomProvider random;

  RandomBalancer(UniformRandomProvider random) {
    this.random = random;
  }

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    return count == 0 ? -1 : pool.eligible(random.nextInt(count));
  }
}
