package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rare-event tests share: a method's replications, and the paired check that a method's
 * estimate and its own plain trajectory agree.
 */
final class RareRuns {

  private RareRuns() {}

  /** One replication of a rare-event method: importance sampling's or splitting's. */
  interface Replicate {
    WeightedReplication run(long seed, int replication, double horizon, double warmup);
  }

  /** Replications 0..n−1 of the seed. */
  static List<WeightedReplication> runs(Replicate method, long seed, int n, double horizon,
      double warmup) {
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      list.add(method.run(seed, r, horizon, warmup));
    }
    return list;
  }

  /**
   * Over replications 0..n−1, the method's estimate minus its own plain trajectory's down time
   * (and failures), paired, averages to 0 within four standard errors: both are unbiased for the
   * same replication, where failures are frequent enough for the plain one to see them.
   */
  static void assertWeightedMatchesPlain(Replicate method, long seed, int n, double horizon,
      double warmup, String what) {
    double[] down = new double[n];
    double[] failures = new double[n];
    for (int r = 0; r < n; r++) {
      WeightedReplication w = method.run(seed, r, horizon, warmup);
      down[r] = w.downTime() - w.plainDownTime();
      failures[r] = w.failures() - w.plainFailures();
    }
    assertMeanZero(down, what + "down time");
    assertMeanZero(failures, what + "failures");
  }

  /** The mean of the differences is within four of its standard errors of 0. */
  static void assertMeanZero(double[] d, String what) {
    double sum = 0;
    double squares = 0;
    for (double x : d) {
      sum += x;
      squares += x * x;
    }
    double n = d.length;
    double mean = sum / n;
    double se = Math.sqrt((squares / n - mean * mean) / (n - 1));
    assertTrue(se > 0 && Math.abs(mean) < 4 * se, what + ": " + mean + " ± " + se);
  }
}
