package dev.nines.benchmarks.coverage;

import java.util.List;

/**
 * How one figure's intervals fared over many independent seeds at one number of replications:
 * the share that covered the exact value (with its Wilson score interval), the relative bias of the
 * point estimate, and how many intervals had zero width, left the possible range, were missing or
 * one-sided.
 *
 * @param seeds the number of seeds (independent runs)
 * @param reported the runs that reported the figure
 * @param estimates the runs with a point estimate (not NaN)
 * @param estimateMean mean of those estimates (infinite if one is)
 * @param estimateSd their standard deviation (NaN with fewer than two, or infinite estimates)
 */
public record Coverage(CoverageCase coverageCase, Figure figure, int replications, int seeds,
    int reported, int covered, int zeroWidth, int outOfRange, int missing, int oneSided,
    int estimates, double estimateMean, double estimateSd) {

  /** z for a two-sided 95 % interval. */
  static final double Z95 = 1.959963984540054;

  /** The tally of the seeds' checks, in seed order. */
  static Coverage of(CoverageCase c, Figure figure, int replications, List<Check> checks) {
    int reported = 0;
    int covered = 0;
    int zeroWidth = 0;
    int outOfRange = 0;
    int missing = 0;
    int oneSided = 0;
    int estimates = 0;
    double mean = 0;
    double m2 = 0;
    boolean infinite = false;
    double infiniteSum = 0;
    for (Check check : checks) {
      reported += check.reported() ? 1 : 0;
      covered += check.covered() ? 1 : 0;
      zeroWidth += check.zeroWidth() ? 1 : 0;
      outOfRange += check.outOfRange() ? 1 : 0;
      missing += check.missing() ? 1 : 0;
      oneSided += check.oneSided() ? 1 : 0;
      double x = check.estimate();
      if (Double.isNaN(x)) {
        continue;
      }
      estimates++;
      if (Double.isInfinite(x)) {
        infinite = true;
        infiniteSum += x;
        continue;
      }
      double delta = x - mean;
      mean += delta / estimates;
      m2 += delta * (x - mean);
    }
    double sd = estimates > 1 && !infinite ? Math.sqrt(m2 / (estimates - 1)) : Double.NaN;
    double estimateMean = estimates == 0 ? Double.NaN : infinite ? infiniteSum : mean;
    return new Coverage(c, figure, replications, checks.size(), reported, covered, zeroWidth,
        outOfRange, missing, oneSided, estimates, estimateMean, sd);
  }

  /** Whether any run reported the figure. */
  public boolean isReported() {
    return reported > 0;
  }

  /** Covered / seeds. */
  public double rate() {
    return (double) covered / seeds;
  }

  /** The Wilson score interval of the coverage at 95 %: {low, high}. */
  public double[] wilson() {
    return wilson(covered, seeds, Z95);
  }

  /** The Wilson score interval for k successes in n trials at normal quantile z. */
  static double[] wilson(int k, int n, double z) {
    double p = (double) k / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, center - half), Math.min(1, center + half)};
  }

  /** Mean estimate / exact − 1 (NaN without estimates, infinite with an infinite estimate). */
  public double relativeBias() {
    return estimateMean / figure.exact() - 1;
  }

  /** The standard error of the relative bias, from the spread of the estimates over the seeds. */
  public double relativeBiasError() {
    return estimateSd / Math.sqrt(estimates) / Math.abs(figure.exact());
  }

  /** Whether the coverage lies in the target 93–97 %. */
  public boolean onTarget() {
    return rate() >= 0.93 && rate() <= 0.97;
  }
}
