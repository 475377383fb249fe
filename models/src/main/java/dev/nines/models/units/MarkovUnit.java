package dev.nines.models.units;

import dev.nines.models.MarkovChain;
import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A unit whose state follows a continuous-time Markov chain. It starts in the chain's initial state
 * (down if that state is down), or in the state {@link #startIn} sets. In state s it stays for an exponential time with the total rate of
 * the transitions out of s, then moves to one of their targets with probability proportional to its
 * rate. Both draws come from one stream. Listeners hear only of moves between an up and a down
 * state, not of moves between two up (or two down) states.
 */
public final class MarkovUnit extends Unit {

  private final UniformRandomProvider random;
  private final ContinuousSampler unitExponential;
  private final String[] names;
  private final boolean[] upState;
  private final double[] exitRate;
  private final int[][] targets;
  private final double[][] cumulativeRates;
  private final Event move = this::move;
  private int state;
  private long moves;

  public MarkovUnit(String name, Simulation simulation, MarkovChain chain,
      UniformRandomProvider random) {
    super(name, simulation, chain.isUp(chain.initial()));
    this.random = random;
    this.unitExponential = ZigguratSampler.Exponential.of(random);
    List<String> stateNames = chain.stateNames();
    int n = stateNames.size();
    names = stateNames.toArray(new String[0]);
    upState = new boolean[n];
    exitRate = new double[n];
    targets = new int[n][];
    cumulativeRates = new double[n][];
    for (int s = 0; s < n; s++) {
      upState[s] = chain.isUp(names[s]);
      List<Integer> to = new ArrayList<>();
      List<Double> sums = new ArrayList<>();
      double sum = 0;
      for (MarkovChain.Transition t : chain.transitions()) {
        if (t.from().equals(names[s])) {
          sum += t.rate();
          to.add(stateNames.indexOf(t.to()));
          sums.add(sum);
        }
      }
      exitRate[s] = sum;
      targets[s] = to.stream().mapToInt(Integer::intValue).toArray();
      cumulativeRates[s] = sums.stream().mapToDouble(Double::doubleValue).toArray();
    }
    state = stateNames.indexOf(chain.initial());
  }

  /**
   * Starts the run in {@code state} rather than the chain's initial state (a stationary start
   * draws it). Before {@link #start}.
   *
   * @throws IllegalArgumentException for a state the chain does not have
   */
  public void startIn(String state) {
    int index = java.util.Arrays.asList(names).indexOf(state);
    if (index < 0) {
      throw new IllegalArgumentException(name() + ": no state " + state);
    }
    startsUp(upState[index]);
    this.state = index;
  }

  /** The name of the current state. */
  public String state() {
    return names[state];
  }

  /** How many transitions the unit has made, including those that kept it up (or down). */
  public long moves() {
    return moves;
  }

  @Override
  protected void begin() {
    scheduleNextMove();
  }

  private void move() {
    double u = random.nextDouble() * exitRate[state];
    double[] sums = cumulativeRates[state];
    int choice = sums.length - 1; // rounding can leave u at the total: the last target then
    for (int i = 0; i < sums.length; i++) {
      if (u < sums[i]) {
        choice = i;
        break;
      }
    }
    state = targets[state][choice];
    moves++;
    if (upState[state] != lifeUp()) {
      become(upState[state]);
    }
    scheduleNextMove();
  }

  private void scheduleNextMove() {
    simulation().schedule(unitExponential.sample() / exitRate[state], move);
  }
}
