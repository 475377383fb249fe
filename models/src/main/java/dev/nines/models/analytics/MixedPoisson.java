package dev.nines.models.analytics;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * What a CTMC does during a random delay Δ, for uniformization at rate Λ: the number of its
 * uniformized jumps within Δ is mixed Poisson, N ~ Poisson(Λ·Δ). With P = I + Q/Λ,
 *
 * <pre>
 *   E[e^{QΔ}]          = Σ_n w_n·P^n,   w_n = E[P(N = n)],
 *   E[∫₀^Δ e^{Qt} dt]  = Σ_n z_n·P^n,   z_n = E[P(N > n)]/Λ  (seconds),
 * </pre>
 *
 * since ∫₀^x P(Pois(Λt) = n) dt = P(Pois(Λx) > n)/Λ. Both need only the scalar expectations z_n of
 * the delay's law, each a function g with g(0) = 0 (and its primitive, for the detector's sums).
 * w_0 = 1 − Λ·z_0 and w_n = Λ·(z_{n−1} − z_n) are differences of terms that fall fast, so nothing
 * cancels. The z_n are summed until z_n ≤ 1e-16·z_0 (the mass left, Λ·z_n, then as small).
 */
final class MixedPoisson {

  /** More uniformized jumps than this within one delay: the delay is long against the rates. */
  static final int MAX_TERMS = 4000;
  private static final double CUTOFF = 1e-16;

  private final double rate;
  private final double[] z;

  private MixedPoisson(double rate, double[] z) {
    this.rate = rate;
    this.z = z;
  }

  /**
   * The weights of a delay at uniformization rate {@code rate}, from {@code expectation}: E[g(Δ)]
   * for the weights g it is given.
   *
   * @throws IllegalArgumentException when more than {@link #MAX_TERMS} terms are needed
   */
  static MixedPoisson of(double rate, ToDoubleFunction<DetectionDelay.Weight> expectation) {
    double[] z = new double[8];
    int n = 0;
    while (true) {
      if (n == MAX_TERMS) {
        throw new IllegalArgumentException("no formula: delays long against the lives and repairs"
            + " (more than " + MAX_TERMS + " of them within one delay)");
      }
      if (n == z.length) {
        z = Arrays.copyOf(z, 2 * n);
      }
      z[n] = Math.max(0, expectation.applyAsDouble(weight(n, rate)));
      if (z[n] <= CUTOFF * z[0] || n > 0 && z[n] == 0) {
        return new MixedPoisson(rate, Arrays.copyOf(z, n + 1));
      }
      n++;
    }
  }

  /** The uniformization rate Λ. */
  double rate() {
    return rate;
  }

  /** The number of terms n = 0..terms()−1. */
  int terms() {
    return z.length;
  }

  /** w_n = E[P(N = n)]. */
  double jump(int n) {
    return n == 0 ? 1 - rate * z[0] : rate * (z[n - 1] - z[n]);
  }

  /** z_n = E[P(N > n)]/Λ, seconds. */
  double occupancy(int n) {
    return z[n];
  }

  /** Σ_n z_n = E[N]/Λ = E[Δ], up to the terms left off: a check on the weights. */
  double meanDelay() {
    double sum = 0;
    for (double v : z) {
      sum += v;
    }
    return sum;
  }

  /** g(x) = P(Pois(Λx) > n)/Λ and its primitive (Σ_{k>n} P(Pois(Λx) > k))/Λ². */
  static DetectionDelay.Weight weight(int n, double rate) {
    return new DetectionDelay.Weight() {
      @Override
      public double value(double x) {
        return tail(n, rate * x) / rate;
      }

      @Override
      public double primitive(double x) {
        // ∫₀^x P(Pois(Λt) > n) dt = x·P(Pois(Λx) > n) − (n+1)/Λ·P(Pois(Λx) > n+1), ≥ 0
        double y = rate * x;
        return Math.max(0, x * tail(n, y) - (n + 1) / rate * tail(n + 1, y)) / rate;
      }
    };
  }

  /** P(Pois(y) > n): the series above n where its terms fall, else 1 − the sum up to n. */
  static double tail(int n, double y) {
    if (!(y > 0)) {
      return 0;
    }
    if (y < n + 1) {
      double term = Math.exp(-y + (n + 1) * Math.log(y) - Gamma.logGamma(n + 2));
      double sum = 0;
      for (int k = n + 1; term > 1e-18 * sum; k++) {
        sum += term;
        term *= y / (k + 1);
      }
      return sum;
    }
    double term = Math.exp(-y + n * Math.log(y) - Gamma.logGamma(n + 1));
    double below = 0;
    for (int k = n; k >= 0 && term > 1e-18 * below; k--) {
      below += term;
      term *= k / y;
    }
    return Math.max(0, 1 - below);
  }
}
