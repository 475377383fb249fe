package dev.nines.models.start;

import dev.nines.models.ComponentGroup;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.SteadyState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The line of a repair crew with fewer repairers than the exponential units it serves, as a
 * continuous-time Markov chain, to draw its joint stationary state. A state is the line of down
 * units by group (the index of the group among those served): the first min(length, repairers)
 * are in repair, kept sorted since their order no longer matters, the rest wait in failure order
 * (FIFO). A group with d of its n units down fails into the line at (n − d)·λ; each unit in repair
 * leaves it at its group's μ. Units of a group are exchangeable, so the line is all the state
 * there is: which of a group's units are down is uniform given it, and exponential lives and
 * repairs are memoryless.
 */
final class CrewLine {

  private record Move(int from, int to, double rate) {}

  /**
   * The largest line chain built, as for the analytic chain: beyond it the start is approximate
   * (see {@link StartPlan}). At the limit, enumerating and solving take about half a second, once
   * per run.
   */
  static final int LIMIT = 100_000;

  private final List<int[]> lines;
  private final Ctmc chain;
  /** The stationary law, cumulated in state order; null until {@link #solve}. */
  private final double[] cumulative;

  private CrewLine(List<int[]> lines, Ctmc chain, double[] cumulative) {
    this.lines = lines;
    this.chain = chain;
    this.cumulative = cumulative;
  }

  /**
   * The chain of the crew's line, enumerated from the empty line, not yet solved; null when it has
   * more than {@link #LIMIT} states.
   *
   * @param served the groups the crew serves, all exponential, in model order
   */
  static CrewLine enumerate(List<ComponentGroup> served, int repairers) {
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
      int[] down = new int[m];
      for (int g : line) {
        down[g]++;
      }
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
      if (lines.size() > LIMIT) {
        return null;
      }
    }
    Ctmc.Builder builder = Ctmc.builder(lines.size());
    for (Move move : moves) {
      builder.rate(move.from(), move.to(), move.rate());
    }
    return new CrewLine(List.copyOf(lines), builder.build(), null);
  }

  /** This line with its stationary law solved, ready to draw from. */
  CrewLine solve() {
    double[] pi = chain.size() == 1 ? new double[] {1} : SteadyState.solve(chain);
    return new CrewLine(lines, chain, StartPlan.cumulative(pi));
  }

  /**
   * A line drawn from the stationary law: the served groups' indices, those in repair first.
   *
   * @throws IllegalStateException before {@link #solve}
   */
  int[] draw(UniformRandomProvider random) {
    if (cumulative == null) {
      throw new IllegalStateException("solve the line first");
    }
    return lines.get(StartPlan.pick(cumulative, random.nextDouble())).clone();
  }

  /** Number of states of the line's chain. */
  int size() {
    return lines.size();
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
