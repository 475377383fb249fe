package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed-form long-run figures for systems of independent units with any failure and repair
 * distributions (each unit is an alternating renewal process):
 *
 * <ul>
 *   <li>unit availability A = MTTF / (MTTF + MTTR), unavailability U = MTTR / (MTTF + MTTR) (each
 *       its own quotient, so neither is lost beside the other), and failure frequency
 *       1 / (MTTF + MTTR);
 *   <li>system availability and unavailability from the structure function over the units' A and
 *       U, each without cancellation (see {@link StructureFunction});
 *   <li>system failure frequency f = Σ over units of (Birnbaum importance × unit failure frequency),
 *       hence system MTBF = A / f and MTTR = U / f;
 *   <li>MTTF where a closed form exists: one failing unit (its mean life) or exponential units that
 *       must all be up (1 / Σλ).
 * </ul>
 *
 * Assumptions: units fail and are repaired independently, and each group appears in the structure
 * at most once; otherwise no figure is given and the formula column says why. A crew with at least
 * as many repairers as units it serves never makes a unit wait, so its units are still independent;
 * a smaller crew couples them, and every figure of a scope holding its units is left to the CTMC.
 * So are scopes holding Markov units.
 */
public final class AvailabilityAnalytics {

  static final String UNIT_A = "MTTF/(MTTF+MTTR)";
  static final String UNIT_U = "MTTR/(MTTF+MTTR)";
  static final String STRUCTURE_A = "structure function, independent units";
  static final String STRUCTURE_U = "structure function over unit U, independent units";
  static final String FREQUENCY = "Σ Birnbaum importance × unit failure rate";
  static final String MTBF = "A/f, f by Birnbaum importance";
  static final String MTTR = "U/f, f by Birnbaum importance";
  static final String SHARED_CREW = "no closed form: units share a crew (see the CTMC)";
  static final String MARKOV = "markov: see the CTMC";

  private final SystemModel model;
  private final StructureFunction function;

  public AvailabilityAnalytics(SystemModel model) {
    this.model = model;
    Map<String, StructureFunction.Unit> units = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ComponentGroup g : model.groups()) {
      // Markov groups have no closed form here; scopes holding them never read this value.
      units.put(g.name(), g.isMarkov() ? new StructureFunction.Unit(Double.NaN, Double.NaN)
          : unit(g));
      counts.put(g.name(), g.count());
    }
    this.function = new StructureFunction(units, counts);
  }

  /** The figures of the whole system. */
  public ScopeAnalytics system() {
    String repeated = repeatedGroup(model.structure());
    if (repeated != null) {
      return ScopeAnalytics.none(
          "no formula: group " + repeated + " appears twice in the structure (units not independent)");
    }
    return scope(model.structure(), null);
  }

  /** The figures of any node built of groups, k-of-n, series and parallel. */
  public ScopeAnalytics scope(Structure node) {
    String repeated = repeatedGroup(node);
    if (repeated != null) {
      return ScopeAnalytics.none(
          "no formula: group " + repeated + " appears twice in the structure (units not independent)");
    }
    return scope(node, null);
  }

  /** The figures of one group: up while all of its units are up. */
  public ScopeAnalytics group(String name) {
    ComponentGroup g = model.group(name);
    return scope(new Structure.Group(name), g);
  }

  /**
   * Long-run availability of one unit repaired at once: mean life / (mean life + mean repair); 1 if
   * it never fails.
   *
   * @throws IllegalArgumentException for a Markov group (its figures come from the CTMC)
   */
  public static double unitAvailability(ComponentGroup g) {
    return unit(g).up();
  }

  /**
   * Long-run unavailability of one unit repaired at once: mean repair / (mean life + mean repair),
   * computed as that quotient (not 1 − A), so it keeps its digits however small; 0 if it never
   * fails.
   *
   * @throws IllegalArgumentException for a Markov group (its figures come from the CTMC)
   */
  public static double unitUnavailability(ComponentGroup g) {
    return unit(g).down();
  }

  private static StructureFunction.Unit unit(ComponentGroup g) {
    requireRenewal(g);
    if (!g.fails()) {
      return new StructureFunction.Unit(1, 0);
    }
    return StructureFunction.Unit.renewal(g.failure().mean(), g.repair().mean());
  }

  /**
   * Long-run failures per second of one unit repaired at once: 1 / (mean life + mean repair); 0 if
   * it never fails.
   *
   * @throws IllegalArgumentException for a Markov group (its figures come from the CTMC)
   */
  public static double unitFailureFrequency(ComponentGroup g) {
    requireRenewal(g);
    return g.fails() ? 1 / (g.failure().mean() + g.repair().mean()) : 0;
  }

  /**
   * True when the group's units can wait for a repairer: its crew has fewer repairers than the units
   * it serves, so the units are not independent.
   */
  public boolean sharesCrew(ComponentGroup g) {
    if (g.crew() == null) {
      return false;
    }
    Crew crew = model.crew(g.crew());
    int served = model.groupsOf(crew).stream().mapToInt(ComponentGroup::count).sum();
    return crew.size() < served;
  }

  private static void requireRenewal(ComponentGroup g) {
    if (g.isMarkov()) {
      throw new IllegalArgumentException("group " + g.name() + " is a markov group: " + MARKOV);
    }
  }

  private ScopeAnalytics scope(Structure root, ComponentGroup group) {
    List<ComponentGroup> members = groupsIn(root);
    if (members.stream().anyMatch(this::sharesCrew)) {
      return ScopeAnalytics.none(SHARED_CREW);
    }
    if (members.stream().anyMatch(ComponentGroup::isMarkov)) {
      return ScopeAnalytics.none(MARKOV);
    }
    List<ComponentGroup> failing = members.stream().filter(ComponentGroup::fails).toList();
    int failingUnits = failing.stream().mapToInt(ComponentGroup::count).sum();
    boolean singleUnit = failingUnits == 1 && allMustBeUp(root);

    StructureFunction.Value value = function.value(root, null);
    double a = value.up();
    double u = value.down();
    double f = 0;
    for (ComponentGroup g : failing) {
      f += g.count() * unitFailureFrequency(g) * function.importance(root, g.name());
    }
    Analytic unitA = group == null ? Analytic.NONE : Analytic.of(unitAvailability(group), UNIT_A);
    if (failingUnits == 0) {
      Analytic never = Analytic.none("no formula: nothing in this scope fails");
      return new ScopeAnalytics(Analytic.of(1, "nothing fails"), Analytic.of(0, "nothing fails"),
          Analytic.of(0, "nothing fails"), never, never, never, unitA, null);
    }
    if (f == 0) { // units fail, but never all that it needs (say, beside one that never fails)
      String why = "no failure takes it down";
      Analytic never = Analytic.none("no formula: " + why);
      return new ScopeAnalytics(Analytic.of(1, why), Analytic.of(0, why), Analytic.of(0, why),
          never, never, never, unitA, null);
    }
    if (singleUnit) {
      ComponentGroup g = failing.get(0);
      return new ScopeAnalytics(
          Analytic.of(a, UNIT_A),
          Analytic.of(u, UNIT_U),
          Analytic.of(f, "1/(MTTF+MTTR)"),
          Analytic.of(g.failure().mean(), "mean of the failure distribution"),
          Analytic.of(g.repair().mean(), "mean of the repair distribution"),
          Analytic.of(g.failure().mean(), "mean of the failure distribution"),
          unitA,
          g.repair());
    }
    return new ScopeAnalytics(
        Analytic.of(a, STRUCTURE_A),
        Analytic.of(u, STRUCTURE_U),
        Analytic.of(f, FREQUENCY),
        Analytic.of(a / f, MTBF),
        Analytic.of(u / f, MTTR),
        seriesMttf(root, failing),
        unitA,
        null);
  }

  /** 1/Σλ when the scope needs every unit up and every failing unit is exponential. */
  private Analytic seriesMttf(Structure root, List<ComponentGroup> failing) {
    if (!allMustBeUp(root)) {
      return Analytic.none("no formula: the first failure of a redundant structure of units that "
          + "are not all exponential has no closed form");
    }
    double rate = 0;
    for (ComponentGroup g : failing) {
      Distribution life = g.failure();
      if (!life.isExponential()) {
        return Analytic.none("no formula: the first of several lives that are not exponential has "
            + "no closed form");
      }
      rate += g.count() / life.mean();
    }
    return Analytic.of(1 / rate, "1/Σλ, exponential units in series");
  }

  /** True when the node is up only while every unit under it is up (series of whole groups). */
  private boolean allMustBeUp(Structure node) {
    if (node instanceof Structure.Group) {
      return true;
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      return a.k() == model.group(a.group()).count();
    }
    List<Structure> parts = Structure.partsOf(node);
    boolean needsAll = node instanceof Structure.Series
        || (node instanceof Structure.AtLeast a && a.k() == parts.size())
        || (node instanceof Structure.Parallel && parts.size() == 1);
    return needsAll && parts.stream().allMatch(this::allMustBeUp);
  }

  private List<ComponentGroup> groupsIn(Structure node) {
    Set<String> names = new HashSet<>();
    collect(node, new ArrayList<>(), names);
    return model.groups().stream().filter(g -> names.contains(g.name())).toList();
  }

  private static void collect(Structure node, List<String> seen, Set<String> names) {
    if (node instanceof Structure.Group g) {
      seen.add(g.name());
      names.add(g.name());
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      seen.add(a.group());
      names.add(a.group());
    } else {
      Structure.partsOf(node).forEach(p -> collect(p, seen, names));
    }
  }

  /** The first group named more than once in the structure, or null. */
  private static String repeatedGroup(Structure root) {
    List<String> seen = new ArrayList<>();
    collect(root, seen, new HashSet<>());
    Set<String> once = new HashSet<>();
    for (String name : seen) {
      if (!once.add(name)) {
        return name;
      }
    }
    return null;
  }
}
