package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Starts the units of an importance-sampling trajectory at time 0 as the engine starts them under
 * a {@link StartPlan}, from the same streams in the same order, so that the unbiased trajectory is
 * the engine's own: new (each unit's first life from {@code g[i]/failure}, a Markov unit in its
 * chain's initial state), or stationary (each unit's state from {@code g[i]/start}, a crew's
 * joint line from {@code crew/start}). A unit started up in the middle of a life also needs its
 * age, since its future hazard depends on it: the equilibrium residual life is drawn as U·L with
 * L length-biased, and the age is then (1 − U)·L, the rest of the same life (exponential lives
 * are memoryless: age 0).
 */
final class Starts {

  private Starts() {}

  /**
   * Starts every unit of the state.
   *
   * @param lives each unit's life sampler on its {@code g[i]/failure} stream
   * @param repairs the repairs of units that start waiting and are taken at once, and the Markov
   *     units' first moves
   */
  static void start(SystemState state, StartPlan plan, RandomStreams streams,
      ContinuousSampler[] lives, SystemState.Repairs repairs) {
    if (plan.start() == Start.NEW) {
      for (int u = 0; u < lives.length; u++) {
        if (state.markov != null && state.markov.isMarkov(u)) {
          state.markov.begin(state, u, state.markov.law[u].initial, repairs);
          continue;
        }
        state.lifeStart[u] = 0;
        state.startLife(u, lives[u].sample(), 0);
      }
      return;
    }
    Layout layout = state.layout;
    int n = layout.units();
    double[] left = new double[n];
    double[] age = new double[n];
    boolean[] down = new boolean[n];
    boolean[] joint = new boolean[n];
    List<Integer> order = new ArrayList<>();
    List<Integer> jointDown = new ArrayList<>();
    for (Crew crew : layout.model.crews()) {
      jointly(layout, crew, plan, streams, left, down, joint, jointDown);
    }
    for (int u = 0; u < n; u++) {
      order.add(u);
      if (!joint[u] && layout.markov[layout.groupOf[u]] == null) {
        alone(layout, u, streams.stream(layout.name[u] + "/start"), left, age, down);
      }
    }
    order.removeAll(jointDown);
    order.addAll(jointDown);
    for (int u : order) {
      if (state.markov != null && state.markov.isMarkov(u)) {
        String drawn = plan.markovState(layout.model.groups().get(layout.groupOf[u]),
            streams.stream(layout.name[u] + "/start"));
        state.markov.begin(state, u, drawn, repairs);
        continue;
      }
      if (!down[u]) {
        state.lifeStart[u] = -age[u];
        state.startLife(u, left[u], age[u]);
        continue;
      }
      state.startDown(u);
      int crew = layout.crewOf[u];
      if (crew >= 0 && state.busy[crew] == layout.crewSize[crew]) {
        state.startWaiting(u);
        continue;
      }
      if (crew >= 0) {
        state.busy[crew]++;
      }
      state.startRepairLasting(u, Double.isNaN(left[u]) ? repairs.draw(u) : left[u]);
    }
  }

  /** A unit repaired independently: down with probability MTTR / (MTTF + MTTR), residual times. */
  private static void alone(Layout layout, int u, UniformRandomProvider random, double[] left,
      double[] age, boolean[] down) {
    Distribution life = layout.life[layout.groupOf[u]];
    Distribution repair = layout.repair[layout.groupOf[u]];
    double up = life.mean();
    double mttr = repair.mean();
    if (random.nextDouble() < mttr / (up + mttr)) {
      down[u] = true;
      left[u] = repair.residualSampler(random).sample();
    } else if (life instanceof Exponential) {
      left[u] = life.residualSampler(random).sample();
    } else {
      // As the default residual sampler draws it, keeping the rest of the life as the age.
      double length = life.lengthBiasedSampler(random).sample();
      left[u] = random.nextDouble() * length;
      age[u] = length - left[u];
    }
  }

  /**
   * The units of a crew whose line is drawn jointly (exponential units, fewer repairers than
   * units): which of a group's units are down, and their places, uniform given the line; the first
   * {@code size} in repair with exponential repairs left, the rest waiting for a fresh repair.
   */
  private static void jointly(Layout layout, Crew crew, StartPlan plan, RandomStreams streams,
      double[] left, boolean[] down, boolean[] joint, List<Integer> jointDown) {
    SystemModel model = layout.model;
    List<ComponentGroup> served = model.groupsOf(crew);
    if (served.isEmpty() || layout.firstUnit[model.groups().indexOf(served.get(0))] < 0) {
      return;
    }
    UniformRandomProvider random = streams.stream(crew.name() + "/start");
    int[] drawn = plan.drawLine(crew.name(), random);
    if (drawn == null) {
      return;
    }
    int[] downCount = new int[served.size()];
    for (int g : drawn) {
      downCount[g]++;
    }
    List<List<Integer>> chosen = new ArrayList<>();
    for (int g = 0; g < served.size(); g++) {
      int first = layout.firstUnit[model.groups().indexOf(served.get(g))];
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < served.get(g).count(); i++) {
        list.add(first + i);
        joint[first + i] = true;
      }
      for (int k = 0; k < downCount[g]; k++) {
        java.util.Collections.swap(list, k, k + random.nextInt(list.size() - k));
      }
      chosen.add(list);
    }
    int[] next = new int[served.size()];
    for (int p = 0; p < drawn.length; p++) {
      int g = drawn[p];
      int u = chosen.get(g).get(next[g]++);
      down[u] = true;
      left[u] = p >= crew.size() ? Double.NaN : served.get(g).repair()
          .residualSampler(streams.stream(layout.name[u] + "/start")).sample();
      jointDown.add(u);
    }
    for (int g = 0; g < served.size(); g++) {
      for (int u : chosen.get(g).subList(downCount[g], chosen.get(g).size())) {
        left[u] = served.get(g).failure().residualSampler(streams.stream(layout.name[u] + "/start"))
            .sample();
      }
    }
  }
}
