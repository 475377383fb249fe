package dev.nines.models.analytics;

import dev.nines.models.SystemModel;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Traffic;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The analytic side of a scenario: the exact CTMC where every unit is exponential or Markov (and
 * the chain is within its limit), with the closed forms for independent units filling what the chain
 * does not give (such as outage quantiles) and covering everything else. Standbys and quorums are
 * taken as ideal ({@link IdealFailover}); formulas that rest on that say so in their names.
 *
 * <p>Every figure is asked for here, and here each formula family's assumptions are checked against
 * the scenario's facts ({@link ScenarioFacts#broken}), once per scope: where one fails, every figure
 * of the scope has no value and names the assumption.
 */
public final class Analytics {

  /** What the long-run and transient figures of a scope, and a crew's, assume of the scenario. */
  public static final Set<Assumption> ASSUMES = EnumSet.of(Assumption.NO_SCRIPTED_FAULTS);

  /** What a detector's detection delay assumes, beyond its own settings. */
  public static final Set<Assumption> DETECTION_ASSUMES = EnumSet.of(Assumption.UNIFORM_PHASE);

  private final ScenarioFacts facts;
  private final SystemModel model;
  private final SystemModel ideal;
  private final SystemChain chain;
  private final String chainReason;
  private final AvailabilityAnalytics closedForms;

  private Analytics(ScenarioFacts facts) {
    this.facts = facts;
    this.model = facts.model();
    this.ideal = IdealFailover.of(model);
    SystemChain built = null;
    String reason = null;
    try {
      built = SystemChain.of(ideal);
    } catch (IllegalArgumentException e) {
      reason = e.getMessage();
    }
    this.chain = built;
    this.chainReason = reason;
    this.closedForms = new AvailabilityAnalytics(ideal);
  }

  /** The analytics of a model with no scripted faults and no traffic. */
  public static Analytics of(SystemModel model) {
    return new Analytics(ScenarioFacts.of(model));
  }

  /** The analytics of a scenario, its scripted faults and traffic among the facts. */
  public static Analytics of(ScenarioFacts facts) {
    return new Analytics(facts);
  }

  /** The facts the formulas are checked against. */
  public ScenarioFacts facts() {
    return facts;
  }

  /** The exact chain (of the ideal structure), when the scenario has one. */
  public Optional<SystemChain> chain() {
    return Optional.ofNullable(chain);
  }

  /** Why there is no exact chain, or null. */
  public String chainReason() {
    return chainReason;
  }

  public ScopeAnalytics system() {
    String broken = facts.broken(ASSUMES, facts.allGroups());
    if (broken != null) {
      return ScopeAnalytics.none(broken);
    }
    if (model.structure() instanceof Structure.Quorum q) {
      return failover(q.name()); // the system is the quorum: its figures with its elections
    }
    if (model.structure() instanceof Structure.Standby s && !s.isIdeal()) {
      return StandbyFailover.of(model, s);
    }
    return IdealFailover.label(node(ideal.structure()), IdealFailover.caveat(model.structure()));
  }

  /**
   * The system's availability at time t from all units new: the CTMC's transient solution, of the
   * structure with ideal failover (and so named where the failover is not ideal).
   */
  public Analytic systemAvailabilityAt(double t) {
    String broken = facts.broken(ASSUMES, facts.allGroups());
    if (broken != null) {
      return Analytic.none(broken);
    }
    if (chain == null) {
      return Analytic.none(chainReason);
    }
    String caveat = IdealFailover.caveat(model.structure());
    return Analytic.of(chain.systemAvailabilityAt(t),
        "CTMC transient, uniformization" + (caveat == null ? "" : ", " + caveat));
  }

  /** A crew's figures: exact from the chain, else none (queueing makes the closed forms fail). */
  public CrewAnalytics crew(String name) {
    List<String> repaired = model.groupsOf(model.crew(name)).stream()
        .map(dev.nines.models.ComponentGroup::name).toList();
    String broken = facts.broken(ASSUMES, repaired);
    if (broken != null) {
      return CrewAnalytics.none(broken);
    }
    if (chain != null) {
      return chain.crew(name);
    }
    SystemChain local = localChain(repaired, null);
    return local == null ? CrewAnalytics.none(chainReason) : local.crew(name);
  }

  public ScopeAnalytics group(String name) {
    String broken = facts.broken(ASSUMES, List.of(name));
    if (broken != null) {
      return ScopeAnalytics.none(broken);
    }
    if (IdealFailover.dormantStandbyOf(model, name) != null) {
      return ScopeAnalytics.none("no formula: its units wait as warm or cold spares");
    }
    SystemChain exact = chain != null ? chain : localChain(List.of(name), null);
    return exact == null ? closedForms.group(name)
        : exact.group(name).orElse(closedForms.group(name));
  }

  /**
   * The figures of a standby or quorum, by its name: a standby's with its detection, switchover and
   * switch failures ({@link StandbyFailover}); a quorum's with the time its elections take
   * ({@link ElectionTime}) where that applies, else as if its elections were instant.
   */
  public ScopeAnalytics failover(String scope) {
    Structure node = find(scope);
    String broken = facts.broken(ASSUMES, Structure.groupsOf(node));
    if (broken != null) {
      return ScopeAnalytics.none(broken);
    }
    if (node instanceof Structure.Standby s && !s.isIdeal()) {
      return StandbyFailover.of(model, s);
    }
    ScopeAnalytics ideal =
        IdealFailover.label(node(IdealFailover.ideal(node, model)), IdealFailover.caveat(node));
    return node instanceof Structure.Quorum q ? ElectionTime.of(model, q).scope().orElse(ideal)
        : ideal;
  }

  /**
   * The figures of any node of the structure, as a block diagram labels it: the system's at the
   * root, a group's, a standby's or a quorum's by its scope, and any other node (a k-of-n of a
   * group's units, a series, parallel or k-of-n of parts) as a scope of its own, from the chain
   * where there is one, else the closed forms, with ideal failover inside it (and so named).
   */
  public ScopeAnalytics part(Structure node) {
    if (node.equals(model.structure())) {
      return system();
    }
    if (node instanceof Structure.Group g) {
      return group(g.name());
    }
    if (node instanceof Structure.Standby || node instanceof Structure.Quorum) {
      return failover(SystemModel.scopeOf(node));
    }
    String broken = facts.broken(ASSUMES, groupsUnder(node));
    if (broken != null) {
      return ScopeAnalytics.none(broken);
    }
    return IdealFailover.label(node(IdealFailover.ideal(node, model)), IdealFailover.caveat(node));
  }

  /** A quorum's election figures ({@link ElectionTime}), or none with the failed assumption. */
  public QuorumAnalytics quorum(String name) {
    if (!(find(name) instanceof Structure.Quorum q)) {
      throw new IllegalArgumentException(name + " is not a quorum");
    }
    String broken = facts.broken(ASSUMES, Structure.groupsOf(q));
    return broken != null ? QuorumAnalytics.none(broken) : ElectionTime.of(model, q);
  }

  /** A standby's downtime per year by cause (undetected, switching, no spare, repair). */
  public StandbyFailover.Downtime standbyDowntime(String standby) {
    if (!(find(standby) instanceof Structure.Standby s)) {
      throw new IllegalArgumentException(standby + " is not a standby");
    }
    String broken = facts.broken(ASSUMES, Structure.groupsOf(s));
    return broken != null ? StandbyFailover.Downtime.none(broken) : StandbyFailover.downtime(model, s);
  }

  /** The figures of a quorum's majority: up while a majority of its units is up (k-of-n). */
  public ScopeAnalytics majority(String quorum) {
    Structure node = find(quorum);
    if (!(node instanceof Structure.Quorum)) {
      throw new IllegalArgumentException(quorum + " is not a quorum");
    }
    String broken = facts.broken(ASSUMES, Structure.groupsOf(node));
    if (broken != null) {
      return ScopeAnalytics.none(broken);
    }
    return node(IdealFailover.ideal(node, model));
  }

  /** A detector's figures: detection delay and false suspicions of one watched unit. */
  public DetectorAnalytics detector(String name) {
    dev.nines.models.detectors.Detector d = model.detector(name);
    return DetectorAnalytics.of(d.heartbeat())
        .unless(facts.broken(DETECTION_ASSUMES, model.watchedGroups(d)));
  }

  /** The queueing formulas of the scenario's traffic, or none with the assumption that fails. */
  public TrafficAnalytics traffic() {
    Traffic traffic = facts.traffic();
    if (traffic == null) {
      throw new IllegalStateException("the scenario has no traffic");
    }
    return TrafficAnalytics.of(traffic, facts);
  }

  /** The figures of a node of the ideal structure: from the chain, else the closed forms. */
  private ScopeAnalytics node(Structure idealNode) {
    if (idealNode instanceof Structure.Standby s) {
      return StandbyAnalytics.of(model, s);
    }
    if (IdealFailover.hasDormantSpares(idealNode)) {
      return ScopeAnalytics.none(
          "no formula: warm or cold spares inside a larger structure (see the standby's figures)");
    }
    ScopeAnalytics closed = closedForms.scope(idealNode);
    SystemChain exact = chain != null ? chain
        : localChain(groupsUnder(idealNode), idealNode);
    return exact == null ? closed : exact.node(idealNode).orElse(closed);
  }

  /**
   * Where the whole system has no chain (warm or cold spares elsewhere, or too many states), the
   * exact chain of a part of it: the given groups with every group a crew couples to them, under
   * {@code structure} (or all of them in parallel); null when that part has no chain either or is
   * the whole system.
   */
  private SystemChain localChain(List<String> groups, Structure structure) {
    java.util.Set<String> part = new java.util.LinkedHashSet<>(groups);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (dev.nines.models.ComponentGroup g : model.groups()) {
        if (part.contains(g.name()) || g.crew() == null) {
          continue;
        }
        for (String other : List.copyOf(part)) {
          if (g.crew().equals(model.group(other).crew())) {
            grew |= part.add(g.name());
            break;
          }
        }
      }
    }
    if (part.size() == model.groups().size()) {
      return null;
    }
    List<dev.nines.models.ComponentGroup> members =
        model.groups().stream().filter(g -> part.contains(g.name())).toList();
    List<dev.nines.models.Crew> crews = model.crews().stream()
        .filter(c -> members.stream().anyMatch(g -> c.name().equals(g.crew()))).toList();
    Structure root = structure;
    if (root == null || !part.containsAll(groupsUnder(root))) {
      root = new Structure.Parallel(members.stream()
          .map(g -> (Structure) new Structure.AtLeastOfGroup(1, g.name())).toList());
    }
    try {
      return SystemChain.of(new SystemModel(members, crews, root));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> groupsUnder(Structure node) {
    List<String> groups = new java.util.ArrayList<>(Structure.groupsOf(node));
    for (Structure part : Structure.partsOf(node)) {
      groups.addAll(groupsUnder(part));
    }
    return groups;
  }

  private Structure find(String scope) {
    for (Structure node : model.failoverNodes()) {
      if (SystemModel.scopeOf(node).equals(scope)) {
        return node;
      }
    }
    throw new IllegalArgumentException("no standby or quorum named " + scope);
  }
}
