package dev.nines.models.analytics;

import dev.nines.models.SystemModel;
import dev.nines.models.structure.Structure;
import java.util.Optional;

/**
 * The analytic side of a scenario: the exact CTMC where every unit is exponential or Markov (and
 * the chain is within its limit), with the closed forms for independent units filling what the chain
 * does not give (such as outage quantiles) and covering everything else. Standbys and quorums are
 * taken as ideal ({@link IdealFailover}); formulas that rest on that say so in their names.
 */
public final class Analytics {

  private final SystemModel model;
  private final SystemModel ideal;
  private final SystemChain chain;
  private final String chainReason;
  private final AvailabilityAnalytics closedForms;

  private Analytics(SystemModel model) {
    this.model = model;
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

  public static Analytics of(SystemModel model) {
    return new Analytics(model);
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
    if (model.structure() instanceof Structure.Standby s && !s.isIdeal()) {
      return StandbyFailover.of(model, s);
    }
    return IdealFailover.label(node(ideal.structure()), IdealFailover.caveat(model.structure()));
  }

  /** A crew's figures: exact from the chain, else none (queueing makes the closed forms fail). */
  public CrewAnalytics crew(String name) {
    return chain == null ? CrewAnalytics.none(chainReason) : chain.crew(name);
  }

  public ScopeAnalytics group(String name) {
    if (IdealFailover.dormantStandbyOf(model, name) != null) {
      return ScopeAnalytics.none("no formula: its units wait as warm or cold spares");
    }
    return chain == null ? closedForms.group(name)
        : chain.group(name).orElse(closedForms.group(name));
  }

  /**
   * The figures of a standby or quorum, by its name: a standby's with its detection, switchover and
   * switch failures ({@link StandbyFailover}); a quorum's as if its elections were instant.
   */
  public ScopeAnalytics failover(String scope) {
    Structure node = find(scope);
    if (node instanceof Structure.Standby s && !s.isIdeal()) {
      return StandbyFailover.of(model, s);
    }
    return IdealFailover.label(node(IdealFailover.ideal(node, model)), IdealFailover.caveat(node));
  }

  /** A standby's downtime per year by cause (undetected, switching, no spare, repair). */
  public StandbyFailover.Downtime standbyDowntime(String standby) {
    if (!(find(standby) instanceof Structure.Standby s)) {
      throw new IllegalArgumentException(standby + " is not a standby");
    }
    return StandbyFailover.downtime(model, s);
  }

  /** The figures of a quorum's majority: up while a majority of its units is up (k-of-n). */
  public ScopeAnalytics majority(String quorum) {
    Structure node = find(quorum);
    if (!(node instanceof Structure.Quorum)) {
      throw new IllegalArgumentException(quorum + " is not a quorum");
    }
    return node(IdealFailover.ideal(node, model));
  }

  /** A detector's figures: detection delay and false suspicions of one watched unit. */
  public DetectorAnalytics detector(String name) {
    return DetectorAnalytics.of(model.detector(name).heartbeat());
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
    return chain == null ? closed : chain.node(idealNode).orElse(closed);
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
