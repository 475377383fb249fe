package dev.nines.simulator.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A confidence interval by sectioning (Asmussen and Glynn, Stochastic Simulation, 2007, §III.5a;
 * Nakayama, ACM TOMACS 24(4), 2014), for an estimator that is not a mean, such as a quantile, from
 * data that are dependent within a section and independent between sections: requests within a
 * replication queue behind each other, replications are independent. Each of the b sections gives
 * its own estimate θ_i; the estimate θ from all the data pooled is the center, and the half-width
 * is t(b − 1) · S / √b with S² = Σ(θ_i − θ)² / (b − 1).
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

  /**
   * The fewest samples a section needs for its own p-quantile, 10 / (1 − p): ten samples above it
   * on average (1,000 for p99, 10,000 for p99.9).
   */
  public static long fewestSamples(double p) {
    return (long) Math.ceil(10 / (1 - p) - 1e-9);
  }

  private Sectioning() {}

  /**
   * The sectioning interval around {@code estimate}. Sections whose estimate is NaN (a section
   * without data) are left out and the note says how many; with fewer than two sections left the
   * bounds are unknown (NaN) and the note says why. {@code n} is the number of sections used.
   *
   * @param estimate the estimate from all the data pooled
   * @param sections each section's own estimate, in section order
   */
  public static ConfidenceInterval interval(double estimate, double[] sections, double level) {
    int b = 0;
    double squares = 0;
    for (double section : sections) {
      if (!Double.isNaN(section)) {
        b++;
        double deviation = section - estimate;
        squares += deviation * deviation;
      }
    }
    String note = b < sections.length
        ? (sections.length - b) + " of " + sections.length + " replications without data" : null;
    if (b < 2 || Double.isNaN(estimate)) {
      String few = b + " replication" + (b == 1 ? "" : "s") + " with data: too few for an interval";
      return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, b, level, join(note, few));
    }
    double t = new TDistribution(null, b - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * Math.sqrt(squares / (b - 1)) / Math.sqrt(b);
    return new ConfidenceInterval(estimate, estimate - half, estimate + half, b, level, note);
  }

  /**
   * The sectioning interval of a p-quantile, as {@link #interval}, whose note also says how many
   * sections had fewer than {@link #fewestSamples} samples: their own quantile is then mostly
   * bias, and the interval (wide, as said above) rests on it.
   *
   * @param sizes each section's number of samples, in section order (0: no data, estimate NaN)
   */
  public static ConfidenceInterval quantile(double estimate, double[] sections, long[] sizes,
      double p, double level) {
    if (sizes.length != sections.length) {
      throw new IllegalArgumentException("one size per section");
    }
    ConfidenceInterval interval = interval(estimate, sections, level);
    long fewest = fewestSamples(p);
    int small = 0;
    for (long size : sizes) {
      if (size > 0 && size < fewest) {
        small++;
      }
    }
    if (small == 0) {
      return interval;
    }
    return interval.withNote(join(interval.note(), small + " of " + sizes.length
        + " replications with fewer than " + fewest + " samples, too few for their own quantile"));
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }
}
