package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lumped states of one group in the system chain. Identical units are exchangeable, so a group
 * of exponential units is just "how many are down" (n + 1 states, not 2^n), and a group of Markov
 * units is "how many units are in each chain state". Each local state knows how many of its units are
 * up; the local transitions carry their total rates.
 */
final class LocalChain {

  /** A transition between two local states. */
  record Move(int from, int to, double rate) {}

  final String group;
  final int units;
  final int[] unitsUp;
  final List<Move> moves;
  final int initial;
  /** For exponential groups: the number down in each local state (for crew figures), else null. */
  final int[] down;

  private LocalChain(String group, int units, int[] unitsUp, List<Move> moves, int initial,
      int[] down) {
    this.group = group;
    this.units = units;
    this.unitsUp = unitsUp;
    this.moves = moves;
    this.initial = initial;
    this.down = down;
  }

  int size() {
    return unitsUp.length;
  }

  /** A group that never fails: one state, all up. */
  static LocalChain never(ComponentGroup g) {
    return new LocalChain(g.name(), g.count(), new int[] {g.count()}, List.of(), 0, new int[] {0});
  }

  /**
   * Exponential failure and repair: local state k = units down. Failures at (n - k)λ; repairs at
   * min(k, repairers)·μ, where repairers is the crew's size, or n when every unit is repaired at once.
   */
  static LocalChain exponential(ComponentGroup g, int repairers) {
    int n = g.count();
    double lambda = 1 / g.failure().mean();
    double mu = 1 / g.repair().mean();
    int[] up = new int[n + 1];
    int[] down = new int[n + 1];
    List<Move> moves = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      up[k] = n - k;
      down[k] = k;
      if (k < n) {
        moves.add(new Move(k, k + 1, (n - k) * lambda));
      }
      if (k > 0) {
        moves.add(new Move(k, k - 1, Math.min(k, repairers) * mu));
      }
    }
    return new LocalChain(g.name(), n, up, List.copyOf(moves), 0, down);
  }

  /** Markov units: local state = occupancy, how many of the n units are in each chain state. */
  static LocalChain markov(ComponentGroup g) {
    MarkovChain chain = g.markov();
    List<String> names = chain.stateNames();
    int m = names.size();
    int n = g.count();
    List<int[]> occupancies = new ArrayList<>();
    enumerate(new int[m], 0, n, occupancies);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < occupancies.size(); i++) {
      index.put(Arrays.toString(occupancies.get(i)), i);
    }
    int[] up = new int[occupancies.size()];
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < occupancies.size(); i++) {
      int[] occ = occupancies.get(i);
      for (int s = 0; s < m; s++) {
        if (chain.isUp(names.get(s))) {
          up[i] += occ[s];
        }
      }
      for (MarkovChain.Transition t : chain.transitions()) {
        int from = chain.index(t.from());
        int to = chain.index(t.to());
        if (occ[from] > 0) {
          int[] next = occ.clone();
          next[from]--;
          next[to]++;
          moves.add(new Move(i, index.get(Arrays.toString(next)), occ[from] * t.rate()));
        }
      }
    }
    int[] start = new int[m];
    start[chain.index(chain.initial())] = n;
    return new LocalChain(g.name(), n, up, List.copyOf(moves), index.get(Arrays.toString(start)),
        null);
  }

  /** Number of local states a Markov group needs: C(n + m - 1, m - 1), as a double for limits. */
  static double markovSize(int units, int chainStates) {
    double size = 1;
    for (int i = 1; i < chainStates; i++) {
      size = size * (units + i) / i;
    }
    return size;
  }

  private static void enumerate(int[] occ, int position, int left, List<int[]> out) {
    if (position == occ.length - 1) {
      occ[position] = left;
      out.add(occ.clone());
      return;
    }
    for (int k = left; k >= 0; k--) {
      occ[position] = k;
      enumerate(occ, position + 1, left - k, out);
    }
  }
}
