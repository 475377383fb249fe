package dev.nines.models.analytics;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod), as in QUADPACK's
 * QAG: the piece whose two rules differ most is halved until the differences sum to the tolerance
 * (at least a relative 1e-13 of the integral, and what rounding allows), or 4,000 pieces. The
 * Kronrod rule on a smooth piece is far better than that difference, so the result is good to about
 * the tolerance, also across kinks and jumps (which only need more halvings). The integrand is never
 * evaluated at the ends, so a quantile may be integrated over (0, 1) up to its singular ends.
 */
final class Quadrature {

  private static final double[] XK = {
      0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
      0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
      0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
      0.207784955007898467600689403773245, 0.0};
  private static final double[] WK = {
      0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
      0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
      0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
      0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
  /** Gauss weights of the nodes XK[1], XK[3], XK[5], XK[7]. */
  private static final double[] WG = {
      0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
      0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
  private static final int MAX_PIECES = 4000;

  private Quadrature() {}

  /** ∫_a^b f, to an absolute error of about {@code tolerance} (a relative 1e-13 at least). */
  private static double integrateOnce(DoubleUnaryOperator f, double a, double b,
      double tolerance) {
    if (!(b > a)) {
      return 0;
    }
    PriorityQueue<Piece> pieces = new PriorityQueue<>((x, y) -> Double.compare(y.error, x.error));
    Piece whole = piece(f, a, b);
    pieces.add(whole);
    double sum = whole.value;
    double error = whole.error;
    while (pieces.size() < MAX_PIECES
        && error > Math.max(tolerance, 1e-13 * Math.abs(sum))) {
      Piece worst = pieces.poll();
      double mid = 0.5 * (worst.a + worst.b);
      if (!(mid > worst.a && mid < worst.b) || worst.error <= 1e-15 * Math.abs(worst.value)) {
        pieces.add(new Piece(worst.a, worst.b, worst.value, 0)); // rounding: nothing more to gain
        error -= worst.error;
        continue;
      }
      Piece left = piece(f, worst.a, mid);
      Piece right = piece(f, mid, worst.b);
      pieces.add(left);
      pieces.add(right);
      sum += left.value + right.value - worst.value;
      error += left.error + right.error - worst.error;
    }
    double total = 0; // summed afresh, without the running sum's cancellations
    for (Piece p : pieces) {
      total += p.value;
    }
    return total;
  }

  /**
   * ∫_a^b f over the pieces between the breakpoints inside (a, b), where f may kink or jump, each
   * piece first cut in eight.
   */
  static double integrate(DoubleUnaryOperator f, double a, double b, double tolerance,
      double... breakpoints) {
    double[] cuts = Arrays.copyOf(breakpoints, breakpoints.length + 9);
    for (int k = 0; k <= 8; k++) {
      cuts[breakpoints.length + k] = a + (b - a) * k / 8;
    }
    Arrays.sort(cuts);
    double sum = 0;
    double left = a;
    for (double x : cuts) {
      if (x > left && x <= b) {
        sum += integrateOnce(f, left, x, tolerance / cuts.length);
        left = x;
      }
    }
    return sum;
  }

  private record Piece(double a, double b, double value, double error) {}

  private static Piece piece(DoubleUnaryOperator f, double a, double b) {
    double[] kg = rule(f, a, b);
    return new Piece(a, b, kg[0], Math.abs(kg[0] - kg[1]));
  }

  /** {Kronrod, Gauss} estimates of ∫_a^b f. */
  private static double[] rule(DoubleUnaryOperator f, double a, double b) {
    double c = 0.5 * (a + b);
    double h = 0.5 * (b - a);
    double fc = f.applyAsDouble(c);
    double kronrod = WK[7] * fc;
    double gauss = WG[3] * fc;
    for (int k = 0; k < 7; k++) {
      double sum = f.applyAsDouble(c - h * XK[k]) + f.applyAsDouble(c + h * XK[k]);
      kronrod += WK[k] * sum;
      if (k % 2 == 1) {
        gauss += WG[k / 2] * sum;
      }
    }
    return new double[] {kronrod * h, gauss * h};
  }
}
