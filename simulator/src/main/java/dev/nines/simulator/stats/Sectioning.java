package dev.nines.simulator.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A confidence interval by sectioning (Asmussen and Glynn, Stochastic Simulation, 2007, §III.5a;
 * Nakayama, ACM TOMACS 24(4), 2014), for an estimator that is not a mean, such as a quantile, from
 * data that are dependent within a section and independent between sections: requests within a
 * replication queue behind each other, replications are independent. Each of the b sections gives
 * its own estimate θ_i; the estimate θ from all the data pooled is the center, and the half-width
 * is t · S / √b with S² = Σ(θ_i − θ)² / (b − 1), on a {@link Scale} (log for a positive quantity:
 * the interval stays above 0 and opens upwards, as a high quantile's error does).
 *
 * <p>The center is the pooled estimate, not the mean of the sections' estimates: a quantile of a
 * small section is biased (low, for a high quantile), the pooled one far less. Taking the deviations
 * about the pooled estimate (rather than about their own mean) adds that bias, squared, to S², so
 * the interval widens where the sections are too small to trust rather than closing on a biased
 * value. Asymptotically the two forms agree.
 *
 * <p>In nines the sections are the replications, and the notes call them so.
 */
public final class Sectioning {

  private Sectioning() {}

  /**
   * The fewest samples a section needs for its own p-quantile, 10 / (1 − p): ten samples above it
   * on average (1,000 for p99, 10,000 for p99.9).
   */
  public static long fewestSamples(double p) {
    return (long) Math.ceil(10 / (1 - p) - 1e-9);
  }

  /**
   * The sectioning interval around {@code estimate}, Student-t with b − 1 degrees of freedom.
   * Sections whose estimate is NaN (a section without data) are left out and the note says how
   * many; with fewer than two sections left the bounds are unknown (NaN) and the note says why.
   * {@code n} is the number of sections used. Where the estimate or a section lies outside the
   * scale (a time of 0 on the log scale), the interval is built on the linear scale.
   *
   * @param estimate the estimate from all the data pooled
   * @param sections each section's own estimate, in section order
   */
  public static ConfidenceInterval interval(double estimate, double[] sections, double level,
      Scale scale) {
    return interval(estimate, sections, level, scale, Double.POSITIVE_INFINITY);
  }

  /**
   * The sectioning interval of a p-quantile, as {@link #interval}, with fewer degrees of freedom
   * where the samples beyond the quantile come from few sections. To first order a quantile's
   * error is that of the share of samples beyond it (Bahadur's representation), a ratio of sums
   * over the sections; as for {@link RatioEstimator}, its Student-t quantile then has
   * min(b − 1, 2·m) degrees of freedom, m the smaller of the Kish effective sample sizes of the
   * sections' sizes and of their tails. A high quantile of queueing times is made by a few long
   * busy periods; when only some replications had one, this widens the interval, and the note says
   * so (m below b / 2), as it says how many sections had fewer than {@link #fewestSamples}.
   *
   * @param sizes each section's number of samples, in section order (0: no data, estimate NaN)
   * @param tails each section's number of samples in the quantile's smaller tail: above the pooled
   *     estimate for p ≥ 1/2, at or below it for p < 1/2
   */
  public static ConfidenceInterval quantile(double estimate, double[] sections, long[] sizes,
      long[] tails, double p, double level, Scale scale) {
    if (sizes.length != sections.length || tails.length != sections.length) {
      throw new IllegalArgumentException("one size and one tail per section");
    }
    double[] size = new double[sizes.length];
    double[] tail = new double[tails.length];
    for (int i = 0; i < size.length; i++) {
      size[i] = sizes[i];
      tail[i] = tails[i];
    }
    double effective = Math.min(RatioEstimator.kish(size), RatioEstimator.kish(tail));
    ConfidenceInterval interval = interval(estimate, sections, level, scale, 2 * effective);
    String note = interval.note();
    long b = interval.n();
    if (b >= 2 && effective < b / 2.0) {
      note = join(note, String.format(java.util.Locale.ROOT, "the tail beyond it rests on "
          + "effectively %.1f of %d replications: longer ones would make it trustworthy",
          effective, b));
    }
    long fewest = fewestSamples(p);
    int small = 0;
    for (long s : sizes) {
      if (s > 0 && s < fewest) {
        small++;
      }
    }
    if (small > 0) {
      note = join(note, small + " of " + sizes.length + " replications with fewer than " + fewest
          + " samples, too few for their own quantile");
    }
    return interval.withNote(note);
  }

  private static ConfidenceInterval interval(double estimate, double[] sections, double level,
      Scale scale, double maxDegrees) {
    int b = 0;
    boolean inside = scale.inside(estimate);
    for (double section : sections) {
      if (!Double.isNaN(section)) {
        b++;
        inside &= scale.inside(section);
      }
    }
    String note = b < sections.length
        ? (sections.length - b) + " of " + sections.length + " replications without data" : null;
    if (b < 2 || Double.isNaN(estimate)) {
      String few = b + " replication" + (b == 1 ? "" : "s") + " with data: too few for an interval";
      return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, b, level, join(note, few));
    }
    Scale on = inside ? scale : Scale.LINEAR;
    double center = on.forward(estimate);
    double squares = 0;
    for (double section : sections) {
      if (!Double.isNaN(section)) {
        double deviation = on.forward(section) - center;
        squares += deviation * deviation;
      }
    }
    double degrees = Math.max(1, Math.min(b - 1, maxDegrees));
    double t = new TDistribution(null, degrees).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * Math.sqrt(squares / (b - 1)) / Math.sqrt(b);
    return new ConfidenceInterval(estimate, on.back(center - half), on.back(center + half), b,
        level, note);
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }
}
