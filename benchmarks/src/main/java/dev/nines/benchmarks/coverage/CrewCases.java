package dev.nines.benchmarks.coverage;

import static dev.nines.benchmarks.coverage.UnitCases.HOUR;
import static dev.nines.benchmarks.coverage.UnitCases.OUTAGE_LEVELS;
import static dev.nines.benchmarks.coverage.UnitCases.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (b) Three exponential replicas, the system up while at least two are, one technician who repairs
 * one replica at a time (FIFO). The exact values come from the birth-death chain on k, the number of
 * replicas down (failure rate (3 − k)λ, repair rate μ while k ≥ 1), built here by hand: the system is
 * down in k ∈ {2, 3}.
 */
final class CrewCases {

  static final double MTTF = 100 * HOUR;
  static final double MTTR = 5 * HOUR;

  private CrewCases() {}

  private static final String YAML = """
      name: 2-of-3 replicas, one technician
      horizon: %s
      crews:
        tech: {size: 1}
      components:
        replica:
          count: 3
          failure: {dist: exponential, mean: 100h}
          repair: {dist: exponential, mean: 5h}
          crew: tech
      system: {atLeast: 2, of: replica}
      """;

  /** The chain on the number of replicas down, rates per second. */
  static Chain chain() {
    double lambda = 1 / MTTF;
    double mu = 1 / MTTR;
    double[][] q = new double[4][4];
    for (int k = 0; k < 4; k++) {
      if (k < 3) {
        q[k][k + 1] = (3 - k) * lambda;
      }
      if (k > 0) {
        q[k][k - 1] = mu;
      }
    }
    return new Chain(q);
  }

  /** The steady-state figures over a 7000 h horizon: about 18 system failures per replication. */
  static CoverageCase steadyState() {
    double horizon = 7000 * HOUR;
    double lambda = 1 / MTTF;
    Chain chain = chain();
    double[] pi = chain.stationary();
    double u = pi[2] + pi[3];
    double a = pi[0] + pi[1];
    double frequency = pi[1] * 2 * lambda; // system failures: k = 1 -> 2
    double mttf = chain.meanTimeTo(new boolean[] {false, false, true, true})[0];
    PhaseType outage = outage();
    double queue = pi[2] + 2 * pi[3];
    double arrivals = 0;
    for (int k = 0; k < 4; k++) {
      arrivals += pi[k] * (3 - k) * lambda;
    }
    double meanDown = pi[1] + 2 * pi[2] + 3 * pi[3];
    String s = "system";
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(s, "availability", a, "1", Range.PROBABILITY, "CTMC: π0 + π1"),
        Figure.of(s, "unavailability", u, "1", Range.PROBABILITY, "CTMC: π2 + π3"),
        Figure.of(s, "failures", frequency * horizon, "1", Range.NON_NEGATIVE,
            "H·π1·2λ"),
        Figure.of(s, "mtbf", a / frequency, "s", Range.NON_NEGATIVE, "A / (π1·2λ)"),
        Figure.of(s, "mttr", u / frequency, "s", Range.NON_NEGATIVE, "U / (π1·2λ)"),
        Figure.of(s, "mttf", mttf, "s", Range.NON_NEGATIVE, "mean time from k=0 to k=2"),
        Figure.of(s, "downtime-per-year", u * YEAR, "s", Range.NON_NEGATIVE, "U·365 d"),
        Figure.of(s, "nines", -Math.log10(u), "1", Range.NON_NEGATIVE, "-log10(U)")));
    for (double p : OUTAGE_LEVELS) {
      figures.add(Figure.of(s, "outage-p" + Math.round(p * 100), outage.quantile(p), "s",
          Range.NON_NEGATIVE, "phase-type quantile, k=2 until k=1"));
    }
    figures.addAll(groupFigures(pi, horizon, lambda));
    figures.add(Figure.of("replica", "unit-availability", 1 - meanDown / 3, "1",
        Range.PROBABILITY, "1 − E[k]/3"));
    figures.add(Figure.of("tech", "crew-utilization", 1 - pi[0], "1", Range.PROBABILITY,
        "1 − π0"));
    figures.add(Figure.of("tech", "crew-queue-length", queue, "1", Range.NON_NEGATIVE,
        "π2 + 2π3"));
    figures.add(Figure.of("tech", "crew-wait", queue / arrivals, "s", Range.NON_NEGATIVE,
        "Little: Lq / Σ πk(3−k)λ"));
    return new CoverageCase("two-of-three-crew",
        "2-of-3 exponential replicas (MTTF 100 h, MTTR 5 h), one technician; horizon 7000 h: "
            + "18 system failures and 200 replica failures per replication",
        YAML.formatted("7000h"), Start.STATIONARY, figures);
  }

  /**
   * The group's own figures: the group is up only while all three replicas are (k = 0), fails at
   * 3λ from there, and its outage is the technician's busy period, from k = 1 back to k = 0.
   */
  private static List<Figure> groupFigures(double[] pi, double horizon, double lambda) {
    double frequency = pi[0] * 3 * lambda;
    double u = pi[1] + pi[2] + pi[3];
    PhaseType busy = busyPeriod();
    String g = "replica";
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(g, "availability", pi[0], "1", Range.PROBABILITY, "CTMC: π0"),
        Figure.of(g, "failures", frequency * horizon, "1", Range.NON_NEGATIVE, "H·π0·3λ"),
        Figure.of(g, "mtbf", 1 / (3 * lambda), "s", Range.NON_NEGATIVE, "1/(3λ)"),
        Figure.of(g, "mttr", u / frequency, "s", Range.NON_NEGATIVE, "(1 − π0) / (π0·3λ)"),
        Figure.of(g, "mttf", 1 / (3 * lambda), "s", Range.NON_NEGATIVE, "1/(3λ)")));
    for (double p : OUTAGE_LEVELS) {
      figures.add(Figure.of(g, "outage-p" + Math.round(p * 100), busy.quantile(p), "s",
          Range.NON_NEGATIVE, "phase-type quantile, k=1 until k=0"));
    }
    return figures;
  }

  /**
   * The system's outage: it enters k = 2 and ends at the first return to k = 1; meanwhile the third
   * replica can fail (2 -> 3 at λ) and the technician works on (3 -> 2 at μ).
   */
  static PhaseType outage() {
    double lambda = 1 / MTTF;
    double mu = 1 / MTTR;
    return new PhaseType(new double[] {1, 0}, new double[][] {{-(lambda + mu), lambda}, {mu, -mu}});
  }

  /** The technician's busy period, the group's outage: from k = 1 until k = 0. */
  static PhaseType busyPeriod() {
    double lambda = 1 / MTTF;
    double mu = 1 / MTTR;
    return new PhaseType(new double[] {1, 0, 0}, new double[][] {
        {-(2 * lambda + mu), 2 * lambda, 0},
        {mu, -(lambda + mu), lambda},
        {0, mu, -mu}});
  }

  /** Transient availability A(t) from all replicas new, at 2 h, 10 h and 50 h. */
  static CoverageCase transientAvailability() {
    Map<String, Double> at = new LinkedHashMap<>();
    at.put("2h", 2 * HOUR);
    at.put("10h", 10 * HOUR);
    at.put("50h", 50 * HOUR);
    Chain chain = chain();
    List<Figure> figures = new ArrayList<>();
    for (Map.Entry<String, Double> t : at.entrySet()) {
      double[] p = chain.distributionAt(new double[] {1, 0, 0, 0}, t.getValue());
      figures.add(Figure.of("system", "availability-at-" + t.getKey(), 1 - (p[2] + p[3]), "1",
          Range.PROBABILITY, "CTMC transient from k=0, Taylor exp(Qt)"));
    }
    return new CoverageCase("two-of-three-transient",
        "the replicas of two-of-three-crew, all new at 0, observed at 2 h, 10 h, 50 h; horizon "
            + "50 h",
        YAML.formatted("50h"), Start.NEW, at, figures);
  }
}
