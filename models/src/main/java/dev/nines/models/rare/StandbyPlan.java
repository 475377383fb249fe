package dev.nines.models.rare;

import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * What never changes about one standby of the structure, as a rare-event trajectory runs it
 * ({@link StandbyStates}): its pool of simulated units (the active group's units, then each spare
 * group's, in the order the engine tries them), its heartbeat detector if any, its switchover law,
 * switch-failure probability, the manual restore (the active group's repair law) and the pace at
 * which its spares age (hot 1, warm in (0, 1), cold 0; see {@link AgeClocks}).
 *
 * <p>The detector is simulated exactly, without heartbeat events: a lossless heartbeat that arrives
 * after a fixed delay d (0 without one) is sent at u, u + I, u + 2I, ... from the start u of the
 * unit's up period (time 0 for a unit up at the start), so the monitor suspects a unit that fails
 * at t at s + d + T, s = u + ⌊(t − u)/I⌋·I the last heartbeat sent, and trusts a unit repaired at
 * r again at r + d. Lost or randomly delayed heartbeats, which would need the heartbeats drawn one
 * by one, are refused ({@link #refusal}).
 *
 * @param scope the standby's scope name
 * @param pool the simulated unit numbers of the pool, in trial order
 * @param interval heartbeat interval I, seconds; NaN without a detector
 * @param timeout heartbeat timeout T, seconds; NaN without a detector
 * @param delay the fixed heartbeat delay d, seconds (0 when heartbeats arrive at once)
 * @param switchover the switchover law, or null for an instant switch
 * @param switchFailure the probability that a switchover fails
 * @param restore the manual restore after every switchover failed (the active group's repair law)
 * @param dormancy the pace of its spares: 1 hot, 0 cold, in between warm
 */
record StandbyPlan(String scope, int[] pool, double interval, double timeout, double delay,
    Distribution switchover, double switchFailure, Distribution restore, double dormancy) {

  /** True when the standby has a heartbeat detector. */
  boolean detected() {
    return !Double.isNaN(interval);
  }

  /**
   * Why a rare-event trajectory cannot run this standby exactly as the engine does, or null when it
   * can: Markov units (which the engine runs as hot spares only), and heartbeats that can be lost
   * or whose delay is random or at least the timeout. Warm and cold spares are run at their pace.
   */
  static String refusal(Structure.Standby standby, SystemModel model) {
    for (String group : standby.groups()) {
      if (!model.group(group).fails()) {
        return "standby " + standby.name() + ": group " + group + " never fails";
      }
      if (model.group(group).isMarkov()) {
        return "standby " + standby.name() + ": group " + group + " follows a Markov chain";
      }
    }
    if (standby.detector() == null) {
      return null;
    }
    Heartbeat h = model.detector(standby.detector()).heartbeat();
    if (h.loss() > 0) {
      return "detector " + standby.detector() + " loses heartbeats: rare-event methods simulate"
          + " lossless heartbeats only";
    }
    if (h.delay() != null && !(h.delay() instanceof Deterministic)) {
      return "detector " + standby.detector() + " delays heartbeats by " + h.delay().describe()
          + ": rare-event methods simulate a fixed delay only";
    }
    if (h.meanDelay() >= h.timeout()) {
      return "detector " + standby.detector() + ": a heartbeat delay at least the timeout suspects"
          + " units that are up";
    }
    return null;
  }

  /** The plans of the model's standbys, in structure order, over the layout's unit numbers. */
  static StandbyPlan[] of(SystemModel model, int[] firstUnit) {
    List<StandbyPlan> plans = new ArrayList<>();
    for (Structure node : model.failoverNodes()) {
      if (!(node instanceof Structure.Standby s)) {
        continue;
      }
      List<Integer> pool = new ArrayList<>();
      for (String name : s.groups()) {
        int g = model.groups().indexOf(model.group(name));
        for (int i = 0; i < model.group(name).count(); i++) {
          pool.add(firstUnit[g] + i);
        }
      }
      double interval = Double.NaN;
      double timeout = Double.NaN;
      double delay = 0;
      if (s.detector() != null) {
        Heartbeat h = model.detector(s.detector()).heartbeat();
        interval = h.interval();
        timeout = h.timeout();
        delay = h.meanDelay();
      }
      plans.add(new StandbyPlan(SystemModel.scopeOf(s),
          pool.stream().mapToInt(Integer::intValue).toArray(), interval, timeout, delay,
          s.switchover(), s.switchFailure(), model.group(s.active()).repair(), s.dormancy()));
    }
    return plans.toArray(new StandbyPlan[0]);
  }
}
