package dev.nines.models.rare;

import java.util.Arrays;

/**
 * Which unit a forced failure picks ({@link Biasing}), over one window of a branch: each up unit i
 * can fail in the window with probability p_i ({@link #set}), and is picked with probability β_i, a
 * mixture of its share of Σ p_j and an equal share among the units with p_j > 0 ({@code balance});
 * with {@link Biasing#closest} c > 0, c of the choice goes instead to the units whose failure would
 * bring the system closest to a minimal cut ({@link #steer}), by their share of p. Any β with
 * β_i > 0 wherever p_i > 0 keeps the branch's likelihood ratio exact; the branch weighs the pick by
 * p_i/β_i.
 */
final class ForcedChoice {

  private final Layout layout;
  private final Biasing biasing;
  /** Per unit: its probability of failing in the window (0 for a unit that is down). */
  private final double[] chance;
  private double chanceSum;
  private int able;
  /** Per unit: its failure would bring the system closest to a cut; Σ p_i over those units. */
  private final boolean[] nearest;
  private double nearestSum;
  /** Per unit: the distance to the closest cut after its failure; per model group, a cache. */
  private final int[] after;
  private final int[] groupAfter;

  ForcedChoice(Layout layout, Biasing biasing) {
    this.layout = layout;
    this.biasing = biasing;
    this.chance = new double[layout.units()];
    this.nearest = new boolean[layout.units()];
    this.after = new int[layout.units()];
    this.groupAfter = new int[layout.groupCount.length];
  }

  /** Starts a window: no unit can fail yet. */
  void clear() {
    chanceSum = 0;
    able = 0;
  }

  /** Unit i fails in the window with probability p (0 when it is down or cannot fail). */
  void set(int unit, double p) {
    chance[unit] = p;
    if (p > 0) {
      chanceSum += p;
      able++;
    }
  }

  /** The unit's probability of failing in the window, p_i. */
  double chance(int unit) {
    return chance[unit];
  }

  /**
   * Marks the units with p_i > 0 whose failure would leave the system closest to a minimal cut
   * ({@link UpFunction#distanceIfFails}), when {@link Biasing#closest} asks for it. Units of a
   * group outside standbys, renewal units all, count alike, so their group is evaluated once.
   */
  void steer(SystemState s) {
    if (biasing.closest() == 0) {
      return;
    }
    Arrays.fill(groupAfter, -1);
    int least = Integer.MAX_VALUE;
    for (int u = 0; u < chance.length; u++) {
      if (chance[u] > 0) {
        after[u] = distanceIfFails(s, u);
        least = Math.min(least, after[u]);
      }
    }
    nearestSum = 0;
    for (int u = 0; u < chance.length; u++) {
      nearest[u] = chance[u] > 0 && after[u] == least;
      if (nearest[u]) {
        nearestSum += chance[u];
      }
    }
  }

  private int distanceIfFails(SystemState s, int unit) {
    int g = layout.groupOf[unit];
    if (layout.standbyOf[unit] >= 0 || layout.markov[g] != null) {
      return layout.up.distanceIfFails(s, unit);
    }
    if (groupAfter[g] < 0) {
      groupAfter[g] = layout.up.distanceIfFails(s, unit);
    }
    return groupAfter[g];
  }

  /** β_i, the probability that a forced failure picks unit i ({@link #steer} first). */
  double probability(int unit) {
    double balance = biasing.balance();
    double mixture = (1 - balance) * chance[unit] / chanceSum + balance / able;
    double c = biasing.closest();
    if (c == 0) {
      return mixture;
    }
    return c * (nearest[unit] ? chance[unit] / nearestSum : 0) + (1 - c) * mixture;
  }

  /** The unit a forced failure picks, for a uniform draw {@code target} in [0, 1). */
  int pick(double target) {
    int last = -1;
    double cumulative = 0;
    for (int u = 0; u < chance.length; u++) {
      if (chance[u] > 0) {
        cumulative += probability(u);
        last = u;
        if (target < cumulative) {
          return u;
        }
      }
    }
    return last; // rounding left the target at the top
  }
}
