package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.failover.Election;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What never changes about one quorum cluster of the structure, as a rare-event trajectory runs it
 * ({@link QuorumStates}): its members (the simulated units of its group, in member order), the
 * majority, the leader's heartbeat interval (0 without a heartbeat: followers notice at once) and
 * the laws of the election timeout and of the message delay (null: messages arrive at once).
 *
 * @param scope the quorum's scope name
 * @param members the simulated unit numbers of its members, member 0 first
 * @param majority the members a leader needs up, ⌊n/2⌋ + 1
 * @param interval the heartbeat interval I, seconds; 0 without a heartbeat
 * @param timeout the election timeout's law
 * @param delay the message delay's law, or null for instant messages
 */
record QuorumPlan(String scope, int[] members, int majority, double interval,
    Distribution timeout, Distribution delay) {

  /** The stream of a quorum's draws in the engine: {@code <scope>/election}. */
  static String stream(String scope) {
    return scope + "/election";
  }

  /**
   * The engine's election on this stream: the timeout's sampler, then the delay's, as the engine's
   * {@code QuorumNode} makes them.
   */
  Election election(UniformRandomProvider random) {
    return new Election(members.length, majority, timeout.sampler(random),
        delay == null ? null : delay.sampler(random));
  }

  /**
   * Why a rare-event trajectory cannot run this quorum as the engine does, or null when it can: its
   * members must fail (otherwise they are not simulated) and not follow a Markov chain.
   */
  static String refusal(Structure.Quorum quorum, SystemModel model) {
    ComponentGroup group = model.group(quorum.group());
    if (!group.fails()) {
      return "quorum " + quorum.name() + ": group " + group.name() + " never fails";
    }
    if (group.isMarkov()) {
      return "quorum " + quorum.name() + ": group " + group.name() + " follows a Markov chain";
    }
    return null;
  }

  /** The plans of the model's quorums, in structure order, over the layout's unit numbers. */
  static QuorumPlan[] of(SystemModel model, int[] firstUnit) {
    List<QuorumPlan> plans = new ArrayList<>();
    for (Structure node : model.failoverNodes()) {
      if (!(node instanceof Structure.Quorum q)) {
        continue;
      }
      ComponentGroup group = model.group(q.group());
      int first = firstUnit[model.groups().indexOf(group)];
      int[] members = new int[group.count()];
      for (int i = 0; i < members.length; i++) {
        members[i] = first + i;
      }
      Heartbeat h = q.heartbeat() == null ? null : model.detector(q.heartbeat()).heartbeat();
      plans.add(new QuorumPlan(SystemModel.scopeOf(q), members,
          Structure.Quorum.majority(members.length), h == null ? 0 : h.interval(),
          q.electionTimeout(), h == null ? null : h.delay()));
    }
    return plans.toArray(new QuorumPlan[0]);
  }
}
