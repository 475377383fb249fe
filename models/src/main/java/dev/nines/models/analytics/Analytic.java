package dev.nines.models.analytics;

/**
 * An analytic value beside a simulated figure, with the name of the formula that gave it. The value
 * is null where no formula applies; the formula may then say why (e.g. units share a crew).
 */
public record Analytic(Double value, String formula) {

  /** No formula applies and there is nothing to say about it. */
  public static final Analytic NONE = new Analytic(null, null);

  public Analytic {
    if (value != null && Double.isNaN(value)) {
      throw new IllegalArgumentException("an analytic value must be a number; use null for none");
    }
  }

  public static Analytic of(double value, String formula) {
    return new Analytic(value, formula);
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
    return value == null ? this : new Analytic(f.applyAsDouble(value), newFormula);
  }
}
