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
 * <p>The standard error is the delta method's, √(Σ(x_i − R·y_i)² / (n(n−1))) / ȳ. The interval is
 * symmetric on a {@link Scale} that keeps it inside the possible range (log for positive ratios,
 * logit for shares) and mapped back. Its Student-t quantile has min(n − 1, 2·m) degrees of freedom,
 * where m is the smaller of the Kish effective sample sizes (Σ|v|)² / Σv² of the x and of the y:
 * when a few replications carry all of a sum (rare failures), the variance rests on those few and
 * the quantile widens accordingly. The coverage this gives is measured by the project's coverage
 * study (README, "How figures are estimated").
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

  /** The delta-method standard error of the ratio; NaN with fewer than two replications or Σy = 0. */
  public double standardError() {
    int n = x.length;
    if (n < 2 || !(sumY > 0)) {
      return Double.NaN;
    }
    double r = sumX / sumY;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double residual = x[i] - r * y[i];
      squares += residual * residual;
    }
    double meanY = sumY / n;
    return Math.sqrt(squares / ((double) n * (n - 1))) / meanY;
  }

  /**
   * The degrees of freedom of the interval's quantile: n − 1, fewer when a few replications carry
   * the sums (see the class comment); at least 1.
   */
  public double degreesOfFreedom() {
    double effective = Math.min(kish(x), kish(y));
    return Math.max(1, Math.min(x.length - 1, 2 * effective));
  }

  /**
   * The interval at the given level on the given scale. The bounds are NaN (unknown) with fewer than
   * two replications, when Σy is 0, or when the ratio lies on the edge of the scale (0 on the log
   * scale, 0 or 1 on the logit scale): the caller states what is known there ({@link NoEvents}).
   * A ratio that no replication varies has a zero-width interval.
   */
  public ConfidenceInterval interval(double level, Scale scale) {
    double r = ratio();
    double se = standardError();
    if (Double.isNaN(se) || !scale.inside(r)) {
      return new ConfidenceInterval(r, Double.NaN, Double.NaN, x.length, level);
    }
    double t = new TDistribution(null, degreesOfFreedom())
        .inverseCumulativeProbability(1 - (1 - level) / 2);
    double center = scale.forward(r);
    double half = t * se * scale.slope(r);
    return new ConfidenceInterval(r, scale.back(center - half), scale.back(center + half),
        x.length, level);
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
