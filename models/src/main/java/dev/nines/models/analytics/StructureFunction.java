package dev.nines.models.analytics;

import dev.nines.models.structure.Structure;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The probability that a structure is up, given the availability of each group's units, assuming
 * units are independent and every group appears in the structure at most once. One unit of one group
 * can be forced up or down, which gives the Birnbaum importance of that group's units:
 * I = A(unit up) - A(unit down).
 */
final class StructureFunction {

  /** No unit forced. */
  static final int FREE = -1;

  private final Map<String, Double> unitAvailability;
  private final Map<String, Integer> unitCount;

  StructureFunction(Map<String, Double> unitAvailability, Map<String, Integer> unitCount) {
    this.unitAvailability = unitAvailability;
    this.unitCount = unitCount;
  }

  /** P(node up) with every unit free. */
  double availability(Structure node) {
    return availability(node, null, FREE);
  }

  /** P(node up) with one unit of {@code forcedGroup} fixed up (state 1) or down (state 0). */
  double availability(Structure node, String forcedGroup, int forcedState) {
    if (node instanceof Structure.Group g) {
      return atLeastOfGroup(unitCount.get(g.name()), g.name(), forcedGroup, forcedState);
    }
    if (node instanceof Structure.AtLeastOfGroup a) {
      return atLeastOfGroup(a.k(), a.group(), forcedGroup, forcedState);
    }
    List<Structure> parts = Structure.partsOf(node);
    double[] p = new double[parts.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = availability(parts.get(i), forcedGroup, forcedState);
    }
    if (node instanceof Structure.Series) {
      return atLeast(p.length, p);
    }
    if (node instanceof Structure.Parallel) {
      return atLeast(1, p);
    }
    return atLeast(((Structure.AtLeast) node).k(), p);
  }

  /** Birnbaum importance of one unit of the group: how much the structure depends on it. */
  double importance(Structure node, String group) {
    return availability(node, group, 1) - availability(node, group, 0);
  }

  /** P(at least k of the group's units up), with one of them possibly forced. */
  private double atLeastOfGroup(int k, String group, String forcedGroup, int forcedState) {
    int n = unitCount.get(group);
    double p = unitAvailability.get(group);
    if (group.equals(forcedGroup) && forcedState != FREE) {
      return binomialAtLeast(k - forcedState, n - 1, p);
    }
    return binomialAtLeast(k, n, p);
  }

  /** P(Bin(n, p) >= k). */
  static double binomialAtLeast(int k, int n, double p) {
    if (k <= 0) {
      return 1;
    }
    if (k > n) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    if (p <= 0) {
      return 0;
    }
    return 1 - new BinomialDistribution(null, n, p).cumulativeProbability(k - 1);
  }

  /** P(at least k of independent events with probabilities p are true), by dynamic programming. */
  static double atLeast(int k, double[] p) {
    // ways[j] = P(exactly j of the events seen so far are true)
    double[] ways = new double[p.length + 1];
    ways[0] = 1;
    for (int i = 0; i < p.length; i++) {
      for (int j = i + 1; j >= 1; j--) {
        ways[j] = ways[j] * (1 - p[i]) + ways[j - 1] * p[i];
      }
      ways[0] *= 1 - p[i];
    }
    double sum = 0;
    for (int j = k; j <= p.length; j++) {
      sum += ways[j];
    }
    return Math.min(1, sum);
  }
}
