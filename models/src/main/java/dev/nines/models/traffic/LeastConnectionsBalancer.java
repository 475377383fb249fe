package dev.nines.models.traffic;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Least connections (join the shortest queue): the eligible server holding the fewest requests
 * ({@link Pool#load(int)}: in service plus waiting). When several tie for the least, one of them is
 * chosen uniformly at random, by reservoir sampling in the same single pass over the eligible
 * servers: the t-th tied server seen replaces the choice with probability 1/t (one draw per tie
 * after the first).
 */
final class LeastConnectionsBalancer implements Balancer {

  private final UniformRandomProvider random;

  LeastConnectionsBalancer(UniformRandomProvider random) {
    this.random = random;
  }

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    if (count == 0) {
      return -1;
    }
    int best = pool.eligible(0);
    int least = pool.load(best);
    int tied = 1;
    for (int j = 1; j < count; j++) {
      int i = pool.eligible(j);
      int load = pool.load(i);
      if (load < least) {
        best = i;
        least = load;
        tied = 1;
      } else if (load == least && random.nextInt(++tied) == 0) {
        best = i;
      }
    }
    return best;
  }
}
