package dev.nines.simulator.stats;

/**
 * The scale on which an interval is built, so that it stays inside the possible range: a normal
 * (Student-t) interval is symmetric on this scale and mapped back. {@link #LINEAR} for signed
 * figures; {@link #LOG} for figures that are positive (durations, counts, rates): the bounds stay
 * above 0; {@link #LOGIT} for shares in (0, 1) (availability, unavailability, utilization): the
 * bounds stay inside (0, 1).
 */
public enum Scale {
  LINEAR,
  LOG,
  LOGIT;

  /** The value on this scale. */
  double forward(double x) {
    return switch (this) {
      case LINEAR -> x;
      case LOG -> Math.log(x);
      case LOGIT -> Math.log(x) - Math.log1p(-x);
    };
  }

  /** The value back from this scale. */
  double back(double y) {
    return switch (this) {
      case LINEAR -> y;
      case LOG -> Math.exp(y);
      // 1 / (1 + e^-y), written so that a small share keeps its relative precision
      case LOGIT -> y < 0 ? Math.exp(y) / (1 + Math.exp(y)) : 1 / (1 + Math.exp(-y));
    };
  }

  /** The derivative of {@link #forward} at x: how a standard error carries onto this scale. */
  double slope(double x) {
    return switch (this) {
      case LINEAR -> 1;
      case LOG -> 1 / x;
      case LOGIT -> 1 / (x * (1 - x));
    };
  }

  /** The lowest value this scale reaches: the lower end of the possible range. */
  double lowest() {
    return this == LINEAR ? Double.NEGATIVE_INFINITY : 0;
  }

  /** The highest value this scale reaches: the upper end of the possible range. */
  double highest() {
    return this == LOGIT ? 1 : Double.POSITIVE_INFINITY;
  }

  /** Whether x lies where this scale is defined (an estimate on the edge needs another rule). */
  boolean inside(double x) {
    return switch (this) {
      case LINEAR -> Double.isFinite(x);
      case LOG -> x > 0 && x < Double.POSITIVE_INFINITY;
      case LOGIT -> x > 0 && x < 1;
    };
  }
}
