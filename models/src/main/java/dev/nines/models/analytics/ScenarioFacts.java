package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.ServerShares;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.models.traffic.Traffic;
import dev.nines.simulator.Durations;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The facts of a scenario that formulas rest on, worked out once: which groups scripted faults take
 * down, whether the traffic's servers fail, whether its health detector takes up servers out, how
 * its arrivals come, each server's own load. {@link #broken} is the one place that decides whether
 * a formula applies: it checks the assumptions a formula declares ({@link Assumption}) against these
 * facts for the groups of one scope and names the first that fails, in a few words.
 */
public final class ScenarioFacts {

  private final SystemModel model;
  private final Set<String> faulted;
  private final List<Fault> faults;
  private final Traffic traffic;
  private final Run run;

  /**
   * What a run adds to the facts: its seed and replications (a consistent-hash ring is laid out
   * anew in each replication, so each server's share of the keys is known per replication) and
   * its observed window, horizon − warm-up (requests still in flight at the horizon are not yet
   * served: the success ratio falls short of 1 − P_drop by W/window).
   */
  public record Run(long seed, int replications, double window) {

    /** No run: a steady state only (nines solve of a scenario without traffic). */
    public static final Run NONE = new Run(0, 0, Double.POSITIVE_INFINITY);
  }

  private ScenarioFacts(SystemModel model, List<Fault> faults, Traffic traffic, Run run) {
    this.model = model;
    this.faults = faults;
    this.run = run;
    this.faulted = new LinkedHashSet<>();
    faults.forEach(f -> faulted.add(f.group()));
    this.traffic = traffic;
  }

  /** The facts of a model with no scripted faults and no traffic. */
  public static ScenarioFacts of(SystemModel model) {
    return new ScenarioFacts(model, List.of(), null, Run.NONE);
  }

  /** The facts of a model with its scripted faults and its traffic (null for none), no run. */
  public static ScenarioFacts of(SystemModel model, List<Fault> faults, Traffic traffic) {
    return of(model, faults, traffic, Run.NONE);
  }

  /** The facts of a scenario run: its model, scripted faults, traffic (or null) and run. */
  public static ScenarioFacts of(SystemModel model, List<Fault> faults, Traffic traffic, Run run) {
    return new ScenarioFacts(model, List.copyOf(faults), traffic, run);
  }

  /** The run's seed, replications and observed window. */
  public Run run() {
    return run;
  }

  public SystemModel model() {
    return model;
  }

  /** The scripted faults on {@code group}, in the order written. */
  public List<Fault> faultsOn(String group) {
    return faults.stream().filter(f -> f.group().equals(group)).toList();
  }

  /** The scenario's traffic, or null. */
  public Traffic traffic() {
    return traffic;
  }

  /** Every group of the model, the groups of the system scope. */
  public List<String> allGroups() {
    return model.groups().stream().map(ComponentGroup::name).toList();
  }

  /**
   * Why a formula that needs {@code needs} does not apply to a scope made of {@code groups}, as "no
   * formula: ..." naming the first assumption that fails; null when they all hold.
   */
  public String broken(Set<Assumption> needs, Collection<String> groups) {
    for (Assumption a : needs) {
      String why = why(a, groups);
      if (why != null) {
        return "no formula: " + why;
      }
    }
    return null;
  }

  /** True when every assumption holds for the scope. */
  public boolean holds(Set<Assumption> needs, Collection<String> groups) {
    return broken(needs, groups) == null;
  }

  /** What breaks assumption {@code a} for the scope, in a few words, or null when it holds. */
  private String why(Assumption a, Collection<String> groups) {
    return switch (a) {
      case NO_SCRIPTED_FAULTS -> scripted(groups, "scripted faults take down ");
      case UNIFORM_PHASE -> scripted(groups, "scripted faults come at set times, not at a random "
          + "phase of the heartbeats, on ");
      case INDEPENDENT_REPAIRS -> sharedCrew(groups);
      case SERVERS_NEVER_FAIL -> serversFail();
      case NO_HEALTH_REMOVAL -> healthRemoval();
      case POISSON_ARRIVALS -> traffic == null || traffic.arrivals() instanceof Arrivals.Poisson
          ? null : "the arrival rate follows a schedule";
      case NO_TIMEOUTS -> traffic != null && traffic.hasTimeout() ? "requests time out" : null;
      case NO_RETRIED_DROPS -> traffic != null && traffic.retries() > 0 && traffic.queueBounded()
          ? "dropped requests are retried" : null;
      case STABLE_SERVERS -> overloaded();
    };
  }

  private String scripted(Collection<String> groups, String prefix) {
    List<String> hit = groups.stream().filter(faulted::contains).toList();
    return hit.isEmpty() ? null : prefix + String.join(", ", hit);
  }

  private String sharedCrew(Collection<String> groups) {
    for (String name : groups) {
      ComponentGroup g = model.group(name);
      if (g.crew() == null || !g.fails() && !g.isMarkov()) {
        continue;
      }
      Crew crew = model.crew(g.crew());
      int units = model.groupsOf(crew).stream().mapToInt(ComponentGroup::count).sum();
      if (crew.size() < units) {
        return "units of " + name + " wait for crew " + crew.name() + " (" + crew.size() + " for "
            + units + " units)";
      }
    }
    return null;
  }

  private String serversFail() {
    if (traffic == null) {
      return null;
    }
    ComponentGroup servers = model.group(traffic.servers());
    if (faulted.contains(servers.name())) {
      return "scripted faults take servers down (queueing formulas assume they never fail)";
    }
    return servers.fails() || servers.isMarkov()
        ? "the servers fail (queueing formulas assume they never do)" : null;
  }

  private String healthRemoval() {
    if (traffic == null || traffic.health() == null) {
      return null;
    }
    Heartbeat h = model.detector(traffic.health()).heartbeat();
    double perYear = DetectorAnalytics.falseSuspicionRate(h) * Durations.YEAR;
    return perYear > 0
        ? String.format(Locale.ROOT, "health detector %s takes up servers out (%s false "
            + "suspicions a year per server)", traffic.health(), Durations.number(perYear))
        : null;
  }

  private String overloaded() {
    if (traffic == null || traffic.queueBounded()) {
      return null; // a bounded queue drops what a server cannot take: stable at any load
    }
    ComponentGroup servers = model.group(traffic.servers());
    double capacity = traffic.workers() / traffic.service().mean();
    double lambda = traffic.arrivals().meanRate();
    boolean perReplication = ServerShares.varyByReplication(traffic.balancer());
    int rings = perReplication ? Math.max(1, run.replications()) : 1;
    for (int r = 0; r < rings; r++) {
      double[] shares = ServerShares.of(traffic, servers.count(),
          perReplication ? new RandomStreams(run.seed(), r) : null);
      for (int i = 0; i < shares.length; i++) {
        double load = lambda * shares[i] / capacity;
        if (load >= 1) {
          return String.format(Locale.ROOT, "%s gets %s× its capacity (its share of the "
              + "arrivals%s), so its queue grows without bound", servers.unitName(i),
              Durations.number(load), perReplication ? ", replication " + r : "");
        }
      }
    }
    return null;
  }
}
