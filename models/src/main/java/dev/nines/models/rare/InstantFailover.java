package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The system's rare failures, for choosing a method: those of its twin whose standbys and quorums
 * fail over at once and without fault (a standby up while any unit of its pool is, a quorum while
 * a majority of its members is), plus the standbys' failed switchovers. A standby's detection and
 * switchover, and a quorum's election, cost an outage at every failure of the active unit or the
 * leader: frequent and short, seen by plain simulation. What the twin counts (a pool or a majority
 * lost, a switchover that fails once in 10⁴) is what plain simulation misses, while it can carry
 * most of the down time: a system may fail several times per replication and still need a
 * rare-event method.
 */
public final class InstantFailover {

  private InstantFailover() {}

  /**
   * The expected rare failures in {@code observed} seconds: the twin's system failures by the
   * structure function ({@link ImportanceSampling#expectedFailures(SystemModel, double, boolean)},
   * crews waiting as asked), plus each standby's switchFailure × its active unit's failures (one
   * per MTTF + MTTR). NaN where the structure function cannot say, or the model has no standby or
   * quorum.
   */
  public static double expectedFailures(SystemModel model, double observed, boolean crewsWait) {
    List<Structure> nodes = model.failoverNodes();
    if (nodes.isEmpty()) {
      return Double.NaN;
    }
    SystemModel twin;
    try {
      twin = new SystemModel(model.groups(), model.crews(), List.of(),
          twin(model.structure(), model));
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
    double failures = ImportanceSampling.expectedFailures(twin, observed, crewsWait);
    for (Structure node : nodes) {
      if (node instanceof Structure.Standby s && s.switchFailure() > 0) {
        ComponentGroup active = model.group(s.active());
        if (active.failure() == null || active.repair() == null) {
          return Double.NaN;
        }
        failures += s.switchFailure() * observed
            / (active.failure().mean() + active.repair().mean());
      }
    }
    return failures;
  }

  /** The structure with each standby as its pool in parallel and each quorum as its majority. */
  static Structure twin(Structure node, SystemModel model) {
    if (node instanceof Structure.Standby s) {
      List<Structure> pool = new ArrayList<>();
      for (String group : s.groups()) {
        pool.add(new Structure.AtLeastOfGroup(1, group));
      }
      return pool.size() == 1 ? pool.get(0) : new Structure.Parallel(pool);
    } else if (node instanceof Structure.Quorum q) {
      int n = model.group(q.group()).count();
      return new Structure.AtLeastOfGroup(Structure.Quorum.majority(n), q.group());
    } else if (node instanceof Structure.Series s) {
      return new Structure.Series(twins(s.parts(), model));
    } else if (node instanceof Structure.Parallel p) {
      return new Structure.Parallel(twins(p.parts(), model));
    } else if (node instanceof Structure.AtLeast a) {
      return new Structure.AtLeast(a.k(), twins(a.parts(), model));
    }
    return node;
  }

  private static List<Structure> twins(List<Structure> parts, SystemModel model) {
    return parts.stream().map(p -> twin(p, model)).toList();
  }
}
