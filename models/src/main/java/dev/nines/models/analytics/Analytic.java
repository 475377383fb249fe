package dev.nines.models.analytics;

/**
 * An analytic value beside a simulated figure, with the name of the formula that gave it. The value
 * is null where no formula applies; the formula may then say why (e.g. units share a crew).
 *
 * @param error 0 for an exact value (to about 1e-6 relative or better); for an approximation, the
 *     bound on its error it states, in the figure's unit: the truth lies within value ± error, and
 *     the formula's name says "approx." and the bound. A verdict then asks whether the interval
 *     meets value ± error, not whether it holds the value itself.
 */
public record Analytic(Double value, String formula, double error) {

  /** No formula applies and there is nothing to say about it. */
  public static final Analytic NONE = new Analytic(null, null);

  public Analytic {
    if (value != null && Double.isNaN(value)) {
      throw new IllegalArgumentException("an analytic value must be a number; use null for none");
    }
    if (!(error >= 0)) {
      throw new IllegalArgumentException("an analytic error bound must be 0 or more, not " + error);
    }
  }

  /** An exact value, or none. */
  public Analytic(Double value, String formula) {
    this(value, formula, 0);
  }

  public static Analytic of(double value, String formula) {
    return new Analytic(value, formula);
  }

  /** An approximation whose error is at most {@code error} (absolute, in the figure's unit). */
  public static Analytic approx(double value, String formula, double error) {
    return new Analytic(value, formula, error);
  }

  /** True for an approximation with a stated error bound. */
  public boolean isApproximate() {
    return error > 0;
  }

  /** No value, with the reason in the formula column. */
  public static Analytic none(String reason) {
    return new Analytic(null, reason);
  }

  public boolean hasValue() {
    return value != null;
  }

  /** This analytic mapped through f, under another formula name; NONE stays NONE. */
  public Analytic map(java.util.function.DoubleUnaryOperator f, String newFormula) {
    if (value == null) {
      return this;
    }
    if (error == 0) {
      return new Analytic(f.applyAsDouble(value), newFormula);
    }
    // A monotone map sends the error interval to the ends of the new one.
    double v = f.applyAsDouble(value);
    double a = f.applyAsDouble(value - error);
    double b = f.applyAsDouble(value + error);
    double bound = Math.max(Math.abs(a - v), Math.abs(b - v));
    return new Analytic(v, newFormula, Double.isNaN(bound) ? Double.POSITIVE_INFINITY : bound);
  }
}
