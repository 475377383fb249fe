package dev.nines.models.traffic;

import java.util.Arrays;
import java.util.List;

/**
 * Smooth weighted round robin (the nginx algorithm). Each server has a weight and a current weight
 * (0 at first). On each choice every eligible server's current weight grows by its weight; the
 * eligible server with the largest current weight is chosen (ties: the lowest index), and the total
 * weight of the eligible servers is subtracted from its current weight. Ineligible servers' current
 * weights are left as they are. With integer weights and an unchanged eligible set, every run of
 * (sum of weights) consecutive choices gives each server exactly its weight in picks, spread out
 * rather than in bursts (weights 5, 1, 1 give a a b a c a a). Deterministic: no random stream.
 */
final class WeightedRoundRobinBalancer implements Balancer {

  private final double[] weight;
  private final double[] current;

  /**
   * @param weights one per server, or empty for equal weights (then it is plain round robin)
   * @param servers the number of servers of the pools it will be given
   */
  WeightedRoundRobinBalancer(List<Double> weights, int servers) {
    if (!weights.isEmpty() && weights.size() != servers) {
      throw new IllegalArgumentException("weights must be one per server: got " + weights.size()
          + " for " + servers + " servers");
    }
    this.weight = new double[servers];
    this.current = new double[servers];
    if (weights.isEmpty()) {
      Arrays.fill(weight, 1);
    } else {
      for (int i = 0; i < servers; i++) {
        weight[i] = weights.get(i);
      }
    }
  }

  @Override
  public int choose(long key, Pool pool) {
    int count = pool.count();
    if (count == 0) {
      return -1;
    }
    double total = 0;
    int best = -1;
    for (int j = 0; j < count; j++) {
      int i = pool.eligible(j);
      current[i] += weight[i];
      total += weight[i];
      // Eligible servers come in increasing index order, so a strict > keeps the lowest on ties.
      if (best < 0 || current[i] > current[best]) {
        best = i;
      }
    }
    current[best] -= total;
    return best;
  }
}
