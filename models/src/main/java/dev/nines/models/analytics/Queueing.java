package dev.nines.models.analytics;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Closed forms of classic queues, each as an {@link Analytic} with the name of its formula, to set
 * beside simulated request figures. λ is the arrival rate (1/s), μ the service rate of one server
 * (1/s), c the number of servers and K the capacity of the system (servers plus queue places).
 * Arrivals are Poisson, service times exponential (general, G, where the name says so) and the
 * discipline first come, first served.
 *
 * <p>A queue that is not stable (load ρ ≥ 1 where it matters) has no value: its analytic is
 * {@link Analytic#none(String)} with the reason {@value #UNSTABLE}. Arguments that are not finite
 * or not positive (or a quantile outside [0, 1)) are programming errors and throw {@link
 * IllegalArgumentException}.
 */
public final class Queueing {

  /** The reason given when a queue has no steady state. */
  public static final String UNSTABLE = "no formula: unstable, load ρ ≥ 1";

  /** Terms of the supermarket sum below this are dropped. */
  private static final double SUPERMARKET_TOLERANCE = 1e-16;

  private Queueing() {}

  // ---------------------------------------------------------------- M/M/1

  /** Mean response (sojourn) time of M/M/1: 1/(μ−λ). */
  public static Analytic mm1MeanResponse(double lambda, double mu) {
    checkRates(lambda, mu);
    if (lambda >= mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(1 / (mu - lambda), "M/M/1: 1/(μ−λ)");
  }

  /** Mean wait in the queue of M/M/1: ρ/(μ−λ), ρ = λ/μ. */
  public static Analytic mm1MeanWait(double lambda, double mu) {
    checkRates(lambda, mu);
    if (lambda >= mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(lambda / mu / (mu - lambda), "M/M/1: ρ/(μ−λ)");
  }

  /**
   * The q-quantile of the response time of M/M/1 FCFS, which is exponential with rate μ−λ:
   * −ln(1−q)/(μ−λ).
   */
  public static Analytic mm1ResponseQuantile(double lambda, double mu, double q) {
    checkRates(lambda, mu);
    checkQuantile(q);
    if (lambda >= mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(-Math.log1p(-q) / (mu - lambda), "M/M/1: −ln(1−q)/(μ−λ)");
  }

  // ---------------------------------------------------------------- M/M/c

  /**
   * Erlang B: the chance that an arrival finds all c servers busy in M/M/c/c (and is lost), a =
   * λ/μ, by the stable recursion B(k) = a·B(k−1)/(k + a·B(k−1)), B(0) = 1. Defined at any load.
   */
  public static Analytic erlangB(int c, double lambda, double mu) {
    checkServers(c);
    checkRates(lambda, mu);
    return Analytic.of(erlangBValue(c, lambda / mu), "Erlang B, a = λ/μ");
  }

  /**
   * Erlang C: the chance that an arrival waits in M/M/c, C = B/(1 − ρ(1 − B)) with B Erlang B, a =
   * λ/μ, ρ = a/c.
   */
  public static Analytic erlangC(int c, double lambda, double mu) {
    checkServers(c);
    checkRates(lambda, mu);
    if (lambda >= c * mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(erlangCValue(c, lambda / mu), "Erlang C: B/(1 − ρ(1 − B))");
  }

  /** Mean wait in the queue of M/M/c: C/(cμ − λ). */
  public static Analytic mmcMeanWait(int c, double lambda, double mu) {
    checkServers(c);
    checkRates(lambda, mu);
    if (lambda >= c * mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(erlangCValue(c, lambda / mu) / (c * mu - lambda), "M/M/c: C/(cμ−λ)");
  }

  /** Mean response time of M/M/c: C/(cμ − λ) + 1/μ. */
  public static Analytic mmcMeanResponse(int c, double lambda, double mu) {
    checkServers(c);
    checkRates(lambda, mu);
    if (lambda >= c * mu) {
      return Analytic.none(UNSTABLE);
    }
    double wait = erlangCValue(c, lambda / mu) / (c * mu - lambda);
    return Analytic.of(wait + 1 / mu, "M/M/c: C/(cμ−λ) + 1/μ");
  }

  /**
   * The q-quantile of the wait in the queue of M/M/c FCFS. P(W > t) = C·e^{−(cμ−λ)t}, so the
   * quantile is 0 when q ≤ 1 − C and ln(C/(1−q))/(cμ−λ) above.
   */
  public static Analytic mmcWaitQuantile(int c, double lambda, double mu, double q) {
    checkServers(c);
    checkRates(lambda, mu);
    checkQuantile(q);
    if (lambda >= c * mu) {
      return Analytic.none(UNSTABLE);
    }
    double erlangC = erlangCValue(c, lambda / mu);
    double t = q <= 1 - erlangC ? 0 : Math.log(erlangC / (1 - q)) / (c * mu - lambda);
    return Analytic.of(t, "M/M/c: max(0, ln(C/(1−q))/(cμ−λ))");
  }

  // ---------------------------------------------------------------- M/M/c/K

  /**
   * The chance that an arrival to M/M/c/K finds the system full and is dropped, π_K (PASTA). The
   * stationary distribution is normalised in log space, so large c and K neither overflow nor
   * underflow; it takes time of order K. Defined at any load.
   */
  public static Analytic mmckBlocking(int c, int capacity, double lambda, double mu) {
    checkCapacity(c, capacity);
    checkRates(lambda, mu);
    return Analytic.of(mmck(c, capacity, lambda / mu)[0], "M/M/c/K: π_K");
  }

  /**
   * Mean response time of the admitted requests of M/M/c/K, by Little's law: L/(λ(1 − π_K)), L the
   * mean number in the system. Defined at any load.
   */
  public static Analytic mmckMeanResponse(int c, int capacity, double lambda, double mu) {
    checkCapacity(c, capacity);
    checkRates(lambda, mu);
    double[] blockingAndL = mmck(c, capacity, lambda / mu);
    return Analytic.of(blockingAndL[1] / (lambda * (1 - blockingAndL[0])),
        "M/M/c/K: L/(λ(1−π_K)), Little's law");
  }

  // ---------------------------------------------------------------- M/G/1 and M/G/c/c

  /**
   * Mean wait in the queue of M/G/1 FCFS by the Pollaczek–Khinchine formula: λE[S²]/(2(1−ρ)), ρ =
   * λE[S]. It holds for any service law with a finite second moment; for a fixed service time (M/D/1)
   * it is ρE[S]/(2(1−ρ)), for an exponential one the M/M/1 wait ρ/(μ−λ).
   */
  public static Analytic mg1MeanWait(double lambda, Distribution service) {
    checkRate("arrival rate λ", lambda);
    double rho = lambda * service.mean();
    if (rho >= 1) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(lambda * service.secondMoment() / (2 * (1 - rho)),
        mg1Name(service) + "λE[S²]/(2(1−ρ))");
  }

  /** Mean response time of M/G/1: the Pollaczek–Khinchine wait plus E[S] (see above). */
  public static Analytic mg1MeanResponse(double lambda, Distribution service) {
    Analytic wait = mg1MeanWait(lambda, service);
    return wait.map(w -> w + service.mean(), mg1Name(service) + "λE[S²]/(2(1−ρ)) + E[S]");
  }

  /** "M/D/1" for a fixed service time, "M/G/1" for any other. */
  private static String mg1Name(Distribution service) {
    return (service instanceof Deterministic ? "M/D/1" : "M/G/1") + " Pollaczek-Khinchine: ";
  }

  /**
   * The chance that an arrival finds all c servers busy in M/G/c/c (no waiting room) and is lost:
   * Erlang B at the offered load a = λE[S]. The loss system is insensitive: the blocking depends on
   * the service law only through its mean. Defined at any load.
   */
  public static Analytic mgccBlocking(int c, double lambda, double meanService) {
    checkServers(c);
    checkRates(lambda, 1 / meanService);
    return Analytic.of(erlangBValue(c, lambda * meanService),
        "Erlang B, a = λE[S] (M/G/c/c, insensitive to the service law)");
  }

  // ---------------------------------------------------------------- load balancing

  /** Mean response time when each request goes to one of n servers at random: M/M/1 at λ/n. */
  public static Analytic randomSplitMeanResponse(int n, double lambda, double mu) {
    checkServers(n);
    checkRates(lambda, mu);
    double perServer = lambda / n;
    if (perServer >= mu) {
      return Analytic.none(UNSTABLE);
    }
    return Analytic.of(1 / (mu - perServer), "random split: M/M/1 at λ/n, 1/(μ−λ/n)");
  }

  /**
   * Mean response time when each request joins the shortest queue of d servers sampled from n (the
   * power of d choices): the mean-field fixed point of the supermarket model, exact as n → ∞. With
   * ρ = λ/(nμ) the mean sojourn is (1/μ)·Σ_{i≥1} ρ^{(d^i − d)/(d−1)}, which is 1/(μ(1−ρ)) for d =
   * 1; the sum stops when its terms fall below 1e-16.
   */
  public static Analytic supermarketMeanResponse(int d, double lambda, int n, double mu) {
    checkServers(n);
    if (d < 1 || d > n) {
      throw new IllegalArgumentException("choices d must be in 1.." + n + ", not " + d);
    }
    checkRates(lambda, mu);
    double rho = lambda / (n * mu);
    if (rho >= 1) {
      return Analytic.none(UNSTABLE);
    }
    if (d == 1) {
      return Analytic.of(1 / (mu * (1 - rho)),
          "supermarket d = 1 (mean-field, large n): 1/(μ(1−ρ))");
    }
    double logRho = Math.log(rho);
    double sum = 0;
    double exponent = 0; // (d^i − d)/(d−1) for i = 1, 2, ...: e_{i+1} = d·e_i + d
    while (true) {
      double term = Math.exp(exponent * logRho);
      sum += term;
      if (term < SUPERMARKET_TOLERANCE) {
        break;
      }
      exponent = d * exponent + d;
    }
    return Analytic.of(sum / mu, "supermarket, power of d (mean-field, large n): "
        + "(1/μ)·Σ_{i≥1} ρ^{(d^i−d)/(d−1)}");
  }

  /**
   * Mean response time when n servers take requests in turn (round-robin) from a Poisson stream of
   * rate λ: each server sees Erlang-n gaps of rate λ, an E_n/M/1 queue (GI/M/1), whose response
   * time is exponential with rate μ(1−σ), σ the root in (0, 1) of σ = (λ/(λ + μ(1−σ)))^n.
   */
  public static Analytic roundRobinMeanResponse(int n, double lambda, double mu) {
    double sigma = roundRobinSigma(n, lambda, mu);
    return Double.isNaN(sigma) ? Analytic.none(UNSTABLE)
        : Analytic.of(1 / (mu * (1 - sigma)), ROUND_ROBIN + "1/(μ(1−σ))");
  }

  /** The q-quantile of the response time under round-robin: −ln(1−q)/(μ(1−σ)) (see above). */
  public static Analytic roundRobinResponseQuantile(int n, double lambda, double mu, double q) {
    checkQuantile(q);
    double sigma = roundRobinSigma(n, lambda, mu);
    return Double.isNaN(sigma) ? Analytic.none(UNSTABLE)
        : Analytic.of(-Math.log1p(-q) / (mu * (1 - sigma)), ROUND_ROBIN + "−ln(1−q)/(μ(1−σ))");
  }

  /** Mean wait in the queue under round-robin: σ/(μ(1−σ)) (see above). */
  public static Analytic roundRobinMeanWait(int n, double lambda, double mu) {
    double sigma = roundRobinSigma(n, lambda, mu);
    return Double.isNaN(sigma) ? Analytic.none(UNSTABLE)
        : Analytic.of(sigma / (mu * (1 - sigma)), ROUND_ROBIN + "σ/(μ(1−σ))");
  }

  private static final String ROUND_ROBIN = "round-robin: E_n/M/1 per server, ";

  /**
   * σ of the E_n/M/1 queue by fixed-point iteration from 0, which rises monotonically to the least
   * root (the one in (0, 1) when λ/n < μ); NaN when unstable.
   */
  private static double roundRobinSigma(int n, double lambda, double mu) {
    checkServers(n);
    checkRates(lambda, mu);
    if (lambda / n >= mu) {
      return Double.NaN;
    }
    double sigma = 0;
    for (int i = 0; i < 100_000_000; i++) {
      double next = Math.pow(lambda / (lambda + mu * (1 - sigma)), n);
      if (Math.abs(next - sigma) <= 1e-15) {
        return next;
      }
      sigma = next;
    }
    return sigma;
  }

  // ---------------------------------------------------------------- Little

  /** Little's law: the mean number in a system, L = λ·W, for arrival rate λ and mean time W. */
  public static double littleL(double lambda, double meanTime) {
    checkRate("arrival rate λ", lambda);
    if (!Double.isFinite(meanTime) || meanTime < 0) {
      throw new IllegalArgumentException("mean time W must be finite and ≥ 0, not " + meanTime);
    }
    return lambda * meanTime;
  }

  // ---------------------------------------------------------------- computation

  /** Erlang B for c servers at offered load a (erlangs). */
  static double erlangBValue(int c, double a) {
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /** Erlang C for c servers at offered load a < c. */
  static double erlangCValue(int c, double a) {
    double b = erlangBValue(c, a);
    double rho = a / c;
    return b / (1 - rho * (1 - b));
  }

  /**
   * {π_K, L} of M/M/c/K at offered load a. The unnormalised weights are a^n/n! for n ≤ c and
   * a^c/c!·ρ^{n−c} above; their logarithms are shifted by their maximum before exponentiation.
   */
  private static double[] mmck(int c, int capacity, double a) {
    double logA = Math.log(a);
    double logRho = Math.log(a / c);
    double logAtC = c * logA - Gamma.logGamma(c + 1.0);
    double max = Double.NEGATIVE_INFINITY;
    for (long n = 0; n <= capacity; n++) {
      max = Math.max(max, logWeight(n, c, logA, logRho, logAtC));
    }
    double total = 0;
    double moment = 0;
    for (long n = 0; n <= capacity; n++) {
      double w = Math.exp(logWeight(n, c, logA, logRho, logAtC) - max);
      total += w;
      moment += n * w;
    }
    double last = Math.exp(logWeight(capacity, c, logA, logRho, logAtC) - max);
    return new double[] {last / total, moment / total};
  }

  private static double logWeight(long n, int c, double logA, double logRho, double logAtC) {
    return n <= c ? n * logA - Gamma.logGamma(n + 1.0) : logAtC + (n - c) * logRho;
  }

  private static void checkRates(double lambda, double mu) {
    checkRate("arrival rate λ", lambda);
    checkRate("service rate μ", mu);
  }

  private static void checkRate(String name, double rate) {
    if (!Double.isFinite(rate) || rate <= 0) {
      throw new IllegalArgumentException(name + " must be finite and > 0, not " + rate);
    }
  }

  private static void checkServers(int c) {
    if (c < 1) {
      throw new IllegalArgumentException("the number of servers must be ≥ 1, not " + c);
    }
  }

  private static void checkCapacity(int c, int capacity) {
    checkServers(c);
    if (capacity < c) {
      throw new IllegalArgumentException(
          "capacity K must be ≥ the servers c = " + c + ", not " + capacity);
    }
  }

  private static void checkQuantile(double q) {
    if (!(q >= 0 && q < 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1), not " + q);
    }
  }
}
