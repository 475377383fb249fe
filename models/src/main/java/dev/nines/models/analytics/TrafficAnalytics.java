package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.traffic.Traffic;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * The queueing formulas that hold for a traffic, where the scenario keeps their assumptions
 * ({@link #ASSUMES}, checked by {@link ScenarioFacts}): Poisson arrivals at a constant rate, servers
 * that never fail and are never taken out, no timeouts, no retried drops, every server's own load
 * below its capacity. Then, with λ the rate, n servers of c workers, μ = 1/E[S]:
 *
 * <ul>
 *   <li>any balancer, unbounded queues: utilization λE[S]/(nc), nothing dropped, throughput λ;
 *   <li>one server, or random: each server is M/M/c (Erlang C), or M/M/c/K with a bounded queue, at
 *       λ/n (a random split of a Poisson stream is Poisson): response time, its percentiles for c =
 *       1, blocking (the drop ratio), queue length by Little's law;
 *   <li>one server, or random, c = 1, unbounded, any service law: M/G/1 at λ/n by Pollaczek–Khinchine
 *       (M/D/1 for a fixed service time): mean wait, response time and queue length, no percentiles;
 *   <li>no queue (queue 0), one server or random: each server is M/G/c/c, whose blocking is Erlang B
 *       at λE[S]/n for any service law (insensitivity); least-connections with no queue drops only
 *       when all n·c workers are busy, one M/G/nc/nc system; an admitted request is served at once;
 *   <li>round-robin (or weighted with equal weights), c = 1, unbounded: E_n/M/1 per server;
 *   <li>power-of-d, c = 1, unbounded, n ≥ 50: the supermarket mean-field fixed point (exact as
 *       n → ∞);
 *   <li>least-connections and the hash balancers: no closed form.
 * </ul>
 * Elsewhere service times must be exponential for everything but utilization and throughput.
 *
 * @param responseQuantiles the response time at a level q in [0, 1) (see {@link
 *     #responseQuantile}); {@link #responsePercentiles} come from it
 * @param utilization mean over the servers, and of each (the balancers treat servers alike)
 * @param queueLength mean number waiting at each server
 * @param keysMoved share of keys that move when one of n servers leaves a consistent-hash ring
 */
public record TrafficAnalytics(
    Analytic responseTime,
    DoubleFunction<Analytic> responseQuantiles,
    Analytic throughput,
    Analytic successRatio,
    Analytic dropRatio,
    Analytic utilization,
    Analytic queueLength,
    Analytic keysMoved) {

  private static final double[] QUANTILES = {0.50, 0.95, 0.99, 0.999};

  /** The response time at p50, p95, p99 and p99.9. */
  public Analytic[] responsePercentiles() {
    Analytic[] percentiles = new Analytic[QUANTILES.length];
    for (int q = 0; q < QUANTILES.length; q++) {
      percentiles[q] = responseQuantiles.apply(QUANTILES[q]);
    }
    return percentiles;
  }

  /**
   * The response time at level {@code q}: the same formula as the percentiles, or none for the same
   * reason.
   *
   * @throws IllegalArgumentException for q outside [0, 1)
   */
  public Analytic responseQuantile(double q) {
    if (!(q >= 0 && q < 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1), not " + q);
    }
    return responseQuantiles.apply(q);
  }

  /**
   * Fewest servers for which the supermarket mean field is given: it is exact as n → ∞, within
   * about 1 % at 100 servers and 90 % load, but some 40 % optimistic at 4.
   */
  static final int MEAN_FIELD_SERVERS = 50;

  /**
   * What the queueing formulas assume of the scenario: servers that are always there (they never
   * fail, nothing takes them out), Poisson arrivals, no timeouts, no retried drops, and every
   * server's own share of the load below its capacity.
   */
  public static final Set<Assumption> ASSUMES = EnumSet.of(Assumption.SERVERS_NEVER_FAIL,
      Assumption.NO_HEALTH_REMOVAL, Assumption.POISSON_ARRIVALS, Assumption.NO_TIMEOUTS,
      Assumption.NO_RETRIED_DROPS, Assumption.STABLE_SERVERS);

  /**
   * What the keys-moved formula assumes: servers that leave only by failing or by scripted faults
   * (no false suspicions), independently of each other (independent repairs); scripted faults are
   * taken on their own terms ({@link #keysMoved}).
   */
  public static final Set<Assumption> KEYS_ASSUMES = EnumSet.of(Assumption.NO_HEALTH_REMOVAL,
      Assumption.INDEPENDENT_REPAIRS);

  /**
   * The formulas for the traffic of a scenario, each given only where the facts keep its
   * assumptions ({@link #ASSUMES}, {@link #KEYS_ASSUMES}).
   */
  public static TrafficAnalytics of(Traffic traffic, ScenarioFacts facts) {
    ComponentGroup servers = facts.model().group(traffic.servers());
    int n = servers.count();
    Analytic keys = keysMoved(traffic, servers, facts);
    String reason = facts.broken(ASSUMES, List.of(servers.name()));
    if (reason != null) {
      return none(Analytic.none(reason), keys);
    }
    return formulas(traffic, n, keys).inWindow(facts.run().window());
  }

  /**
   * These formulas as a run of {@code window} seconds sees them: a request still in flight at the
   * horizon has arrived but is not yet served, L = λ(1 − P_drop)·W of them on average in steady
   * state (Little), so the success ratio Σserved / Σarrived is (1 − P_drop)·(1 − W/window) — 1 −
   * 1e-5 for W = 36 ms over an hour, which a precise run resolves. Without a formula for W there is
   * none for the success ratio either.
   */
  TrafficAnalytics inWindow(double window) {
    if (!successRatio.hasValue() || Double.isInfinite(window)) {
      return this;
    }
    Analytic success = !responseTime.hasValue()
        ? Analytic.none("no formula: requests in flight at the horizon take W/window from "
            + "1 − P_drop, and the mean response time W has none here")
        : Analytic.of(successRatio.value() * (1 - responseTime.value() / window),
            "(1 − P_drop)(1 − W/window), in flight at the horizon: " + successRatio.formula());
    return new TrafficAnalytics(responseTime, responseQuantiles, throughput, success, dropRatio,
        utilization, queueLength, keysMoved);
  }

  /**
   * The share of the keys that move when a server leaves a consistent-hash ring: the share that
   * server held, 1/m of the keys when m servers are on the ring, on average over ring placements.
   * A server leaves while up; where units fail and are repaired independently the others are each
   * up with their availability A at that moment, independently of it, so m = 1 + Bin(n − 1, A) and
   * the mean share per departure is E[1/(1 + Bin(n − 1, A))]; A = 1 gives 1/n. Servers that never
   * fail but for scripted faults that never overlap leave one at a time, all others up: 1/n.
   */
  static Analytic keysMoved(Traffic traffic, ComponentGroup servers, ScenarioFacts facts) {
    int n = servers.count();
    if (!traffic.balancer().name().equals("consistent-hash") || n < 2) {
      return Analytic.none("no formula: keys move by the balancer's hash");
    }
    String reason = facts.broken(KEYS_ASSUMES, List.of(servers.name()));
    if (reason != null) {
      return Analytic.none(reason);
    }
    List<dev.nines.models.traffic.Fault> faults = facts.faultsOn(servers.name());
    if (!servers.fails() && !servers.isMarkov()) {
      return overlap(faults) ? Analytic.none("no formula: scripted faults on the servers overlap")
          : Analytic.of(1.0 / n, "consistent hashing: 1/n of the keys move");
    }
    if (!faults.isEmpty()) {
      return Analytic.none("no formula: scripted faults take down " + servers.name()
          + ", which also fails by its model");
    }
    if (servers.isMarkov()) {
      return Analytic.none("no formula: markov servers");
    }
    double a = servers.failure().mean() / (servers.failure().mean() + servers.repair().mean());
    double expected = 0;
    for (int up = 0; up < n; up++) {
      expected += binomial(n - 1, up, a) / (1 + up);
    }
    return Analytic.of(expected, "consistent hashing: E[1/(1 + Bin(n−1, A))], A = MTTF/(MTTF+MTTR), "
        + "independent units");
  }

  /** True when two scripted faults on different units are under way at once. */
  private static boolean overlap(List<dev.nines.models.traffic.Fault> faults) {
    for (var a : faults) {
      for (var b : faults) {
        if (a.index() != b.index() && a.at() <= b.at() && b.at() < a.at() + a.duration()) {
          return true;
        }
      }
    }
    return false;
  }

  /** P(Bin(n, p) = k), by logarithms so that large n does not overflow. */
  private static double binomial(int n, int k, double p) {
    if (p == 1) {
      return k == n ? 1 : 0;
    }
    double log = org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientLog(n, k)
        + k * Math.log(p) + (n - k) * Math.log1p(-p);
    return Math.exp(log);
  }

  /**
   * The formulas for {@code traffic} on {@code n} servers, the scenario's assumptions checked: the
   * queueing formulas of a model in which they hold (in tests, the formulas alone).
   */
  public static TrafficAnalytics of(Traffic traffic, int n) {
    return formulas(traffic, n, Analytic.none("no formula: keys move by the balancer's hash"));
  }

  private static TrafficAnalytics formulas(Traffic traffic, int n, Analytic keys) {
    double lambda = traffic.arrivals().meanRate();
    Distribution service = traffic.service();
    double mean = service.mean();
    double mu = 1 / mean;
    int c = traffic.workers();
    String balancer = traffic.balancer().name();
    boolean split = n == 1 || balancer.equals("random");
    double perServer = lambda / n;
    boolean bounded = traffic.queueBounded();
    boolean exponential = service.isExponential();
    String notExponential = "no formula: service times are not exponential";
    // No waiting room where every arrival sees Poisson arrivals at its server (split) or is dropped
    // only when every worker of every server is busy (least-connections): a loss system, M/G/c/c.
    boolean loss = traffic.queue() == 0 && (split || balancer.equals("least-connections"));

    // Blocking: known where each server is an M/M/c/K or M/G/c/c queue; zero where unbounded.
    Analytic blocking;
    if (!bounded) {
      blocking = lambda * mean / ((double) n * c) < 1
          ? Analytic.of(0, "unbounded queues drop nothing") : Analytic.none(Queueing.UNSTABLE);
    } else if (loss) {
      blocking = split ? label(Queueing.mgccBlocking(c, perServer, mean), n)
          : prefix(Queueing.mgccBlocking(n * c, lambda, mean),
              "least-connections, no queue: one loss system of n·c workers, ");
    } else if (traffic.queue() == 0) {
      blocking = Analytic.none("no formula: Erlang B needs Poisson arrivals at each server "
          + "(random) or drops only when every worker is busy (least-connections), not " + balancer);
    } else if (!split) {
      blocking = Analytic.none("no formula: bounded queues behind " + balancer);
    } else if (!exponential) {
      blocking = Analytic.none("no formula: M/G/c/K (a bounded queue, service times not "
          + "exponential) has no closed form");
    } else {
      blocking = label(Queueing.mmckBlocking(c, c + traffic.queue(), perServer, mu), n);
    }
    Analytic throughput = blocking.map(b -> lambda * (1 - b), "λ(1 − P_drop), " + blocking.formula());
    Analytic success = blocking.map(b -> 1 - b, "1 − P_drop, " + blocking.formula());
    Analytic utilization = blocking.map(b -> lambda * (1 - b) * mean / (n * c),
        "λ(1 − P_drop)·E[S]/(nc), " + blocking.formula());

    Analytic response;
    DoubleFunction<Analytic> quantiles;
    Analytic queue;
    if (loss) {
      // An admitted request finds a free worker: its response is its service time, whatever law.
      response = Analytic.of(mean, "no queue: an admitted request is served at once, E[S]");
      quantiles = q -> Analytic.of(service.quantile(q), "no queue: the service time's quantile");
      queue = Analytic.of(0, "no queue: nothing waits");
    } else if (!exponential) {
      if (split && c == 1 && !bounded) {
        Analytic wait = label(Queueing.mg1MeanWait(perServer, service), n);
        response = label(Queueing.mg1MeanResponse(perServer, service), n);
        quantiles = always(response.hasValue() ? Analytic.none("no formula: response percentiles "
            + "of M/G/1 (exact only for exponential service)") : response);
        queue = wait.map(w -> perServer * w, "Little: λW_q, " + wait.formula());
      } else {
        response = Analytic.none(split && !bounded
            ? "no formula: M/G/c (several workers, service times not exponential) has no closed form"
            : split ? blocking.formula() : notExponential);
        quantiles = always(response);
        queue = response;
      }
    } else if (split) {
      response = label(bounded ? Queueing.mmckMeanResponse(c, c + traffic.queue(), perServer, mu)
          : Queueing.mmcMeanResponse(c, perServer, mu), n);
      quantiles = c == 1 && !bounded
          ? q -> label(Queueing.mm1ResponseQuantile(perServer, mu, q), n)
          : always(Analytic.none("no formula: response percentiles of M/M/c or M/M/c/K"));
      double admitted = perServer * (1 - (blocking.hasValue() ? blocking.value() : 0));
      queue = response.map(w -> admitted * (w - 1 / mu), "Little: λ(W − 1/μ), " + response.formula());
    } else if (traffic.balancer().isRoundRobin() && c == 1 && !bounded) {
      response = Queueing.roundRobinMeanResponse(n, lambda, mu);
      quantiles = q -> Queueing.roundRobinResponseQuantile(n, lambda, mu, q);
      Analytic wait = Queueing.roundRobinMeanWait(n, lambda, mu);
      queue = wait.map(w -> perServer * w, "Little: (λ/n)·W_q, " + wait.formula());
    } else if (balancer.equals("power-of-two") || balancer.equals("power-of-d")) {
      int d = Math.min(traffic.balancer().d(), n);
      response = c > 1 || bounded
          ? Analytic.none("no formula: power-of-d with several workers or bounded queues")
          : n < MEAN_FIELD_SERVERS
          ? Analytic.none("no formula: the power-of-d fixed point holds for many servers (n ≥ "
              + MEAN_FIELD_SERVERS + "); with fewer it is too optimistic")
          : Queueing.supermarketMeanResponse(d, lambda, n, mu);
      quantiles = always(Analytic.none("no formula: percentiles under power-of-d"));
      queue = response.map(w -> perServer * (w - 1 / mu), "Little: (λ/n)(W − 1/μ), "
          + response.formula());
    } else {
      Analytic none = Analytic.none("no closed form for " + balancer);
      response = none;
      quantiles = always(none);
      queue = none;
    }
    return new TrafficAnalytics(response, quantiles, throughput, success, blocking, utilization,
        queue, keys);
  }

  /** Names the per-server formula as such when there are several servers. */
  private static Analytic label(Analytic a, int n) {
    return n == 1 || !a.hasValue() ? a : Analytic.of(a.value(), "random split at λ/n, " + a.formula());
  }

  /** The analytic under its formula with a prefix naming how the scenario reaches it. */
  private static Analytic prefix(Analytic a, String prefix) {
    return a.hasValue() ? Analytic.of(a.value(), prefix + a.formula()) : a;
  }

  private static TrafficAnalytics none(Analytic none, Analytic keys) {
    return new TrafficAnalytics(none, always(none), none, none, none, none, none, keys);
  }

  /** The same analytic at every level. */
  private static DoubleFunction<Analytic> always(Analytic a) {
    return q -> a;
  }
}
