package dev.nines.models.analytics;

/**
 * An analytic value beside a simulated figure, with the name of the formula that gave it. The value
 * is null where no formula applies; the formula may then say why (e.g. units share a crew).
 *
 * <p>An approximate value ({@link #approx}) carries its stated relative error, a bound on
 * |value − exact| / exact that a verdict may honour; it is null for a value that is exact (to the
 * 1e-6 or better that the column promises).
 *
 * @param relativeError the stated relative error of an approximation, or null when exact
 */
public record Analytic(Double value, String formula, Double relativeError) {

  /** No formula applies and there is nothing to say about it. */
  public static final Analytic NONE = new Analytic(null, null);

  public Analytic {
    if (value != null && Double.isNaN(value)) {
      throw new IllegalArgumentException("an analytic value must be a number; use null for none");
    }
    if (relativeError != null && !(relativeError >= 0)) {
      throw new IllegalArgumentException("a relative error must be non-negative, got "
          + relativeError);
    }
  }

  /** An exact value, or none: no stated error. */
  public Analytic(Double value, String formula) {
    this(value, formula, null);
  }

  public static Analytic of(double value, String formula) {
    return new Analytic(value, formula);
  }

  /**
   * An approximate value whose relative error is at most {@code relativeError}; the formula name
   * should say "approx".
   */
  public static Analytic approx(double value, String formula, double relativeError) {
    return new Analytic(value, formula, relativeError);
  }

  /** No value, with the reason in the formula column. */
  public static Analytic none(String reason) {
    return new Analytic(null, reason);
  }

  public boolean hasValue() {
    return value != null;
  }

  /** True for a value with a stated relative error. */
  public boolean isApproximate() {
    return relativeError != null;
  }

  /**
   * This analytic mapped through f, under another formula name; NONE stays NONE. The stated
   * relative error carries over, which is right for a scaling (U·1y, f·T) and conservative for
   * −log10(U).
   */
  public Analytic map(java.util.function.DoubleUnaryOperator f, String newFormula) {
    return value == null ? this : new Analytic(f.applyAsDouble(value), newFormula, relativeError);
  }
}
