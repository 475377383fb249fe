package dev.nines.benchmarks.coverage;

import static dev.nines.benchmarks.coverage.UnitCases.HOUR;

import java.util.List;

/**
 * (e) A heartbeat detector watching the exponential unit of {@code one-unit}: a heartbeat every
 * I = 1 s from the start of each up period, none lost, each arriving after d = 100 ms; the unit is
 * suspected T = 3 s after the last arrival.
 *
 * <p>Derivation. A failure after an up time X leaves the last heartbeat at ⌊X/I⌋·I, so it is
 * suspected at delay D = c − V with c = d + T and V = X mod I, whose density is λe^{−λv} / (1 −
 * e^{−λI}) on [0, I) (exponential lives). It is detected only if the repair R ~ Exp(μ) outlasts D,
 * with probability e^{−μD}. Among detected failures V therefore has density proportional to
 * e^{βv}, β = μ − λ, so E[D | detected] = c − E_β[V] and P(D ≤ x | detected) = (e^{βI} − e^{βa}) /
 * (e^{βI} − 1) with a = c − x. A missed detection happens with probability 1 − E[e^{−μD}] per
 * failure; a unit new at 0 fails λ(A·H + (1 − A)(1 − e^{−(λ+μ)H}) / (λ + μ)) times in [0, H].
 */
final class DetectorCases {

  static final double INTERVAL = 1;
  static final double DELAY = 0.1;
  static final double TIMEOUT = 3;

  private DetectorCases() {}

  static CoverageCase heartbeat() {
    double horizon = 18_180 * HOUR;
    double lambda = 1 / (1000 * HOUR);
    double mu = 1 / (10 * HOUR);
    double c = DELAY + TIMEOUT;
    double beta = mu - lambda;
    double x = beta * INTERVAL;
    // Mean of the density ∝ e^{βv} on [0, I], by its series where the closed form cancels.
    double tilted = Math.abs(x) < 1e-3
        ? INTERVAL * (0.5 + x / 12 - x * x * x / 720)
        : INTERVAL * (1 / -Math.expm1(-x) - 1 / x);
    double detected = Math.exp(-mu * c) * lambda * Math.expm1(x)
        / (beta * -Math.expm1(-lambda * INTERVAL));
    double availability = mu / (lambda + mu); // MTTF / (MTTF + MTTR)
    double failures = lambda * (availability * horizon
        + (1 - availability) * -Math.expm1(-(lambda + mu) * horizon) / (lambda + mu));
    String yaml = """
        name: heartbeat detector on one unit
        horizon: 18180h
        components:
          server:
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
        detectors:
          hb:
            heartbeat: {interval: 1s, timeout: 3s, loss: 0, delay: 100ms}
            monitors: server
        """;
    String formula = "c − V, V ∝ e^{βv} on [0, I)";
    return new CoverageCase("heartbeat",
        "heartbeat every 1 s, no loss, 100 ms delay, 3 s timeout, watching the unit of "
            + "one-unit (started new); 18 detections per replication",
        yaml, Start.NEW, List.of(
            Figure.of("hb", "detection-delay", c - tilted, "s", Range.NON_NEGATIVE,
                "E[D | detected] = " + formula),
            Figure.of("hb", "detection-delay-p50", c - quantileOfPhase(0.50, beta), "s",
                Range.NON_NEGATIVE, formula),
            Figure.of("hb", "detection-delay-p99", c - quantileOfPhase(0.99, beta), "s",
                Range.NON_NEGATIVE, formula),
            Figure.of("hb", "missed-detections", failures * (1 - detected), "1",
                Range.NON_NEGATIVE, "E[N(H)]·(1 − E[e^{−μD}])")));
  }

  /** The a with P(D ≤ c − a | detected) = p: a = ln(1 + (1 − p)(e^{βI} − 1)) / β. */
  private static double quantileOfPhase(double p, double beta) {
    return Math.log1p((1 - p) * Math.expm1(beta * INTERVAL)) / beta;
  }
}
