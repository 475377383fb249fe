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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact continuous-time Markov chain of a scenario whose units are all exponential or Markov:
 * one lumped local chain per group (see {@link LocalChain}), combined by a mixed-radix index, with
 * the structure deciding which global states are up. A crew serving one group only needs the
 * number down; a crew shared by several groups couples them into one local chain that keeps the
 * crew's line in failure order (see {@link LocalChain#sharedCrew}).
 */
public final class SystemChain {

  /** The largest chain built; beyond it the analytic column says so. */
  public static final double STATE_LIMIT = 2_000_000;

  /** Transient probabilities are accurate to this, in total variation. */
  public static final double TRANSIENT_EPSILON = 1e-10;

  private final SystemModel model;
  private final LocalChain[] locals;
  private final int[] strides;
  /** For each group, in model order: the local chain holding it and its position there. */
  private final Map<String, int[]> where = new HashMap<>();
  private final Ctmc chain;
  private final double[] initial;
  private double[] stationary;
  /** What the unavailability's formula adds when the iterative solver's refinement was cut short. */
  private String unsettled = "";
  private boolean[] systemUp;

  private SystemChain(SystemModel model, LocalChain[] locals) {
    this.model = model;
    this.locals = locals;
    this.strides = new int[locals.length];
    for (int l = 0; l < locals.length; l++) {
      for (int p = 0; p < locals[l].groups.size(); p++) {
        where.put(locals[l].groups.get(p), new int[] {l, p});
      }
    }
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
    try {
      locals(model);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The chain of the model.
   *
   * @throws IllegalArgumentException with the reason when the model has no exact chain here
   */
  public static SystemChain of(SystemModel model) {
    return new SystemChain(model, locals(model).toArray(new LocalChain[0]));
  }

  /** One local chain per group, or per set of groups sharing a crew; throws with the reason. */
  private static List<LocalChain> locals(SystemModel model) {
    if (!model.failoverNodes().isEmpty()) {
      throw new IllegalArgumentException(
          "no exact CTMC: warm or cold spares age at another pace while they wait");
    }
    double size = 1;
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        size *= LocalChain.markovSize(g.count(), g.markov().states().size());
      } else if (g.fails()) {
        if (!g.failure().isExponential() || !g.repair().isExponential()) {
          throw new IllegalArgumentException("no exact CTMC: group " + g.name()
              + " is not exponential");
        }
        size *= g.count() + 1;
      }
    }
    checkSize(size);
    List<LocalChain> locals = new ArrayList<>();
    Set<String> shared = new HashSet<>();
    for (ComponentGroup g : model.groups()) {
      if (shared.contains(g.name())) {
        continue;
      }
      Crew crew = g.crew() == null ? null : model.crew(g.crew());
      List<ComponentGroup> served = crew == null ? List.of(g) : model.groupsOf(crew);
      if (g.isMarkov()) {
        locals.add(LocalChain.markov(g));
      } else if (!g.fails()) {
        locals.add(LocalChain.never(g));
      } else if (served.size() > 1) {
        locals.add(LocalChain.sharedCrew(served, crew.size(), crew.name()));
        served.forEach(s -> shared.add(s.name()));
      } else {
        locals.add(LocalChain.exponential(g, crew == null ? g.count() : crew.size()));
      }
    }
    checkSize(locals.stream().mapToDouble(LocalChain::size).reduce(1, (a, b) -> a * b));
    return locals;
  }

  private static void checkSize(double size) {
    if (size > STATE_LIMIT) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "no exact CTMC: %.3g states, beyond the limit of %.0f", size, STATE_LIMIT));
    }
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
      if (chain.size() <= SteadyState.DIRECT_LIMIT) {
        stationary = SteadyState.gth(chain);
      } else {
        SteadyState.Solution s = SteadyState.iterativeSolution(chain,
            SteadyState.DEFAULT_TOLERANCE, SteadyState.DEFAULT_MAX_ITERATIONS);
        stationary = s.probabilities();
        if (!s.smallProbabilitiesSettled()) {
          unsettled = String.format(java.util.Locale.ROOT, " (small probabilities still moving by"
              + " %.1g per sweep at the sweep limit: the digits of a tiny U may be off)",
              s.relativeChange());
        }
      }
    }
    return stationary.clone();
  }

  /** The figures of the whole system. */
  public ScopeAnalytics system() {
    return scope(systemUpStates(), null);
  }

  /** The figures of one group (up while all its units are up). */
  public ScopeAnalytics group(String name) {
    return scope(up(new Structure.Group(name)), name);
  }

  /** The figures of any node of the structure built of groups, k-of-n, series and parallel. */
  public ScopeAnalytics node(Structure node) {
    return scope(up(node), null);
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
    int l = where.get(served.get(0).name())[0];
    int c = crew.size();
    double[] pi = stationary();
    int[] local = new int[locals.length];
    double busy = 0;
    double queue = 0;
    double arrivals = 0;
    for (int i = 0; i < pi.length; i++) {
      decode(i, local);
      int k = locals[l].down[local[l]];
      busy += pi[i] * Math.min(k, c);
      queue += pi[i] * Math.max(k - c, 0);
      arrivals += pi[i] * locals[l].failureRate[local[l]];
    }
    return new CrewAnalytics(
        Analytic.of(busy / c, "CTMC: E[busy]/size"),
        Analytic.of(queue, "CTMC: E[waiting]"),
        Analytic.of(queue / arrivals, "CTMC + Little: Lq/λ"));
  }

  /** Transient availability of the system at time t, every unit starting new. */
  public double systemAvailabilityAt(double t) {
    return systemAt(t).availability();
  }

  /**
   * The system's state at one time, every unit starting new: A(t) summed over the up states and
   * U(t) over the down states, each on its own (U(t) is not 1 − A(t)). Uniformization leaves out
   * up to {@link #TRANSIENT_EPSILON} of the probability and never adds any, so the sums are lower
   * bounds, each within that of the truth; both are divided by their total (1 minus what was left
   * out), which keeps each within the same bound and makes them add up to 1 (A(t) of a system down
   * 1e-18 of the time no longer reads 1 − 1e-11). The bound is absolute, but each left-out term
   * carries its own small share of down states, so a tiny U(t) is in practice exact relatively too
   * (1e-9 on a unit down 1e-12 of the time, SystemChainTest).
   */
  public record AtTime(double availability, double unavailability) {}

  /** A(t) and U(t) from one uniformization; see {@link AtTime}. */
  public AtTime systemAt(double t) {
    Transient.Result result = Transient.at(chain, initial, t, TRANSIENT_EPSILON);
    boolean[] up = systemUpStates();
    double a = 0;
    double u = 0;
    for (int i = 0; i < up.length; i++) {
      if (up[i]) {
        a += result.probability(i);
      } else {
        u += result.probability(i);
      }
    }
    double total = a + u;
    return new AtTime(a / total, u / total);
  }

  /** A state in words: the units down in each group, or a Markov group's occupancy. */
  public String describe(int state) {
    int[] local = new int[locals.length];
    decode(state, local);
    StringBuilder text = new StringBuilder();
    for (ComponentGroup g : model.groups()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(g.name()).append(": ").append(g.count() - unitsUp(g.name(), local))
          .append(" down");
    }
    return text.toString();
  }

  /** Whether each state is up for the system, by structure. */
  public boolean[] systemUpStates() {
    if (systemUp == null) {
      systemUp = up(model.structure());
    }
    return systemUp.clone();
  }

  /**
   * The figures of the scope that is up in the states marked {@code up}: A = Σ π over the up states
   * and U = Σ π over the down states, each summed on its own (U is never 1 − A, so it keeps the
   * relative precision of the down states' probabilities however small they are); f = the
   * steady-state flow from up to down states (a sum of non-negative terms too); MTBF = A / f and
   * MTTR = U / f.
   */
  private ScopeAnalytics scope(boolean[] up, String group) {
    double[] pi = stationary();
    double a = 0;
    double u = 0;
    boolean[] down = new boolean[up.length];
    for (int i = 0; i < pi.length; i++) {
      down[i] = !up[i];
      if (up[i]) {
        a += pi[i];
      } else {
        u += pi[i];
      }
    }
    double f = Flows.frequencyLeaving(chain, pi, up);
    Analytic unitA = group == null ? Analytic.NONE
        : Analytic.of(meanFractionUp(pi, group), "CTMC steady state");
    if (f == 0) {
      Analytic never = Analytic.none("no formula: nothing in this scope fails");
      return new ScopeAnalytics(Analytic.of(a, "CTMC steady state"),
          Analytic.of(u, "CTMC steady state: Σπ(down)" + unsettled), Analytic.of(0, "CTMC"),
          never, never, never, unitA, null);
    }
    double mttf = Absorption.meanTimeToFirstEntry(chain, initial, down);
    return new ScopeAnalytics(
        Analytic.of(a, "CTMC steady state"),
        Analytic.of(u, "CTMC steady state: Σπ(down)" + unsettled),
        Analytic.of(f, "CTMC failure frequency"),
        Analytic.of(a / f, "CTMC: A/f"),
        Analytic.of(u / f, "CTMC: U/f"),
        Double.isFinite(mttf) ? Analytic.of(mttf, "CTMC mean time to absorption") : Analytic.NONE,
        unitA,
        null);
  }

  private double meanFractionUp(double[] pi, String group) {
    int[] local = new int[locals.length];
    double sum = 0;
    for (int i = 0; i < pi.length; i++) {
      decode(i, local);
      sum += pi[i] * unitsUp(group, local);
    }
    return sum / model.group(group).count();
  }

  private boolean[] up(Structure structure) {
    boolean[] up = new boolean[chain.size()];
    int[] local = new int[locals.length];
    List<ComponentGroup> groups = model.groups();
    int[][] at = new int[groups.size()][];
    for (int g = 0; g < at.length; g++) {
      at[g] = where.get(groups.get(g).name());
    }
    int[] unitsUp = new int[groups.size()];
    for (int i = 0; i < up.length; i++) {
      decode(i, local);
      for (int g = 0; g < at.length; g++) {
        unitsUp[g] = locals[at[g][0]].unitsUp[local[at[g][0]]][at[g][1]];
      }
      up[i] = isUp(structure, unitsUp);
    }
    return up;
  }

  /** Whether the node is up, given the units up per group in model order. */
  private boolean isUp(Structure node, int[] unitsUp) {
    if (node instanceof Structure.Group g) {
      int i = order(g.name());
      return unitsUp[i] == model.groups().get(i).count();
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      return unitsUp[order(a.group())] >= a.k();
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

  /** The position of a group in the model's order. */
  private int order(String group) {
    List<ComponentGroup> groups = model.groups();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(group)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no group named " + group);
  }

  /** Units of the group up in the local states given. */
  private int unitsUp(String group, int[] local) {
    int[] at = where.get(group);
    return locals[at[0]].unitsUp[local[at[0]]][at[1]];
  }

  private void decode(int state, int[] local) {
    for (int g = 0; g < locals.length; g++) {
      local[g] = state / strides[g];
      state %= strides[g];
    }
  }
}
