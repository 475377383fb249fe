package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure the analytic formulas see: failover taken as instant and perfect. With instant, perfect
 * detection and switching a hot standby is up while any of its units is up, which is a parallel node;
 * with instant elections a quorum is up while a majority of its units is up, which is a k-of-n node.
 * Warm and cold standbys stay as they are: their spares age at another pace, which the structure
 * alone cannot say (see {@link StandbyAnalytics}). Where the real failover is slower or can fail, the
 * simulated figures fall short of these; the formulas say so.
 */
final class IdealFailover {

  private IdealFailover() {}

  /** The model with every hot standby and every quorum replaced by its ideal structure. */
  static SystemModel of(SystemModel model) {
    return new SystemModel(model.groups(), model.crews(), model.detectors(),
        ideal(model.structure(), model));
  }

  /** A node with its hot standbys and quorums replaced by their ideal structure. */
  static Structure ideal(Structure node, SystemModel model) {
    if (node instanceof Structure.Standby s) {
      if (s.mode() != StandbyMode.HOT) {
        return s;
      }
      List<Structure> parts = new ArrayList<>();
      s.groups().forEach(g -> parts.add(new Structure.AtLeastOfGroup(1, g)));
      return new Structure.Parallel(parts);
    }
    if (node instanceof Structure.Quorum q) {
      ComponentGroup g = model.group(q.group());
      return new Structure.AtLeastOfGroup(Structure.Quorum.majority(g.count()), g.name());
    }
    if (node instanceof Structure.Series s) {
      return new Structure.Series(ideal(s.parts(), model));
    }
    if (node instanceof Structure.Parallel p) {
      return new Structure.Parallel(ideal(p.parts(), model));
    }
    if (node instanceof Structure.AtLeast a) {
      return new Structure.AtLeast(a.k(), ideal(a.parts(), model));
    }
    return node;
  }

  private static List<Structure> ideal(List<Structure> parts, SystemModel model) {
    return parts.stream().map(p -> ideal(p, model)).toList();
  }

  /**
   * What the formulas of a scope holding {@code node} leave out, to add to their names: null when
   * its failover is ideal (standbys with instant perfect detection and switching, no quorum).
   */
  static String caveat(Structure node) {
    boolean standby = false;
    boolean quorum = false;
    List<Structure> stack = new ArrayList<>(List.of(node));
    while (!stack.isEmpty()) {
      Structure n = stack.remove(stack.size() - 1);
      standby |= n instanceof Structure.Standby s && !s.isIdeal();
      quorum |= n instanceof Structure.Quorum;
      stack.addAll(Structure.partsOf(n));
    }
    if (standby && quorum) {
      return "ideal failover and instant elections";
    }
    return standby ? "ideal failover" : quorum ? "instant elections" : null;
  }

  /**
   * The analytics of a scope whose failover is not ideal: its availability and unavailability are
   * the ideal ones, under a name that says so, for the simulated figure to be read against (the
   * gap is what detection, switching and elections cost); its failure counts and times have no
   * formula, since every failover or election is a short outage the ideal model does not have.
   */
  static ScopeAnalytics label(ScopeAnalytics a, String caveat) {
    if (caveat == null) {
      return a;
    }
    Analytic none = Analytic.none("no formula: every failover or election is a short outage that "
        + "the model with " + caveat + " leaves out");
    return new ScopeAnalytics(withCaveat(a.availability(), caveat),
        withCaveat(a.unavailability(), caveat), none, none, none, none, a.unitAvailability(), null);
  }

  private static Analytic withCaveat(Analytic a, String caveat) {
    return a.hasValue() ? Analytic.of(a.value(), a.formula() + ", " + caveat) : a;
  }

  /** True when the node holds a warm or cold standby, whose spares age at another pace. */
  static boolean hasDormantSpares(Structure node) {
    if (node instanceof Structure.Standby s) {
      return s.mode() != StandbyMode.HOT;
    }
    return Structure.partsOf(node).stream().anyMatch(IdealFailover::hasDormantSpares);
  }

  /** The warm or cold standby holding this group, or null. */
  static Structure.Standby dormantStandbyOf(SystemModel model, String group) {
    for (Structure node : model.failoverNodes()) {
      if (node instanceof Structure.Standby s && s.mode() != StandbyMode.HOT
          && s.groups().contains(group)) {
        return s;
      }
    }
    return null;
  }
}
