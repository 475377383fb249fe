package dev.nines.models.rare;

/**
 * How far a Markov group is from losing {@code need} more units: the sum of the {@code need}
 * smallest distances to down ({@link MarkovLaw#distance}, in moves) among its up units. A unit in
 * its best state of an up → degraded → down chain counts 2, a degraded one 1, where a renewal
 * unit counts 1 for its one failure. Each move changes a unit's distance by at most one, so the
 * sum falls by at most one per move and splitting's levels are met one at a time; a unit whose states never
 * lead down counts as out of reach.
 */
final class MarkovDistance {

  /** The distance of a state from which no move leads down: beyond any level. */
  static final int UNREACHABLE = 1 << 20;

  private MarkovDistance() {}

  static int of(SystemState s, int group, int need) {
    if (need == 0) {
      return 0;
    }
    Layout layout = s.layout;
    MarkovLaw law = layout.markov[group];
    int first = layout.firstUnit[group];
    int count = layout.groupCount[group];
    if (first < 0) {
      return UNREACHABLE;
    }
    int[] d = new int[count];
    int up = 0;
    for (int u = first; u < first + count; u++) {
      if (s.status[u] == SystemState.UP) {
        d[up++] = Math.min(UNREACHABLE, law.distance[s.markov.state[u]]);
      }
    }
    java.util.Arrays.sort(d, 0, up);
    long sum = 0;
    for (int i = 0; i < Math.min(need, up); i++) {
      sum += d[i];
    }
    return (int) Math.min(UNREACHABLE, sum);
  }
}
