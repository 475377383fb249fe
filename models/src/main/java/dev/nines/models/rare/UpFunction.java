package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.structure.Structure;
import java.util.List;

/**
 * The structure as a function of how many units of each group are up: a group node is up while all
 * of its units are, {@code atLeast k of group} while k are, series, parallel and k-of-n over parts
 * as their gates count them ({@link dev.nines.models.structure.Gate}), a standby or a quorum as its
 * state says ({@link StandbyStates}, {@link QuorumStates}). Evaluated afresh after each
 * change: the trees are small, and a fresh evaluation needs no state to copy when a trajectory
 * branches.
 */
final class UpFunction {

  private final Node root;

  private sealed interface Node {}

  /** Up while at least k units of group g are up. */
  private record Units(int group, int k) implements Node {}

  /** Up while standby {@code node} (its index among the model's standbys) is up. */
  private record Standby(int node) implements Node {}

  /**
   * Up while quorum {@code node} (its index among the model's quorums) has a leader and a majority
   * {@code majority} of its members, the units of group {@code group}, up.
   */
  private record Quorum(int node, int group, int majority) implements Node {}

  /** Up while at least k of the parts are up. */
  private record Gate(int k, Node[] parts) implements Node {}

  private UpFunction(Node root) {
    this.root = root;
  }

  /**
   * The function of a structure of groups, series, parallel and k-of-n nodes.
   *
   * @param groups the model's groups, whose order gives the index of each group's up count
   * @param standbys the model's failover nodes, whose order gives the index of each standby and
   *     of each quorum
   */
  static UpFunction of(Structure structure, List<ComponentGroup> groups,
      List<Structure> standbys) {
    return new UpFunction(compile(structure, groups, standbys));
  }

  private static Node compile(Structure node, List<ComponentGroup> groups,
      List<Structure> standbys) {
    if (node instanceof Structure.Standby) {
      return new Standby(indexAmong(node, standbys));
    } else if (node instanceof Structure.Quorum q) {
      int group = indexOf(q.group(), groups);
      return new Quorum(indexAmong(node, standbys), group,
          Structure.Quorum.majority(groups.get(group).count()));
    } else if (node instanceof Structure.Group g) {
      int index = indexOf(g.name(), groups);
      return new Units(index, groups.get(index).count());
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      return new Units(indexOf(a.group(), groups), a.k());
    } else if (node instanceof Structure.Series s) {
      return gate(s.parts().size(), s.parts(), groups, standbys);
    } else if (node instanceof Structure.Parallel p) {
      return gate(1, p.parts(), groups, standbys);
    } else if (node instanceof Structure.AtLeast a) {
      return gate(a.k(), a.parts(), groups, standbys);
    }
    throw new IllegalArgumentException("no up function for " + node);
  }

  private static Node gate(int k, List<Structure> parts, List<ComponentGroup> groups,
      List<Structure> standbys) {
    Node[] compiled = new Node[parts.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = compile(parts.get(i), groups, standbys);
    }
    return new Gate(k, compiled);
  }

  /** The index of a standby among the standbys, or of a quorum among the quorums. */
  private static int indexAmong(Structure node, List<Structure> failover) {
    int index = 0;
    for (Structure other : failover) {
      if (other.equals(node)) {
        return index;
      }
      if (other.getClass() == node.getClass()) {
        index++;
      }
    }
    throw new IllegalArgumentException("not a failover node of the model: " + node);
  }

  private static int indexOf(String name, List<ComponentGroup> groups) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown group " + name);
  }

  /** True when the system is up in the state: its units of each group up, standbys and quorums. */
  boolean isUp(SystemState s) {
    return isUp(root, s);
  }

  /**
   * How many more unit failures, at the least, would bring the system down with every standby
   * switching perfectly (its pool in parallel): the distance to the closest minimal cut, the
   * importance function of splitting. A quorum counts the member failures that lose its
   * majority, as if elections took no time: losing the leader is an outage one failure away, but a
   * frequent and short one, which the first splitting stage measures as it happens; counting it
   * would leave every state one failure from down and no level on the way to the majority's loss.
   * A Markov unit counts the failing moves that take it down ({@link MarkovDistance}): a degraded
   * unit is closer to the cut than a unit in its best state. Where parts share a group it counts
   * the group's failures in each part: an under-estimate of the distance is still a valid
   * importance function.
   */
  int distance(SystemState s) {
    return distance(root, s);
  }

  /**
   * The distance to the closest minimal cut if the up unit failed now ({@link #distance} of the
   * state with that unit down, or for a Markov unit one failing move closer to down: a state one
   * move nearer, {@link MarkovLaw#distance}); the state is left as it was.
   */
  int distanceIfFails(SystemState s, int unit) {
    int g = s.layout.groupOf[unit];
    MarkovLaw law = s.layout.markov[g];
    int state = law == null ? -1 : s.markov.state[unit];
    int closer = law == null ? -1 : law.closer(state);
    if (law != null && closer < 0) {
      return distance(root, s); // no move of it leads down
    }
    boolean down = law == null || !law.up[closer];
    byte status = s.status[unit];
    if (law != null) {
      s.markov.state[unit] = closer;
    }
    if (down) {
      s.status[unit] = SystemState.WAIT;
      s.upCount[g]--;
    }
    int d = distance(root, s);
    if (law != null) {
      s.markov.state[unit] = state;
    }
    if (down) {
      s.status[unit] = status;
      s.upCount[g]++;
    }
    return d;
  }

  private static int distance(Node node, SystemState s) {
    if (node instanceof Units u) {
      int need = Math.max(0, s.upCount[u.group()] - u.k() + 1);
      return s.layout.markov[u.group()] == null ? need : MarkovDistance.of(s, u.group(), need);
    }
    if (node instanceof Quorum q) {
      return Math.max(0, s.upCount[q.group()] - q.majority() + 1);
    }
    if (node instanceof Standby standby) {
      int left = 0;
      for (int unit : s.standbys.plans[standby.node()].pool()) {
        left += s.status[unit] == SystemState.UP ? 1 : 0;
      }
      return left;
    }
    Gate gate = (Gate) node;
    int[] d = new int[gate.parts().length];
    for (int i = 0; i < d.length; i++) {
      d[i] = distance(gate.parts()[i], s);
    }
    java.util.Arrays.sort(d);
    int sum = 0;
    for (int i = 0; i < d.length - gate.k() + 1; i++) {
      sum += d[i];
    }
    return sum;
  }

  private static boolean isUp(Node node, SystemState s) {
    if (node instanceof Units u) {
      return s.upCount[u.group()] >= u.k();
    }
    if (node instanceof Standby standby) {
      return s.standbys.isUp(standby.node());
    }
    if (node instanceof Quorum q) {
      return s.quorums.isUp(q.node());
    }
    Gate gate = (Gate) node;
    int needed = gate.k();
    int left = gate.parts().length;
    for (Node part : gate.parts()) {
      if (isUp(part, s)) {
        if (--needed == 0) {
          return true;
        }
      }
      if (--left < needed) {
        return false;
      }
    }
    return needed <= 0;
  }
}
