package dev.nines.models.rare;

import dev.nines.models.MarkovChain;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain of a Markov group as a rare-event trajectory runs it: the engine's own law for the
 * main trajectory, and the split of each state's exits into failing and other moves for a branch.
 *
 * <p>The engine ({@code MarkovUnit}) holds a unit in state s for an exponential time with the total
 * exit rate λ(s), then picks the target with u·λ(s) against the exits' cumulative rates, in the
 * order the transitions are written; {@link #pick} does the same with the same u.
 *
 * <p>A state's distance to down is the least number of moves that lead from it to a down state (0
 * for a down state). A <b>failing</b> move is one to a state closer to down: up → down, but also up
 * → degraded, degraded → worse. Its rates sum to λ_f(s); the other moves (repairs, recoveries,
 * moves between states equally far from down) to λ_o(s) = λ(s) − λ_f(s). A branch draws the other
 * moves as scheduled events under the true law and treats λ_f(s) as a constant hazard, which its
 * window forcing biases: the competing exponentials with a target chosen in proportion to the rates
 * are the chain's own law, so the split changes nothing under P, and forcing the failing moves is
 * failure biasing in Shahabuddin's sense, degradations included (a unit one move from down is
 * usually a degraded one, and forcing only moves into down states would leave the degradation, as
 * rare, to chance).
 */
final class MarkovLaw {

  final String initial;
  final String[] names;
  final boolean[] up;
  final double[] exitRate;
  /** The engine's exits per state: targets and cumulative rates, in the order written. */
  private final int[][] targets;
  private final double[][] sums;
  final int[] distance;
  /**
   * The distance of the chain's fresh states: the largest finite distance of an up state that a
   * unit can reach again once down (a state left for good, such as a "new" state never returned
   * to, would leave the trajectory never quiet). A unit in a state at least that far from down is
   * fresh; a trajectory is quiet only while every Markov unit is.
   */
  final int fresh;
  final double[] failingRate;
  final double[] otherRate;
  private final int[][] failingTargets;
  private final double[][] failingSums;
  private final int[][] otherTargets;
  private final double[][] otherSums;

  MarkovLaw(MarkovChain chain) {
    List<String> list = chain.stateNames();
    int n = list.size();
    initial = chain.initial();
    names = list.toArray(new String[0]);
    up = new boolean[n];
    for (int s = 0; s < n; s++) {
      up[s] = chain.isUp(names[s]);
    }
    distance = distances(chain, list, up);
    boolean[] again = reachedFromDown(chain, list, up);
    int best = 0;
    for (int s = 0; s < n; s++) {
      if (up[s] && again[s] && distance[s] != Integer.MAX_VALUE) {
        best = Math.max(best, distance[s]);
      }
    }
    fresh = best;
    exitRate = new double[n];
    failingRate = new double[n];
    otherRate = new double[n];
    targets = new int[n][];
    sums = new double[n][];
    failingTargets = new int[n][];
    failingSums = new double[n][];
    otherTargets = new int[n][];
    otherSums = new double[n][];
    for (int s = 0; s < n; s++) {
      Exits all = new Exits();
      Exits failing = new Exits();
      Exits other = new Exits();
      for (MarkovChain.Transition t : chain.transitions()) {
        if (t.from().equals(names[s])) {
          int to = list.indexOf(t.to());
          all.add(to, t.rate());
          (distance[to] < distance[s] ? failing : other).add(to, t.rate());
        }
      }
      exitRate[s] = all.sum;
      targets[s] = all.targets();
      sums[s] = all.sums();
      failingRate[s] = failing.sum;
      failingTargets[s] = failing.targets();
      failingSums[s] = failing.sums();
      otherRate[s] = other.sum;
      otherTargets[s] = other.targets();
      otherSums[s] = other.sums();
    }
  }

  /** True when a unit in the state is fresh ({@link #fresh}). */
  boolean isFresh(int state) {
    return distance[state] >= fresh;
  }

  /** True when a move from one state to another brings the unit closer to down. */
  boolean failing(int from, int to) {
    return distance[to] < distance[from];
  }

  /**
   * A state one move closer to down than {@code state} (distance one less; a failing move reaches
   * no other), the first in the chain's order; −1 when no move of it leads down.
   */
  int closer(int state) {
    if (distance[state] == Integer.MAX_VALUE || distance[state] == 0) {
      return -1;
    }
    for (int t = 0; t < distance.length; t++) {
      if (distance[t] == distance[state] - 1) {
        return t;
      }
    }
    return -1;
  }

  /** A state's index by name. */
  int index(String state) {
    return java.util.Arrays.asList(names).indexOf(state);
  }

  /** The target of a move from {@code state}, as the engine picks it from u uniform in [0, 1). */
  int pick(int state, double u) {
    return choose(targets[state], sums[state], u * exitRate[state]);
  }

  /** The target of a failing move from {@code state}, in proportion to the failing rates. */
  int pickFailing(int state, double u) {
    return choose(failingTargets[state], failingSums[state], u * failingRate[state]);
  }

  /** The target of another move from {@code state}, in proportion to the other rates. */
  int pickOther(int state, double u) {
    return choose(otherTargets[state], otherSums[state], u * otherRate[state]);
  }

  /** The first target whose cumulative rate exceeds x; the last when rounding left x at the top. */
  private static int choose(int[] targets, double[] sums, double x) {
    for (int i = 0; i < sums.length; i++) {
      if (x < sums[i]) {
        return targets[i];
      }
    }
    return targets[targets.length - 1];
  }

  /** The least number of moves from each state to a down state, by breadth-first search. */
  private static int[] distances(MarkovChain chain, List<String> names, boolean[] up) {
    int n = names.size();
    int[] d = new int[n];
    java.util.Arrays.fill(d, Integer.MAX_VALUE);
    java.util.ArrayDeque<Integer> frontier = new java.util.ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (!up[s]) {
        d[s] = 0;
        frontier.add(s);
      }
    }
    while (!frontier.isEmpty()) {
      int to = frontier.poll();
      for (MarkovChain.Transition t : chain.transitions()) {
        int from = names.indexOf(t.from());
        if (names.indexOf(t.to()) == to && d[from] == Integer.MAX_VALUE) {
          d[from] = d[to] + 1;
          frontier.add(from);
        }
      }
    }
    return d;
  }

  /** The states some path of moves reaches from a down state. */
  private static boolean[] reachedFromDown(MarkovChain chain, List<String> names, boolean[] up) {
    boolean[] seen = new boolean[names.size()];
    java.util.ArrayDeque<Integer> frontier = new java.util.ArrayDeque<>();
    for (int s = 0; s < seen.length; s++) {
      if (!up[s]) {
        seen[s] = true;
        frontier.add(s);
      }
    }
    while (!frontier.isEmpty()) {
      String from = names.get(frontier.poll());
      for (MarkovChain.Transition t : chain.transitions()) {
        int to = names.indexOf(t.to());
        if (t.from().equals(from) && !seen[to]) {
          seen[to] = true;
          frontier.add(to);
        }
      }
    }
    return seen;
  }

  /** Exits being collected: targets and running sums of their rates. */
  private static final class Exits {
    final List<Integer> to = new ArrayList<>();
    final List<Double> cumulative = new ArrayList<>();
    double sum;

    void add(int target, double rate) {
      sum += rate;
      to.add(target);
      cumulative.add(sum);
    }

    int[] targets() {
      return to.stream().mapToInt(Integer::intValue).toArray();
    }

    double[] sums() {
      return cumulative.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
