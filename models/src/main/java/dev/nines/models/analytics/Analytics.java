package dev.nines.models.analytics;

import dev.nines.models.SystemModel;
import java.util.Optional;

/**
 * The analytic side of a scenario: the exact CTMC where every unit is exponential or Markov (and
 * the chain is within its limit), with the closed forms for independent units filling what the chain
 * does not give (such as outage quantiles) and covering everything else.
 */
public final class Analytics {

  private final SystemChain chain;
  private final String chainReason;
  private final AvailabilityAnalytics closedForms;

  private Analytics(SystemModel model) {
    SystemChain built = null;
    String reason = null;
    try {
      built = SystemChain.of(model);
    } catch (IllegalArgumentException e) {
      reason = e.getMessage();
    }
    this.chain = built;
    this.chainReason = reason;
    this.closedForms = new AvailabilityAnalytics(model);
  }

  public static Analytics of(SystemModel model) {
    return new Analytics(model);
  }

  /** The exact chain, when the scenario has one. */
  public Optional<SystemChain> chain() {
    return Optional.ofNullable(chain);
  }

  /** Why there is no exact chain, or null. */
  public String chainReason() {
    return chainReason;
  }

  public ScopeAnalytics system() {
    return chain == null ? closedForms.system() : chain.system().orElse(closedForms.system());
  }

  /** A crew's figures: exact from the chain, else none (queueing makes the closed forms fail). */
  public CrewAnalytics crew(String name) {
    return chain == null ? CrewAnalytics.none(chainReason) : chain.crew(name);
  }

  public ScopeAnalytics group(String name) {
    return chain == null ? closedForms.group(name)
        : chain.group(name).orElse(closedForms.group(name));
  }
}
