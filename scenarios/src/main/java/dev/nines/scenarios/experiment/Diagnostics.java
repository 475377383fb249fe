package dev.nines.scenarios.experiment;

import dev.nines.simulator.stats.ConfidenceInterval;

/**
 * What a reader needs to trust an estimate of a rare quantity (DESIGN.md §7), beside its interval:
 * in {@code --json}, {@code relative-error} and {@code effective-sample-size}.
 *
 * <p>The relative error is the interval's half-width over the estimate's magnitude of the
 * unavailability the figure is computed from: for {@code unavailability} and
 * {@code downtime-per-year} (U · 1 y) that is the figure's own half-width / |mean|; for
 * {@code availability} and {@code nines} it is still the unavailability's, since their own relative
 * width (10⁻⁹ for an availability of nine nines) would hide how little is known. It is what
 * {@code --precision 10%} judges.
 *
 * <p>The effective sample size is the place for a weighted (importance-sampling) estimate's
 * (Σw)² / Σw² over its replications' likelihood ratios: far below the replications, it says the
 * estimate rests on a few heavy weights. Plain simulation has no weights: NaN, written null.
 *
 * @param relativeError half-width / |estimate| as above; infinite when the estimate is 0 (no
 *     failure seen: only a bound), NaN when the interval is unknown
 * @param effectiveSampleSize as above; NaN when the method has no weights
 */
public record Diagnostics(double relativeError, double effectiveSampleSize) {

  /** Plain simulation's diagnostics of figures read from the unavailability {@code u}. */
  public static Diagnostics crude(ConfidenceInterval u) {
    return new Diagnostics(relativeError(u.mean(), u.low(), u.high()), Double.NaN);
  }

  /** Half-width / |mean|: infinite for a mean of 0, NaN when a bound is unknown. */
  public static double relativeError(double mean, double low, double high) {
    double half = (high - low) / 2;
    if (Double.isNaN(half) || Double.isNaN(mean)) {
      return Double.NaN;
    }
    return mean == 0 ? Double.POSITIVE_INFINITY : half / Math.abs(mean);
  }
}
