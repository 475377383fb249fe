package dev.nines.benchmarks.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Cases of one repairable unit, whose exact values are renewal theory: A = MTTF / (MTTF + MTTR) for
 * any distributions, failures f·H with f = 1 / (MTTF + MTTR) in the stationary regime, MTBF the
 * mean life, MTTR the mean repair (no crew: repair starts at once), MTTF the mean life from new, and
 * every outage one repair, so the outage percentiles are the repair distribution's quantiles.
 */
final class UnitCases {

  static final double HOUR = 3600;
  static final double YEAR = 365 * 24 * HOUR;
  static final double[] OUTAGE_LEVELS = {0.50, 0.95, 0.99};

  private UnitCases() {}

  /** (a) One exponential unit, MTTF 1000 h, MTTR 10 h, 18 failures per replication. */
  static CoverageCase oneUnit() {
    double horizon = 18_180 * HOUR;
    String yaml = """
        name: one exponential unit
        horizon: 18180h
        components:
          server:
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
        """;
    return new CoverageCase("one-unit",
        "one exponential unit, MTTF 1000 h, MTTR 10 h; horizon 18180 h: 18 failures per "
            + "replication (about 40 events)",
        yaml, Start.STATIONARY,
        unitFigures(1000 * HOUR, 10 * HOUR, 1000 * HOUR, horizon, exponentialQuantile(10 * HOUR),
            "exponential quantile of the repair"));
  }

  /** (c) The unit of (a) over 202 h: 0.2 failures per replication. */
  static CoverageCase fewFailures() {
    double horizon = 202 * HOUR;
    String yaml = """
        name: one exponential unit, few failures
        horizon: 202h
        components:
          server:
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 10h}
        """;
    return new CoverageCase("few-failures",
        "the unit of one-unit over 202 h: 0.2 failures per replication (most see none)",
        yaml, Start.STATIONARY,
        unitFigures(1000 * HOUR, 10 * HOUR, 1000 * HOUR, horizon, exponentialQuantile(10 * HOUR),
            "exponential quantile of the repair"));
  }

  /**
   * (c) A non-exponential unit with few failures: Weibull lives of shape 2 and mean 1000 h,
   * lognormal repairs of mean 10 h and sd 5 h, over 202 h (0.2 failures per replication when
   * stationary).
   */
  static CoverageCase fewFailuresWeibull() {
    double horizon = 202 * HOUR;
    double shape = 2;
    // The scale as written in the file, and the mean computed back from the written digits.
    String scaleText = String.format(Locale.ROOT, "%.9f", 1000 / Gamma.gamma(1 + 1 / shape));
    double mttf = Double.parseDouble(scaleText) * HOUR * Gamma.gamma(1 + 1 / shape);
    double repairMean = 10 * HOUR;
    double repairSd = 5 * HOUR;
    double sigma2 = Math.log1p((repairSd / repairMean) * (repairSd / repairMean));
    double mu = Math.log(repairMean) - sigma2 / 2;
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    DoubleUnaryOperator lognormal =
        p -> Math.exp(mu + Math.sqrt(sigma2) * normal.inverseCumulativeProbability(p));
    String yaml = """
        name: Weibull lives, lognormal repairs, few failures
        horizon: 202h
        components:
          server:
            failure: {dist: weibull, shape: 2, scale: %sh}
            repair: {dist: lognormal, mean: 10h, sd: 5h}
        """.formatted(scaleText);
    return new CoverageCase("few-failures-weibull",
        "Weibull lives (shape 2, mean 1000 h), lognormal repairs (mean 10 h, sd 5 h), over "
            + "202 h: 0.2 failures per replication when stationary",
        yaml, Start.STATIONARY,
        unitFigures(mttf, repairMean, mttf, horizon, lognormal,
            "lognormal quantile exp(m + σ·Φ⁻¹(p))"));
  }

  /**
   * The figures of one unit alone in group {@code server}, the system being that group.
   *
   * @param mttfFromNew the mean life of a new unit (the figure {@code mttf})
   * @param repairQuantile the repair distribution's quantile function
   */
  static List<Figure> unitFigures(double mttf, double mttr, double mttfFromNew, double horizon,
      DoubleUnaryOperator repairQuantile, String quantileFormula) {
    double cycle = mttf + mttr;
    double a = mttf / cycle;
    double u = mttr / cycle;
    String s = "system";
    List<Figure> figures = new ArrayList<>(List.of(
        Figure.of(s, "availability", a, "1", Range.PROBABILITY, "MTTF/(MTTF+MTTR)"),
        Figure.of(s, "unavailability", u, "1", Range.PROBABILITY, "MTTR/(MTTF+MTTR)"),
        Figure.of(s, "failures", horizon / cycle, "1", Range.NON_NEGATIVE,
            "H/(MTTF+MTTR), stationary renewal"),
        Figure.of(s, "mtbf", mttf, "s", Range.NON_NEGATIVE, "mean life"),
        Figure.of(s, "mttr", mttr, "s", Range.NON_NEGATIVE, "mean repair"),
        Figure.of(s, "mttf", mttfFromNew, "s", Range.NON_NEGATIVE, "mean life from new"),
        Figure.of(s, "downtime-per-year", u * YEAR, "s", Range.NON_NEGATIVE, "U·365 d"),
        Figure.of(s, "nines", -Math.log10(u), "1", Range.NON_NEGATIVE, "-log10(U)")));
    for (double p : OUTAGE_LEVELS) {
      figures.add(Figure.of(s, "outage-p" + Math.round(p * 100), repairQuantile.applyAsDouble(p),
          "s", Range.NON_NEGATIVE, quantileFormula));
    }
    figures.add(Figure.of("server", "unit-availability", a, "1", Range.PROBABILITY,
        "MTTF/(MTTF+MTTR)"));
    return figures;
  }

  /** The quantile function of an exponential distribution with this mean: −mean·ln(1 − p). */
  static DoubleUnaryOperator exponentialQuantile(double mean) {
    return p -> -mean * Math.log1p(-p);
  }
}
