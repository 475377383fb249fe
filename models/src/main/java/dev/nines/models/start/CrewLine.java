package dev.nines.models.start;

import dev.nines.models.ComponentGroup;
import dev.nines.models.CrewLineChain;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.SteadyState;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The line of a repair crew with fewer repairers than the exponential units it serves
 * ({@link CrewLineChain}), solved to draw its joint stationary state. A state is the line of down
 * units by group (the index of the group among those served): the first min(length, repairers)
 * are in repair, kept sorted since their order no longer matters, the rest wait in failure order
 * (FIFO). A group with d of its n units down fails into the line at (n − d)·λ; each unit in repair
 * leaves it at its group's μ. Units of a group are exchangeable, so the line is all the state
 * there is: which of a group's units are down is uniform given it, and exponential lives and
 * repairs are memoryless.
 */
final class CrewLine {

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
    CrewLineChain line = CrewLineChain.enumerate(served, repairers, LIMIT);
    if (line == null) {
      return null;
    }
    Ctmc.Builder builder = Ctmc.builder(line.lines().size());
    for (CrewLineChain.Move move : line.moves()) {
      builder.rate(move.from(), move.to(), move.rate());
    }
    return new CrewLine(line.lines(), builder.build(), null);
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
}
