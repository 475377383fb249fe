package dev.nines.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of a repair crew with fewer repairers than the exponential units it serves, as the
 * states and moves of a continuous-time Markov chain, enumerated from the empty line. A state is
 * the line of down units by group (the index of the group among those served): the first
 * min(length, repairers) are in repair, kept sorted since their order no longer matters, the rest
 * wait in failure order (FIFO). A group with d of its n units down fails into the line at
 * (n − d)·λ; each unit in repair leaves it at its group's μ. Units of a group are exchangeable and
 * exponential lives and repairs memoryless, so the line is all the state there is. The exact CTMC
 * ({@code analytics}) and the stationary start ({@code start}) both build on it.
 *
 * @param lines each state's line, in the order enumerated (state 0: the empty line)
 * @param moves the transitions between states, with their rates
 */
public record CrewLineChain(List<int[]> lines, List<Move> moves) {

  /** A transition between two states of the line. */
  public record Move(int from, int to, double rate) {}

  public CrewLineChain {
    lines = List.copyOf(lines);
    moves = List.copyOf(moves);
  }

  /**
   * The line's chain, or null when it has more than {@code limit} states.
   *
   * @param served the groups the crew serves, all exponential, in model order
   */
  public static CrewLineChain enumerate(List<ComponentGroup> served, int repairers, int limit) {
    int m = served.size();
    int[] n = new int[m];
    double[] lambda = new double[m];
    double[] mu = new double[m];
    for (int g = 0; g < m; g++) {
      n[g] = served.get(g).count();
      lambda[g] = 1 / served.get(g).failure().mean();
      mu[g] = 1 / served.get(g).repair().mean();
    }
    Map<String, Integer> index = new HashMap<>();
    List<int[]> lines = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    add(new int[0], repairers, index, lines, todo);
    while (!todo.isEmpty()) {
      int from = todo.poll();
      int[] line = lines.get(from);
      int[] down = countDown(line, m);
      for (int g = 0; g < m; g++) {
        if (down[g] < n[g]) {
          int[] next = Arrays.copyOf(line, line.length + 1);
          next[line.length] = g;
          moves.add(new Move(from, add(next, repairers, index, lines, todo),
              (n[g] - down[g]) * lambda[g]));
        }
      }
      for (int p = 0; p < Math.min(line.length, repairers); p++) {
        int[] next = new int[line.length - 1];
        System.arraycopy(line, 0, next, 0, p);
        System.arraycopy(line, p + 1, next, p, line.length - p - 1);
        moves.add(new Move(from, add(next, repairers, index, lines, todo), mu[line[p]]));
      }
      if (lines.size() > limit) {
        return null;
      }
    }
    return new CrewLineChain(lines, moves);
  }

  /** How many units of each of the {@code groups} served are down in a line. */
  public static int[] countDown(int[] line, int groups) {
    int[] down = new int[groups];
    for (int g : line) {
      down[g]++;
    }
    return down;
  }

  /** The index of a line in canonical form (the in-repair prefix sorted), adding it if new. */
  private static int add(int[] line, int repairers, Map<String, Integer> index, List<int[]> lines,
      ArrayDeque<Integer> todo) {
    int[] canonical = line.clone();
    Arrays.sort(canonical, 0, Math.min(canonical.length, repairers));
    String key = Arrays.toString(canonical);
    Integer known = index.get(key);
    if (known != null) {
      return known;
    }
    index.put(key, lines.size());
    lines.add(canonical);
    todo.add(lines.size() - 1);
    return lines.size() - 1;
  }
}
