package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.structure.Structure;
import java.util.List;

/**
 * The structure as a function of how many units of each group are up: a group node is up while all
 * of its units are, {@code atLeast k of group} while k are, series, parallel and k-of-n over parts
 * as their gates count them ({@link dev.nines.models.structure.Gate}). Evaluated afresh after each
 * change: the trees are small, and a fresh evaluation needs no state to copy when a trajectory
 * branches.
 */
final class UpFunction {

  private final Node root;

  private sealed interface Node {}

  /** Up while at least k units of group g are up. */
  private record Units(int group, int k) implements Node {}

  /** Up while at least k of the parts are up. */
  private record Gate(int k, Node[] parts) implements Node {}

  private UpFunction(Node root) {
    this.root = root;
  }

  /**
   * The function of a structure of groups, series, parallel and k-of-n nodes.
   *
   * @param groups the model's groups, whose order gives the index of each group's up count
   * @throws IllegalArgumentException for a standby or quorum node
   */
  static UpFunction of(Structure structure, List<ComponentGroup> groups) {
    return new UpFunction(compile(structure, groups));
  }

  private static Node compile(Structure node, List<ComponentGroup> groups) {
    if (node instanceof Structure.Group g) {
      int index = indexOf(g.name(), groups);
      return new Units(index, groups.get(index).count());
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      return new Units(indexOf(a.group(), groups), a.k());
    } else if (node instanceof Structure.Series s) {
      return gate(s.parts().size(), s.parts(), groups);
    } else if (node instanceof Structure.Parallel p) {
      return gate(1, p.parts(), groups);
    } else if (node instanceof Structure.AtLeast a) {
      return gate(a.k(), a.parts(), groups);
    }
    throw new IllegalArgumentException("no up function for " + node);
  }

  private static Node gate(int k, List<Structure> parts, List<ComponentGroup> groups) {
    Node[] compiled = new Node[parts.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = compile(parts.get(i), groups);
    }
    return new Gate(k, compiled);
  }

  private static int indexOf(String name, List<ComponentGroup> groups) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown group " + name);
  }

  /** True when the system is up with {@code up[g]} units of group g up. */
  boolean isUp(int[] up) {
    return isUp(root, up);
  }

  private static boolean isUp(Node node, int[] up) {
    if (node instanceof Units u) {
      return up[u.group()] >= u.k();
    }
    Gate gate = (Gate) node;
    int needed = gate.k();
    int left = gate.parts().length;
    for (Node part : gate.parts()) {
      if (isUp(part, up)) {
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
