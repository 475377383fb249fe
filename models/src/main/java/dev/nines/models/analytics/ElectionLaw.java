package dev.nines.models.analytics;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Uniform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact law of an election's duration X with instant messages, as a mixture of parts. In a part
 * k members stand, each with its own election timeout T_i, independent with survival S(t) = P(T >
 * t); the first timer to fire wins at once (instant messages: its RequestVote reaches everyone else
 * before their own timers fire, so no vote is split).
 *
 * <ul>
 *   <li><b>After a heartbeat</b> (the leader failed): the timers started at the last heartbeat,
 *       U·I before the failure with U uniform on [0, 1) and I the heartbeat interval, and fire no
 *       earlier than the failure: X = (min_i T_i − U·I)⁺. So P(X > x) = (1/I)·∫_x^{x+I} S(t)^k dt
 *       for x ≥ 0 (an atom at 0 where a timeout can be shorter than U·I), and E[X] = ∫_0^∞ S(t)^k ·
 *       min(t, I)/I dt. Without a heartbeat (I = 0) the followers notice at once: X = min_i T_i.
 *   <li><b>Fresh</b> (a repair restored the majority): every timer starts now, X = min_i T_i,
 *       P(X > x) = S(x)^k and E[X] = ∫_0^∞ S(t)^k dt.
 * </ul>
 *
 * The integrals are by adaptive Gauss–Kronrod ({@link Quadrature}), split at the timeout law's
 * kinks and jumps and at I, to 1e-16 of E[T] for the mean and 1e-16 for P(X > x) (or a relative
 * 1e-13); quantiles by bisection on the exact CDF, to the last few bits: the least x with
 * P(X ≤ x) ≥ p.
 */
final class ElectionLaw {

  /**
   * One kind of election, with its share of all elections.
   *
   * @param weight the share, positive (the shares are normalized)
   * @param standing the members whose timers race, at least 1
   * @param afterHeartbeat true when the timers started at the leader's last heartbeat
   */
  record Part(double weight, int standing, boolean afterHeartbeat) {
    Part {
      if (!(weight > 0) || standing < 1) {
        throw new IllegalArgumentException("a part needs a positive weight and a member");
      }
    }
  }

  private static final int BISECTIONS = 200;

  private final DelayLaw timeout;
  private final double[] kinks;
  private final double interval;
  private final List<Part> parts;
  private final double[] weights;
  private final double top;
  /** The timeout's mean: the scale of the mean's absolute tolerance. */
  private final double scale;

  /**
   * @param timeout the election timeout's law
   * @param interval the heartbeat interval I, or 0 for none
   * @param parts the kinds of elections, with their weights
   */
  ElectionLaw(Distribution timeout, double interval, List<Part> parts) {
    if (parts.isEmpty() || !(interval >= 0)) {
      throw new IllegalArgumentException("an election law needs a part and an interval >= 0");
    }
    this.timeout = DelayLaw.of(timeout);
    this.interval = interval;
    this.parts = List.copyOf(parts);
    double total = parts.stream().mapToDouble(Part::weight).sum();
    this.weights = parts.stream().mapToDouble(p -> p.weight() / total).toArray();
    List<Double> cuts = new ArrayList<>();
    if (interval > 0) {
      cuts.add(interval);
    }
    for (double k : kinksOf(timeout)) {
      cuts.add(k);
    }
    this.kinks = cuts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.top = top(this.timeout, timeout.mean());
    this.scale = timeout.mean();
  }

  /** E[X]. */
  double mean() {
    double sum = 0;
    for (int j = 0; j < parts.size(); j++) {
      int k = parts.get(j).standing();
      boolean phase = parts.get(j).afterHeartbeat() && interval > 0;
      sum += weights[j] * Quadrature.integrate(
          t -> phase ? power(t, k) * Math.min(t, interval) / interval : power(t, k),
          0, top, 1e-16 * scale, kinks);
    }
    return sum;
  }

  /** P(X > x). */
  double survival(double x) {
    if (x < 0) {
      return 1;
    }
    double sum = 0;
    for (int j = 0; j < parts.size(); j++) {
      int k = parts.get(j).standing();
      if (parts.get(j).afterHeartbeat() && interval > 0) {
        double to = Math.min(x + interval, top); // S is 0 (to 1e-16) beyond the top
        sum += weights[j] * Quadrature.integrate(t -> power(t, k), x, to, 1e-16 * interval, kinks)
            / interval;
      } else {
        sum += weights[j] * power(x, k);
      }
    }
    return Math.min(1, sum);
  }

  /** P(X ≤ x). */
  double cdf(double x) {
    return 1 - survival(x);
  }

  /** The least x with P(X ≤ x) ≥ p, for p in (0, 1), by bisection. */
  double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a quantile needs 0 < p < 1, got " + p);
    }
    if (cdf(0) >= p) {
      return 0;
    }
    double lo = 0; // cdf(lo) < p
    double hi = Math.max(top, Double.MIN_NORMAL);
    while (cdf(hi) < p) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = 0.5 * (lo + hi);
      if (!(mid > lo && mid < hi) || hi - lo <= 4 * Math.ulp(hi)) {
        break; // to the last bits of hi
      }
      if (cdf(mid) >= p) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * Where the timeout's survival S has fallen below a rounding unit (its CDF is 1 in doubles): the
   * mean doubled until then. Not a quantile near 1, which a generic inverse CDF (the lognormal's
   * and gamma's in Commons Math) can put far out, where a quadrature would miss the whole law.
   */
  private static double top(DelayLaw law, double mean) {
    double t = Math.max(mean, Double.MIN_NORMAL);
    for (int i = 0; i < 2100 && law.cdf(t) < 1; i++) {
      t *= 2;
    }
    return t;
  }

  /** S(t)^k, with S(t) = 1 for t &lt; 0. */
  private double power(double t, int k) {
    double s = 1 - timeout.cdf(t);
    return s <= 0 ? 0 : Math.pow(s, k);
  }

  /** Where the timeout's survival kinks or jumps: a uniform's ends, a fixed or empirical value. */
  private static double[] kinksOf(Distribution d) {
    if (d instanceof Uniform u) {
      return new double[] {u.min(), u.max()};
    }
    if (d instanceof Deterministic fixed) {
      return new double[] {fixed.value()};
    }
    if (d instanceof Empirical e) {
      return Arrays.stream(e.values()).distinct().toArray();
    }
    return new double[0];
  }
}
