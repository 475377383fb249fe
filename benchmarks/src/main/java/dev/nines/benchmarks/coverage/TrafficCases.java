package dev.nines.benchmarks.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * (d) An M/M/1 queue at load ρ = 0.8: one server that never fails, one worker, no queue limit, no
 * timeout, no retries. Poisson arrivals at λ = 80/s, exponential service of mean 10 ms (μ = 100/s).
 * In the stationary regime the response (sojourn) time is exponential with rate μ − λ, the mean
 * number waiting is ρ²/(1 − ρ), the worker is busy a share ρ of the time, and every request is
 * served, all but the L = ρ/(1 − ρ) in the system at the horizon by then. A replication observes 60 s after a 10 s warm-up: about 4,800 requests. The warm-up is
 * eleven relaxation times 1/(μ(1 − √ρ)²) = 0.9 s, so the start from an empty queue is forgotten.
 */
final class TrafficCases {

  static final double LAMBDA = 80;
  static final double MU = 100;
  static final double[] LEVELS = {0.50, 0.95, 0.99, 0.999};
  static final String[] NAMES = {"response-p50", "response-p95", "response-p99", "response-p999"};

  private TrafficCases() {}

  static CoverageCase mm1() {
    return mm1("mm1", 70, "about 4,800 requests per replication");
  }

  /**
   * The same queue observed 250 s per replication, about 20,000 requests: enough for each
   * replication to hold twenty requests beyond p99.9 on its own. Shorter replications leave the
   * p99.9 to the few long busy periods some of them happened to have, and its interval falls short
   * of its level (nines notes it under the table); this case shows the interval once the data are
   * there. Only the response times, to keep it affordable.
   */
  static CoverageCase mm1Long() {
    CoverageCase all = mm1("mm1-long", 260, "about 20,000 requests per replication");
    return new CoverageCase(all.id(), all.description(), all.yaml(), all.start(), all.at(),
        all.figures().stream().filter(f -> f.name().startsWith("response-")).toList());
  }

  private static CoverageCase mm1(String id, int horizon, String size) {
    String yaml = """
        name: M/M/1 at 80 % load
        horizon: HORIZON
        warmup: 10s
        components:
          server: {count: 1}
        traffic:
          arrivals: {poisson: 80/s}
          service: {dist: exponential, mean: 10ms}
          servers: server
          workers: 1
        """.replace("HORIZON", horizon + "s");
    double rho = LAMBDA / MU;
    double rate = MU - LAMBDA;
    String t = "traffic";
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(t, "response-time", 1 / rate, "s", Range.NON_NEGATIVE, "1/(μ−λ)")));
    for (int i = 0; i < LEVELS.length; i++) {
      figures.add(Figure.of(t, NAMES[i], -Math.log1p(-LEVELS[i]) / rate, "s", Range.NON_NEGATIVE,
          "−ln(1−p)/(μ−λ), sojourn ~ Exp(μ−λ)"));
    }
    figures.add(Figure.of(t, "utilization", rho, "1", Range.PROBABILITY, "ρ = λ/μ"));
    figures.add(Figure.of(t, "queue-length", rho * rho / (1 - rho), "1", Range.NON_NEGATIVE,
        "ρ²/(1−ρ), waiting"));
    figures.add(Figure.of(t, "throughput", LAMBDA, "1/s", Range.NON_NEGATIVE, "λ"));
    // Nothing fails, drops or times out, but the L = ρ/(1 − ρ) requests in flight at the horizon
    // are not served by then: of the λ(T − w) of the window, 1 − L/(λ(T − w)) are.
    double inFlight = rho / (1 - rho);
    figures.add(Figure.of(t, "success-ratio", 1 - inFlight / (LAMBDA * (horizon - 10)), "1",
        Range.PROBABILITY, "1 − L/(λ(T−w)), L = ρ/(1−ρ) in flight at the horizon"));
    figures.add(Figure.of(t, "pending", inFlight, "1", Range.NON_NEGATIVE,
        "L = ρ/(1−ρ), in the system at the horizon"));
    return new CoverageCase(id,
        "M/M/1, λ = 80/s, μ = 100/s (ρ = 0.8), 10 s warm-up then " + (horizon - 10)
            + " s observed: " + size,
        yaml, Start.NEW, figures);
  }
}
