package dev.nines.models.distributions;

import java.util.Arrays;
import dev.nines.simulator.Durations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Resamples observed durations, each with equal probability. */
public record Empirical(double[] values) implements Distribution {

  public Empirical {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("empirical needs at least one value");
    }
    values = values.clone();
    for (double v : values) {
      Distribution.requireNonNegative("empirical value", v);
    }
    if (Arrays.stream(values).sum() <= 0) {
      throw new IllegalArgumentException("empirical values must not all be zero");
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double mean() {
    return Arrays.stream(values).sum() / values.length;
  }

  /**
   * The variance of the resampled law (each value with probability 1/n): Σ(x − mean)²/n, the
   * population variance, not the sample variance Σ(x − mean)²/(n − 1). Summed about the mean so
   * nothing cancels.
   */
  @Override
  public double variance() {
    double mean = mean();
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return sum / values.length;
  }

  /** The inverse of the empirical CDF: the smallest value v with F(v) > p. */
  @Override
  public double quantile(double p) {
    Distribution.checkProbability(p);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.floor(p * sorted.length)];
  }

  /** −ln(share of the values above x): a step function, +∞ from the largest value on. */
  @Override
  public double cumulativeHazard(double x) {
    long above = Arrays.stream(values).filter(v -> v > x).count();
    return above == 0 ? Double.POSITIVE_INFINITY : -Math.log((double) above / values.length);
  }

  /** The smallest value at which H reaches h; 0 for h = 0. */
  @Override
  public double inverseCumulativeHazard(double h) {
    if (!(h >= 0)) {
      throw new IllegalArgumentException("a cumulative hazard must be non-negative, got " + h);
    }
    if (h == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (double v : sorted) {
      if (cumulativeHazard(v) >= h) {
        return v;
      }
    }
    return sorted[sorted.length - 1];
  }

  @Override
  public boolean hasAtoms() {
    return true;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    double[] copy = values.clone();
    return () -> copy[rng.nextInt(copy.length)];
  }

  /** One of the values, picked with probability proportional to it (a zero is never picked). */
  @Override
  public ContinuousSampler lengthBiasedSampler(UniformRandomProvider rng) {
    double[] copy = values.clone();
    double[] cumulative = new double[copy.length];
    double sum = 0;
    for (int i = 0; i < copy.length; i++) {
      sum += copy[i];
      cumulative[i] = sum;
    }
    double total = sum;
    int last = copy.length - 1;
    while (copy[last] == 0) {
      last--; // the values do not all vanish
    }
    int top = last;
    return () -> {
      // The first value whose cumulative sum exceeds u: never a zero, whose sum equals the one
      // before it; the last positive value when rounding puts u at the total.
      double u = rng.nextDouble() * total;
      int low = 0;
      int high = top;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (cumulative[mid] > u) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return copy[low];
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Empirical e && Arrays.equals(values, e.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Empirical" + Arrays.toString(values);
  }

  @Override
  public String describe() {
    return "empirical(" + values.length + " values, mean=" + Durations.format(mean()) + ")";
  }
}
