package dev.nines.scenarios.experiment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A simulated curve with its confidence band, beside the formula's curve where there is one: the
 * transient availability A(t), the response-time quantiles, the success ratio over time. At each
 * x, {@code mean} is the mean over replications and {@code low}/{@code high} its confidence
 * interval; NaN where unknown ({@code analytic} is all NaN when no formula applies).
 *
 * @param formula the name of the formula, or the reason there is none
 */
public record Curve(double[] x, double[] mean, double[] low, double[] high, double[] analytic,
    String formula) {

  public Curve {
    Objects.requireNonNull(formula, "formula");
    int n = x.length;
    if (mean.length != n || low.length != n || high.length != n || analytic.length != n) {
      throw new IllegalArgumentException("a curve needs one mean, low, high and analytic per x");
    }
    x = x.clone();
    mean = mean.clone();
    low = low.clone();
    high = high.clone();
    analytic = analytic.clone();
  }

  /** Whether any point has a formula value. */
  public boolean hasAnalytic() {
    return Arrays.stream(analytic).anyMatch(Double::isFinite);
  }

  @Override public double[] x() { return x.clone(); }
  @Override public double[] mean() { return mean.clone(); }
  @Override public double[] low() { return low.clone(); }
  @Override public double[] high() { return high.clone(); }
  @Override public double[] analytic() { return analytic.clone(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof Curve c && Arrays.equals(x, c.x) && Arrays.equals(mean, c.mean)
        && Arrays.equals(low, c.low) && Arrays.equals(high, c.high)
        && Arrays.equals(analytic, c.analytic) && formula.equals(c.formula);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x) * 31 + Arrays.hashCode(mean);
  }

  @Override
  public String toString() {
    return "Curve[" + x.length + " points, " + formula + "]";
  }
}
