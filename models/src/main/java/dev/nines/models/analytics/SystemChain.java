package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.ctmc.Absorption;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.Flows;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.ctmc.Transient;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact continuous-time Markov chain of a scenario whose units are all exponential or Markov:
 * one lumped local chain per group (see {@link LocalChain}), combined by a mixed-radix index, with
 * the structure deciding which global states are up. Crews are exact when each crew serves one
 * group (then only the number down matters); FIFO order across several groups is not lumped.
 */
public final class SystemChain {

  /** The largest chain built; beyond it the analytic column says so. */
  public static final double STATE_LIMIT = 2_000_000;

  /** Transient probabilities are accurate to this, in total variation. */
  public static final double TRANSIENT_EPSILON = 1e-10;

  private final SystemModel model;
  private final LocalChain[] locals;
  private final int[] strides;
  private final Ctmc chain;
  private final double[] initial;
  private double[] stationary;

  private SystemChain(SystemModel model, LocalChain[] locals) {
    this.model = model;
    this.locals = locals;
    this.strides = new int[locals.length];
    int size = 1;
    for (int g = locals.length - 1; g >= 0; g--) {
      strides[g] = size;
      size *= locals[g].size();
    }
    Ctmc.Builder builder = Ctmc.builder(size);
    int[] local = new int[locals.length];
    for (int state = 0; state < size; state++) {
      decode(state, local);
      for (int g = 0; g < locals.length; g++) {
        for (LocalChain.Move move : locals[g].moves) {
          if (move.from() == local[g]) {
            builder.rate(state, state + (move.to() - move.from()) * strides[g], move.rate());
          }
        }
      }
    }
    this.chain = builder.build();
    this.initial = new double[size];
    int start = 0;
    for (int g = 0; g < locals.length; g++) {
      start += locals[g].initial * strides[g];
    }
    initial[start] = 1;
  }

  /** Why the scenario has no exact chain here, or null when it has one. */
  public static String unsupported(SystemModel model) {
    double size = 1;
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        size *= LocalChain.markovSize(g.count(), g.markov().states().size());
      } else if (g.fails()) {
        if (!g.failure().isExponential() || !g.repair().isExponential()) {
          return "no exact CTMC: group " + g.name() + " is not exponential";
        }
        size *= g.count() + 1;
      }
    }
    for (Crew crew : model.crews()) {
      if (model.groupsOf(crew).size() > 1) {
        return "no exact CTMC: crew " + crew.name() + " serves several groups";
      }
    }
    if (size > STATE_LIMIT) {
      return String.format(java.util.Locale.ROOT,
          "no exact CTMC: %.3g states, beyond the limit of %.0f", size, STATE_LIMIT);
    }
    return null;
  }

  /** The chain of the model; check {@link #unsupported} first. */
  public static SystemChain of(SystemModel model) {
    String reason = unsupported(model);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    List<LocalChain> locals = new ArrayList<>();
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        locals.add(LocalChain.markov(g));
      } else if (g.fails()) {
        int repairers = g.crew() == null ? g.count() : model.crew(g.crew()).size();
        locals.add(LocalChain.exponential(g, repairers));
      } else {
        locals.add(LocalChain.never(g));
      }
    }
    return new SystemChain(model, locals.toArray(new LocalChain[0]));
  }

  /** Number of states of the lumped chain. */
  public int size() {
    return chain.size();
  }

  public Ctmc chain() {
    return chain;
  }

  /** The steady-state probabilities, computed once. */
  public double[] stationary() {
    if (stationary == null) {
      stationary = SteadyState.solve(chain);
    }
    return stationary.clone();
  }

  /** The figures of the whole system. */
  public ScopeAnalytics system() {
    return scope(up(model.structure()), null);
  }

  /** The figures of one group (up while all its units are up). */
  public ScopeAnalytics group(String name) {
    return scope(up(new Structure.Group(name)), name);
  }

  /**
   * Steady-state figures of a crew serving one group of k-down states with c repairers:
   * utilization E[min(k, c)] / c, queue length E[max(k - c, 0)], and by Little's law the mean wait
   * Lq / λ_eff, where λ_eff = E[n - k]·λ is the rate at which units fail into the crew.
   */
  public CrewAnalytics crew(String crewName) {
    var crew = model.crew(crewName);
    var served = model.groupsOf(crew);
    if (served.isEmpty()) {
      return new CrewAnalytics(Analytic.of(0, "CTMC: serves no group"),
          Analytic.of(0, "CTMC: serves no group"), Analytic.none("no formula: serves no group"));
    }
    ComponentGroup g = served.get(0);
    int index = groupIndex(g.name());
    int c = crew.size();
    double lambda = 1 / g.failure().mean();
    double[] pi = stationary();
    int[] local = new int[locals.length];
    double busy = 0;
    double queue = 0;
    double arrivals = 0;
    for (int i = 0; i < pi.length; i++) {
      decode(i, local);
      int k = locals[index].down[local[index]];
      busy += pi[i] * Math.min(k, c);
      queue += pi[i] * Math.max(k - c, 0);
      arrivals += pi[i] * (locals[index].units - k) * lambda;
    }
    return new CrewAnalytics(
        Analytic.of(busy / c, "CTMC: E[busy]/size"),
        Analytic.of(queue, "CTMC: E[waiting]"),
        Analytic.of(queue / arrivals, "CTMC + Little: Lq/λ"));
  }

  /** Transient availability of the system at time t, every unit starting new. */
  public double systemAvailabilityAt(double t) {
    double[] p = Transient.at(chain, initial, t, TRANSIENT_EPSILON).probabilities();
    boolean[] up = up(model.structure());
    double a = 0;
    for (int i = 0; i < p.length; i++) {
      if (up[i]) {
        a += p[i];
      }
    }
    return a;
  }

  /** A state in words: the units down in each group, or a Markov group's occupancy. */
  public String describe(int state) {
    int[] local = new int[locals.length];
    decode(state, local);
    StringBuilder text = new StringBuilder();
    for (int g = 0; g < locals.length; g++) {
      if (g > 0) {
        text.append(", ");
      }
      LocalChain l = locals[g];
      text.append(l.group).append(": ").append(l.units - l.unitsUp[local[g]]).append(" down");
    }
    return text.toString();
  }

  /** Whether each state is up for the system, by structure. */
  public boolean[] systemUpStates() {
    return up(model.structure());
  }

  private ScopeAnalytics scope(boolean[] up, String group) {
    double[] pi = stationary();
    double a = 0;
    for (int i = 0; i < pi.length; i++) {
      if (up[i]) {
        a += pi[i];
      }
    }
    double f = Flows.frequencyLeaving(chain, pi, up);
    boolean[] down = new boolean[up.length];
    for (int i = 0; i < up.length; i++) {
      down[i] = !up[i];
    }
    Analytic unitA = group == null ? Analytic.NONE
        : Analytic.of(meanFractionUp(pi, group), "CTMC steady state");
    if (f == 0) {
      Analytic never = Analytic.none("no formula: nothing in this scope fails");
      return new ScopeAnalytics(Analytic.of(a, "CTMC steady state"), Analytic.of(0, "CTMC"),
          never, never, never, unitA, null);
    }
    double mttf = Absorption.meanTimeTo(chain, initial, down);
    return new ScopeAnalytics(
        Analytic.of(a, "CTMC steady state"),
        Analytic.of(f, "CTMC failure frequency"),
        Analytic.of(a / f, "CTMC: A/f"),
        Analytic.of((1 - a) / f, "CTMC: (1-A)/f"),
        Double.isFinite(mttf) ? Analytic.of(mttf, "CTMC mean time to absorption") : Analytic.NONE,
        unitA,
        null);
  }

  private double meanFractionUp(double[] pi, String group) {
    int g = groupIndex(group);
    int[] local = new int[locals.length];
    double sum = 0;
    for (int i = 0; i < pi.length; i++) {
      decode(i, local);
      sum += pi[i] * locals[g].unitsUp[local[g]];
    }
    return sum / locals[g].units;
  }

  private boolean[] up(Structure structure) {
    boolean[] up = new boolean[chain.size()];
    int[] local = new int[locals.length];
    int[] unitsUp = new int[locals.length];
    for (int i = 0; i < up.length; i++) {
      decode(i, local);
      for (int g = 0; g < locals.length; g++) {
        unitsUp[g] = locals[g].unitsUp[local[g]];
      }
      up[i] = isUp(structure, unitsUp);
    }
    return up;
  }

  private boolean isUp(Structure node, int[] unitsUp) {
    if (node instanceof Structure.Group g) {
      int i = groupIndex(g.name());
      return unitsUp[i] == locals[i].units;
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      return unitsUp[groupIndex(a.group())] >= a.k();
    }
    List<Structure> parts = Structure.partsOf(node);
    int k = node instanceof Structure.Series ? parts.size()
        : node instanceof Structure.Parallel ? 1
        : ((Structure.AtLeast) node).k();
    int count = 0;
    for (Structure part : parts) {
      if (isUp(part, unitsUp)) {
        count++;
      }
    }
    return count >= k;
  }

  private int groupIndex(String name) {
    for (int g = 0; g < locals.length; g++) {
      if (locals[g].group.equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group named " + name);
  }

  private void decode(int state, int[] local) {
    for (int g = 0; g < locals.length; g++) {
      local[g] = state / strides[g];
      state %= strides[g];
    }
  }
}
