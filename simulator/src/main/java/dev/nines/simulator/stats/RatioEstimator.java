package dev.nines.simulator.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A ratio of sums over independent replications, R = Σx / Σy, with a delta-method interval: the
 * figures that are a total of something per total of something else (MTBF = up time / failures,
 * MTTR = down time / failures, unavailability = down time / observed time, mean wait = waiting time
 * / repairs). Every replication counts, those with y = 0 included, so none is silently dropped and
 * the estimate is consistent (a mean of per-replication ratios is biased by about 1/E[y], and more
 * replications only make it more confidently wrong).
 *
 * <p>The variance comes from the residuals e_i = x_i − R·y_i, which sum to 0. Only the
 * replications with a residual carry information about it: when a few replications carry all of a
 * sum (rare failures: most replications saw none), the classic n/(n − 1) correction for n
 * replications understates it. So the variance is corrected for m, the Kish effective number of
 * residuals, (Σ|e|)² / Σe²: se² = Σe² / (n·ȳ)² · m / (m − 1), which is the classic delta method
 * when every replication counts alike (m = n). The interval is symmetric on a {@link Scale} that
 * keeps it inside the possible range (log for positive ratios, logit for shares) and mapped back,
 * with a Student-t quantile of min(n − 1, m) degrees of freedom. With m ≤ 1 (a single replication
 * carries the whole sum) the data say nothing about the variance, and the interval is the whole
 * possible range. The coverage this gives is measured by the project's coverage study (README, "How
 * figures are estimated").
 */
public final class RatioEstimator {

  private final double[] x;
  private final double[] y;
  private final double sumX;
  private final double sumY;

  /**
   * @param x each replication's numerator (finite)
   * @param y each replication's denominator (finite, not negative), in the same order
   */
  public RatioEstimator(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("a ratio needs as many numerators as denominators");
    }
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !(y[i] >= 0) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("replication " + i + " has no finite ratio parts: "
            + x[i] + " / " + y[i]);
      }
      sx += x[i];
      sy += y[i];
    }
    this.x = x.clone();
    this.y = y.clone();
    this.sumX = sx;
    this.sumY = sy;
  }

  /** The mean of values over replications: the ratio of their sum to the number of replications. */
  public static RatioEstimator mean(double[] values) {
    double[] ones = new double[values.length];
    java.util.Arrays.fill(ones, 1);
    return new RatioEstimator(values, ones);
  }

  public double sumX() {
    return sumX;
  }

  public double sumY() {
    return sumY;
  }

  /** The number of replications. */
  public int n() {
    return x.length;
  }

  /** Σx / Σy; NaN when Σy is 0. */
  public double ratio() {
    return sumY > 0 ? sumX / sumY : Double.NaN;
  }

  /**
   * The delta-method standard error of the ratio, corrected for the effective number of residuals
   * (see the class comment); NaN with fewer than two replications, Σy = 0, or m ≤ 1.
   */
  public double standardError() {
    int n = x.length;
    double m = effectiveResiduals();
    if (n < 2 || !(sumY > 0) || !(m > 1)) {
      return Double.NaN;
    }
    double meanY = sumY / n;
    return Math.sqrt(sumOfSquares() / ((double) n * n) * m / (m - 1)) / meanY;
  }

  /** The standard error over the ratio: 0.05 is ±5 % at one standard error; NaN where either is. */
  public double relativeError() {
    return standardError() / Math.abs(ratio());
  }

  /**
   * m, the Kish effective number of residuals (Σ|e|)² / Σe²: n when every replication's residual
   * is alike, the number of replications that carry the sums when only a few do; 0 when every
   * residual is 0.
   */
  public double effectiveResiduals() {
    return kish(residuals());
  }

  /** The degrees of freedom of the interval's quantile: min(n − 1, m), at least 1. */
  public double degreesOfFreedom() {
    return Math.max(1, Math.min(x.length - 1, effectiveResiduals()));
  }

  private double[] residuals() {
    double r = sumY > 0 ? sumX / sumY : 0;
    double[] e = new double[x.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = x[i] - r * y[i];
    }
    return e;
  }

  private double sumOfSquares() {
    double squares = 0;
    for (double e : residuals()) {
      squares += e * e;
    }
    return squares;
  }

  /**
   * The interval at the given level on the given scale. The bounds are NaN (unknown) with fewer than
   * two replications, when Σy is 0, or when the ratio lies on the edge of the scale (0 on the log
   * scale, 0 or 1 on the logit scale): the caller states what is known there ({@link NoEvents}).
   * When a single replication carries the whole sum (m ≤ 1), the interval is the scale's whole
   * range, with a note. A ratio that no replication varies (every residual 0 with several
   * replications behind it, such as a deterministic system) has a zero-width interval.
   */
  public ConfidenceInterval interval(double level, Scale scale) {
    double r = ratio();
    int n = x.length;
    if (n < 2 || !(sumY > 0) || !scale.inside(r)) {
      return new ConfidenceInterval(r, Double.NaN, Double.NaN, n, level);
    }
    double m = effectiveResiduals();
    if (m == 0 && carriers() > 1) {
      return new ConfidenceInterval(r, r, r, n, level);
    }
    double se = standardError();
    if (Double.isNaN(se)) {
      return new ConfidenceInterval(r, scale.lowest(), scale.highest(), n, level,
          "one replication carries it all: no spread to judge");
    }
    double t = new TDistribution(null, degreesOfFreedom())
        .inverseCumulativeProbability(1 - (1 - level) / 2);
    double center = scale.forward(r);
    double half = t * se * scale.slope(r);
    return new ConfidenceInterval(r, scale.back(center - half), scale.back(center + half),
        x.length, level);
  }

  /** How many replications have a non-zero numerator or denominator. */
  private int carriers() {
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0 || y[i] != 0) {
        count++;
      }
    }
    return count;
  }

  /** Kish's effective sample size of the values' magnitudes, (Σ|v|)² / Σv²; 0 when all are 0. */
  static double kish(double[] values) {
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      sum += Math.abs(v);
      squares += v * v;
    }
    return squares > 0 ? sum * sum / squares : 0;
  }
}
