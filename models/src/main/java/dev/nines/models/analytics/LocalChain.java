package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.CrewLineChain;
import dev.nines.models.MarkovChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lumped states of one part of the system chain: a group, or the groups a shared crew couples.
 * Identical units are exchangeable, so a group of exponential units is just "how many are down"
 * (n + 1 states, not 2^n), and a group of Markov units is "how many units are in each chain state".
 * A crew shared by several groups serves them in failure order, so there the state is the crew's
 * line: the groups of the units in repair (a multiset) and of those waiting (in order).
 */
final class LocalChain {

  /** A transition between two local states. */
  record Move(int from, int to, double rate) {}

  /** Largest line of a shared crew that is enumerated. */
  static final int SHARED_CREW_LIMIT = 100_000;

  final List<String> groups;
  final int[] units;
  /** unitsUp[state][g]: units of the g-th group up in that state. */
  final int[][] unitsUp;
  final List<Move> moves;
  final int initial;
  /** For units repaired by a crew or at once: the units down per state (all groups), else null. */
  final int[] down;
  /** Rate at which units fail per state (all groups), where {@link #down} is known. */
  final double[] failureRate;

  private LocalChain(List<String> groups, int[] units, int[][] unitsUp, List<Move> moves,
      int initial, int[] down, double[] failureRate) {
    this.groups = List.copyOf(groups);
    this.units = units;
    this.unitsUp = unitsUp;
    this.moves = List.copyOf(moves);
    this.initial = initial;
    this.down = down;
    this.failureRate = failureRate;
  }

  int size() {
    return unitsUp.length;
  }

  /** A group that never fails: one state, all up. */
  static LocalChain never(ComponentGroup g) {
    return new LocalChain(List.of(g.name()), new int[] {g.count()}, new int[][] {{g.count()}},
        List.of(), 0, new int[] {0}, new double[] {0});
  }

  /**
   * Exponential failure and repair: local state k = units down. Failures at (n - k)λ; repairs at
   * min(k, repairers)·μ, where repairers is the crew's size, or n when every unit is repaired at once.
   */
  static LocalChain exponential(ComponentGroup g, int repairers) {
    int n = g.count();
    double lambda = 1 / g.failure().mean();
    double mu = 1 / g.repair().mean();
    int[][] up = new int[n + 1][];
    int[] down = new int[n + 1];
    double[] failing = new double[n + 1];
    List<Move> moves = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      up[k] = new int[] {n - k};
      down[k] = k;
      failing[k] = (n - k) * lambda;
      if (k < n) {
        moves.add(new Move(k, k + 1, (n - k) * lambda));
      }
      if (k > 0) {
        moves.add(new Move(k, k - 1, Math.min(k, repairers) * mu));
      }
    }
    return new LocalChain(List.of(g.name()), new int[] {n}, up, moves, 0, down, failing);
  }

  /**
   * Exponential groups sharing a crew of {@code repairers}, served in failure order. A state is the
   * crew's line of down units by group: the first min(length, repairers) are in repair (kept sorted,
   * since their order no longer matters), the rest wait in order. Enumerated from all up.
   *
   * @throws IllegalArgumentException when the line needs more than {@link #SHARED_CREW_LIMIT} states
   */
  static LocalChain sharedCrew(List<ComponentGroup> served, int repairers, String crew) {
    int m = served.size();
    CrewLineChain chain = CrewLineChain.enumerate(served, repairers, SHARED_CREW_LIMIT);
    if (chain == null) {
      throw new IllegalArgumentException("no exact CTMC: the line of crew " + crew
          + " needs more than " + SHARED_CREW_LIMIT + " states");
    }
    List<int[]> lines = chain.lines();
    List<Move> moves = chain.moves().stream()
        .map(move -> new Move(move.from(), move.to(), move.rate())).toList();
    int[] n = new int[m];
    double[] lambda = new double[m];
    for (int i = 0; i < m; i++) {
      n[i] = served.get(i).count();
      lambda[i] = 1 / served.get(i).failure().mean();
    }
    int[][] up = new int[lines.size()][];
    int[] totalDown = new int[lines.size()];
    double[] failing = new double[lines.size()];
    for (int s = 0; s < lines.size(); s++) {
      int[] down = CrewLineChain.countDown(lines.get(s), m);
      up[s] = new int[m];
      for (int i = 0; i < m; i++) {
        up[s][i] = n[i] - down[i];
        failing[s] += up[s][i] * lambda[i];
      }
      totalDown[s] = lines.get(s).length;
    }
    List<String> names = served.stream().map(ComponentGroup::name).toList();
    return new LocalChain(names, n, up, moves, 0, totalDown, failing);
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
    int[][] up = new int[occupancies.size()][1];
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < occupancies.size(); i++) {
      int[] occ = occupancies.get(i);
      for (int s = 0; s < m; s++) {
        if (chain.isUp(names.get(s))) {
          up[i][0] += occ[s];
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
    return new LocalChain(List.of(g.name()), new int[] {n}, up, moves,
        index.get(Arrays.toString(start)), null, null);
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
