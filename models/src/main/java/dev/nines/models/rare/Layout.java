package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The units an importance-sampling trajectory simulates, numbered 0..n−1, with what never changes:
 * each unit's group and name, each group's laws and size, each unit's crew, the standbys and
 * quorums of the structure. Only groups that can change the system's state are simulated: those
 * the structure names that fail, and the groups sharing a crew with one of them (they make its
 * units wait). The others, whose failures change nothing the system figures see, would only make
 * the all-up state rarer.
 */
final class Layout {

  final SystemModel model;
  /** Units of each model group, in model order (all of them, simulated or not). */
  final int[] groupCount;
  /** The number of each model group's first unit, −1 for a group not simulated. */
  final int[] firstUnit;
  final Distribution[] life;
  final Distribution[] repair;
  /** Per model group, its chain as trajectories run it ({@link MarkovLaw}); null if not Markov. */
  final MarkovLaw[] markov;
  /** Per unit: the index of its group in the model, its name, its crew (−1: repaired at once). */
  final int[] groupOf;
  final String[] name;
  final int[] crewOf;
  /** Per crew: repairers, and the simulated units it serves (the longest its line can get). */
  final int[] crewSize;
  final int[] crewServes;
  final UpFunction up;
  /** The standbys of the structure (hot, warm or cold), in the model's failover-node order. */
  final StandbyPlan[] standbys;
  /** Per unit: the standby whose pool holds it, −1 for none. */
  final int[] standbyOf;
  /** The quorums of the structure, in the order of the model's failover nodes. */
  final QuorumPlan[] quorums;
  /** Per unit: the quorum it is a member of, −1 for none. */
  final int[] quorumOf;

  private Layout(SystemModel model, List<Integer> groups) {
    this.model = model;
    List<ComponentGroup> all = model.groups();
    groupCount = new int[all.size()];
    firstUnit = new int[all.size()];
    java.util.Arrays.fill(firstUnit, -1);
    life = new Distribution[all.size()];
    repair = new Distribution[all.size()];
    markov = new MarkovLaw[all.size()];
    for (int g = 0; g < all.size(); g++) {
      groupCount[g] = all.get(g).count();
      life[g] = all.get(g).failure();
      repair[g] = all.get(g).repair();
      markov[g] = all.get(g).isMarkov() ? new MarkovLaw(all.get(g).markov()) : null;
    }
    List<Crew> crews = model.crews();
    crewSize = new int[crews.size()];
    crewServes = new int[crews.size()];
    for (int c = 0; c < crews.size(); c++) {
      crewSize[c] = crews.get(c).size();
    }
    int n = groups.stream().mapToInt(g -> groupCount[g]).sum();
    groupOf = new int[n];
    name = new String[n];
    crewOf = new int[n];
    int u = 0;
    for (int g : groups) {
      ComponentGroup group = all.get(g);
      int crew = group.crew() == null ? -1 : crews.indexOf(model.crew(group.crew()));
      firstUnit[g] = u;
      for (int i = 0; i < group.count(); i++, u++) {
        groupOf[u] = g;
        name[u] = group.unitName(i);
        crewOf[u] = crew;
        if (crew >= 0) {
          crewServes[crew]++;
        }
      }
    }
    up = UpFunction.of(model.structure(), all, model.failoverNodes());
    standbys = StandbyPlan.of(model, firstUnit);
    standbyOf = new int[n];
    java.util.Arrays.fill(standbyOf, -1);
    for (int k = 0; k < standbys.length; k++) {
      for (int unit : standbys[k].pool()) {
        if (standbyOf[unit] >= 0) {
          throw new IllegalArgumentException("unit " + name[unit] + " is in two standbys");
        }
        standbyOf[unit] = k;
      }
    }
    quorums = QuorumPlan.of(model, firstUnit);
    quorumOf = new int[n];
    java.util.Arrays.fill(quorumOf, -1);
    for (int q = 0; q < quorums.length; q++) {
      for (int unit : quorums[q].members()) {
        quorumOf[unit] = q;
      }
    }
  }

  /** The layout of a model that {@link ImportanceSampling#supports} accepts. */
  static Layout of(SystemModel model) {
    return new Layout(model, simulated(model));
  }

  /** The number of simulated units. */
  int units() {
    return groupOf.length;
  }

  /**
   * The indices of the groups to simulate, in model order: failing groups the structure names,
   * then those sharing a crew with one of them.
   */
  static List<Integer> simulated(SystemModel model) {
    Set<String> named = new HashSet<>();
    collect(model.structure(), named);
    Set<String> crews = new HashSet<>();
    for (ComponentGroup g : model.groups()) {
      if (g.fails() && named.contains(g.name()) && g.crew() != null) {
        crews.add(g.crew());
      }
    }
    List<Integer> groups = new ArrayList<>();
    for (int g = 0; g < model.groups().size(); g++) {
      ComponentGroup group = model.groups().get(g);
      if (group.fails() && (named.contains(group.name()) || crews.contains(group.crew()))) {
        groups.add(g);
      }
    }
    return groups;
  }

  private static void collect(Structure node, Set<String> names) {
    names.addAll(Structure.groupsOf(node));
    Structure.partsOf(node).forEach(p -> collect(p, names));
  }
}
