package dev.nines.models.start;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.CtmcException;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.MarkovUnit;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the units of a system start a replication ({@link Start}), worked out once per scenario and
 * applied to each replication's units by {@link #prepare}.
 *
 * <p>A stationary start draws every unit's state from the system's steady state:
 *
 * <ul>
 *   <li>A renewal unit repaired independently (no crew, or a crew with at least as many repairers
 *       as the units it serves) is up with probability MTTF / (MTTF + MTTR); up, the life it has
 *       left is drawn from the equilibrium residual law of its failure distribution, down the
 *       repair it has left from that of its repair distribution
 *       ({@link Distribution#residualSampler}). Exact, for any distributions.
 *   <li>A Markov unit starts in a state drawn from its chain's stationary distribution. Exact.
 *   <li>Exponential units sharing a crew with fewer repairers than units: the joint law is not a
 *       product. The crew's line (who is down, who is in repair, who waits in which order) is
 *       drawn from the exact stationary law of its chain ({@link CrewLine}); which units of a group
 *       are down is uniform given the line; lives and repairs left are exponential (memoryless).
 *       Exact, up to {@link CrewLine#LIMIT} states of the line.
 *   <li>Units sharing such a crew that are not all exponential (or whose line is larger): each
 *       starts as if repaired independently, and those down queue for the crew in unit order.
 *       Approximate, and said so ({@link #approximation()}): waiting for the crew is left out.
 *   <li>Standbys and quorums are refused ({@link #unsupported}): a warm or cold spare ages at
 *       another pace while it waits, and a standby's or quorum's own state (which unit is active,
 *       who leads) has no stationary law known here. Likewise a Markov chain with several closed
 *       classes, whose steady state depends on where it starts.
 * </ul>
 *
 * <p>Streams: unit {@code g[i]} draws its start from {@code g[i]/start}, and a crew's line from
 * {@code crew/start}, so adding a component shifts no other stream. Heartbeat monitors, requests
 * and queues start empty as with new units; a repair under way at the start is not counted among
 * the crew's repairs started (its wait is unknown).
 */
public final class StartPlan {

  /** Every unit starts new. */
  public static final StartPlan NEW = new StartPlan(Start.NEW, null, Map.of(), Map.of(), null);

  private final Start start;
  private final SystemModel model;
  /** For each Markov group, its chain's stationary law cumulated in the chain's state order. */
  private final Map<String, double[]> markovLaws;
  /** For each crew whose units start jointly, its solved line. */
  private final Map<String, CrewLine> lines;
  private final String approximation;

  private StartPlan(Start start, SystemModel model, Map<String, double[]> markovLaws,
      Map<String, CrewLine> lines, String approximation) {
    this.start = start;
    this.model = model;
    this.markovLaws = markovLaws;
    this.lines = lines;
    this.approximation = approximation;
  }

  /**
   * The plan for a model: for a stationary start, the stationary laws solved.
   *
   * @throws IllegalArgumentException with the reason when the model has no stationary start
   */
  public static StartPlan of(SystemModel model, Start start) {
    if (start == Start.NEW) {
      return NEW;
    }
    refuseFailover(model);
    Map<String, double[]> markovLaws = new LinkedHashMap<>();
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        markovLaws.put(g.name(), cumulative(stationary(g)));
      }
    }
    Map<String, CrewLine> lines = new LinkedHashMap<>();
    List<String> approximate = new ArrayList<>();
    for (Crew crew : model.crews()) {
      CrewLine line = joint(model, crew, approximate);
      if (line != null) {
        lines.put(crew.name(), line.solve());
      }
    }
    return new StartPlan(start, model, markovLaws, lines,
        approximate.isEmpty() ? null : String.join("; ", approximate));
  }

  /** Why a stationary start is refused for the model, or null when it has one. */
  public static String unsupported(SystemModel model) {
    try {
      refuseFailover(model);
      for (ComponentGroup g : model.groups()) {
        if (g.isMarkov()) {
          stationary(g);
        }
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Why a stationary start of the model would be approximate, or null when it is exact. */
  public static String approximation(SystemModel model) {
    List<String> approximate = new ArrayList<>();
    model.crews().forEach(crew -> joint(model, crew, approximate));
    return approximate.isEmpty() ? null : String.join("; ", approximate);
  }

  public Start start() {
    return start;
  }

  /** True unless a stationary start is only approximate for this model. */
  public boolean isExact() {
    return approximation == null;
  }

  /** Why the stationary start is approximate, or null when it is exact (or units start new). */
  public String approximation() {
    return approximation;
  }

  /**
   * Sets the state in which each unit starts (before any starts) and returns the units in the
   * order they are to start: the groups' in model order, then, for each crew whose line is drawn
   * jointly, its down units in line order, so that the crew takes them in that order.
   *
   * @param units each group's units, by group name, as built for this plan's model
   * @param streams the named streams of the replication
   */
  public List<Unit> prepare(Map<String, List<Unit>> units,
      Function<String, UniformRandomProvider> streams) {
    List<Unit> order = new ArrayList<>();
    units.values().forEach(order::addAll);
    if (start == Start.NEW) {
      return order;
    }
    Set<String> joint = new HashSet<>();
    lines.keySet().forEach(crew -> model.groupsOf(model.crew(crew))
        .forEach(g -> joint.add(g.name())));
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        List<String> states = g.markov().stateNames();
        for (Unit unit : units.get(g.name())) {
          double[] law = markovLaws.get(g.name());
          int state = pick(law, streams.apply(unit.name() + "/start").nextDouble());
          ((MarkovUnit) unit).startIn(states.get(state));
        }
      } else if (g.fails() && !joint.contains(g.name())) {
        for (Unit unit : units.get(g.name())) {
          startAlone(g, (RenewalUnit) unit, streams.apply(unit.name() + "/start"));
        }
      }
    }
    lines.forEach((name, line) -> {
      Crew crew = model.crew(name);
      List<Unit> down = startJointly(crew, model.groupsOf(crew), line, units, streams);
      order.removeAll(down);
      order.addAll(down);
    });
    return order;
  }

  /**
   * For a trajectory that starts its units itself (importance sampling), the line of a crew whose
   * units start jointly, drawn from its stationary law with the crew's start stream as
   * {@link #prepare} draws it: the indices of the groups served (in {@link SystemModel#groupsOf}
   * order), those in repair first. Null when the crew's units start alone, or the units start new.
   */
  public int[] drawLine(String crew, UniformRandomProvider random) {
    CrewLine line = lines.get(crew);
    return line == null ? null : line.draw(random);
  }

  /**
   * For a trajectory that starts its units itself (importance sampling), the state in which a unit
   * of a Markov group starts, drawn from the unit's start stream as {@link #prepare} draws it; the
   * chain's initial state when units start new.
   */
  public String markovState(ComponentGroup g, UniformRandomProvider random) {
    if (start == Start.NEW) {
      return g.markov().initial();
    }
    return g.markov().stateNames().get(pick(markovLaws.get(g.name()), random.nextDouble()));
  }

  /** A renewal unit repaired at once: up with probability MTTF / (MTTF + MTTR), residual times. */
  private static void startAlone(ComponentGroup g, RenewalUnit unit, UniformRandomProvider random) {
    double up = g.failure().mean();
    double down = g.repair().mean();
    // Drawn against the down share, which stays exact when it is tiny.
    if (random.nextDouble() < down / (up + down)) {
      unit.startDown(g.repair().residualSampler(random).sample());
    } else {
      unit.startUp(g.failure().residualSampler(random).sample());
    }
  }

  /**
   * Starts the exponential units a crew serves from a line drawn from its stationary law (the
   * crew's stream): which units of a group are down, and their places in the line, are uniform
   * given it; lives and repairs left are exponential, drawn from each unit's stream. Returns the
   * down units in line order.
   */
  private static List<Unit> startJointly(Crew crew, List<ComponentGroup> served, CrewLine line,
      Map<String, List<Unit>> units, Function<String, UniformRandomProvider> streams) {
    UniformRandomProvider random = streams.apply(crew.name() + "/start");
    int[] drawn = line.draw(random);
    int[] downCount = new int[served.size()];
    for (int g : drawn) {
      downCount[g]++;
    }
    // Each group's down units: a uniform choice in a uniform order (a partial shuffle).
    List<List<Unit>> chosen = new ArrayList<>();
    for (int g = 0; g < served.size(); g++) {
      List<Unit> list = new ArrayList<>(units.get(served.get(g).name()));
      for (int k = 0; k < downCount[g]; k++) {
        Collections.swap(list, k, k + random.nextInt(list.size() - k));
      }
      chosen.add(list);
    }
    int[] next = new int[served.size()];
    List<Unit> down = new ArrayList<>();
    for (int p = 0; p < drawn.length; p++) {
      int g = drawn[p];
      RenewalUnit unit = (RenewalUnit) chosen.get(g).get(next[g]++);
      unit.startDown(p >= crew.size() ? Double.NaN
          : served.get(g).repair().residualSampler(streams.apply(unit.name() + "/start")).sample());
      down.add(unit);
    }
    for (int g = 0; g < served.size(); g++) {
      for (Unit unit : chosen.get(g).subList(downCount[g], chosen.get(g).size())) {
        ((RenewalUnit) unit).startUp(served.get(g).failure()
            .residualSampler(streams.apply(unit.name() + "/start")).sample());
      }
    }
    return down;
  }

  /** Refuses standbys and quorums: no stationary start is known for them. */
  private static void refuseFailover(SystemModel model) {
    for (Structure node : model.failoverNodes()) {
      String what = node instanceof Structure.Standby
          ? "standby '" + SystemModel.scopeOf(node) + "': its spares age at another pace while "
              + "they wait, and which unit is active has no known stationary law"
          : "quorum '" + SystemModel.scopeOf(node) + "': who leads and its elections have no "
              + "known stationary law";
      throw new IllegalArgumentException("no stationary start for " + what);
    }
  }

  /**
   * The line of a crew whose units start jointly, not yet solved; null when its units start alone
   * (exactly, with repairers enough for all of them; else approximately, the reason added).
   */
  private static CrewLine joint(SystemModel model, Crew crew, List<String> approximate) {
    List<ComponentGroup> served = model.groupsOf(crew);
    int units = served.stream().mapToInt(ComponentGroup::count).sum();
    if (crew.size() >= units) {
      return null;
    }
    for (ComponentGroup g : served) {
      if (!g.failure().isExponential() || !g.repair().isExponential()) {
        approximate.add("crew '" + crew.name() + "' has fewer repairers than units and group '"
            + g.name() + "' is not exponential: its units start from their own stationary "
            + "states, without the wait for the crew");
        return null;
      }
    }
    CrewLine line = CrewLine.enumerate(served, crew.size());
    if (line == null) {
      approximate.add("the line of crew '" + crew.name() + "' has more than " + CrewLine.LIMIT
          + " states: its units start from their own stationary states, without the wait for"
          + " the crew");
    }
    return line;
  }

  /** The stationary distribution of a Markov group's chain, in its state order. */
  private static double[] stationary(ComponentGroup g) {
    MarkovChain chain = g.markov();
    List<String> names = chain.stateNames();
    if (names.size() == 1) {
      return new double[] {1};
    }
    Ctmc.Builder builder = Ctmc.builder(names.size());
    for (MarkovChain.Transition t : chain.transitions()) {
      builder.rate(names.indexOf(t.from()), names.indexOf(t.to()), t.rate());
    }
    try {
      return SteadyState.solve(builder.build());
    } catch (CtmcException e) {
      throw new IllegalArgumentException("no stationary start for group '" + g.name() + "': "
          + e.getMessage(), e);
    }
  }

  static double[] cumulative(double[] law) {
    double[] sums = new double[law.length];
    double sum = 0;
    for (int i = 0; i < law.length; i++) {
      sum += law[i];
      sums[i] = sum;
    }
    return sums;
  }

  /** The index drawn by u in [0, 1) from a cumulated law: the first whose sum exceeds u·total. */
  static int pick(double[] cumulative, double u) {
    double target = u * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
