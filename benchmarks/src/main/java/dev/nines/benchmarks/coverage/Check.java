package dev.nines.benchmarks.coverage;

/**
 * One seed's interval for one figure, judged against the exact value.
 *
 * <p>Bounds: an infinite bound is a real bound (nines may have no upper end). A NaN bound is
 * unknown: with both unknown the interval is <b>missing</b> and does not cover; with one unknown it
 * is read as a <b>one-sided</b> bound, which covers when the exact value lies on the side of the
 * bound that is known.
 *
 * @param reported whether the run reported the figure at all
 * @param covered whether the interval contains the exact value
 * @param zeroWidth low == high (both known)
 * @param outOfRange a known bound outside the figure's possible range
 * @param missing both bounds unknown (NaN), or the figure not reported
 * @param oneSided exactly one bound unknown
 * @param estimate the point estimate (mean), NaN when there is none
 */
record Check(boolean reported, boolean covered, boolean zeroWidth, boolean outOfRange,
    boolean missing, boolean oneSided, double estimate) {

  /** A figure the run did not report. */
  static final Check UNREPORTED = new Check(false, false, false, false, true, false, Double.NaN);

  /** Judges the interval [low, high] with point estimate {@code mean} against the figure. */
  static Check of(Figure figure, double mean, double low, double high) {
    boolean lowUnknown = Double.isNaN(low);
    boolean highUnknown = Double.isNaN(high);
    double exact = figure.exact();
    if (lowUnknown && highUnknown) {
      return new Check(true, false, false, false, true, false, mean);
    }
    boolean covered = (lowUnknown || low <= exact) && (highUnknown || exact <= high);
    boolean zeroWidth = !lowUnknown && !highUnknown && low == high;
    boolean outOfRange = figure.range().leftBy(lowUnknown ? Double.NaN : low,
        highUnknown ? Double.NaN : high);
    return new Check(true, covered, zeroWidth, outOfRange, false, lowUnknown || highUnknown, mean);
  }
}
