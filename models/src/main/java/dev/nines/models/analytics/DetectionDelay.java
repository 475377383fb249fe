package dev.nines.models.analytics;

import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;

/**
 * The exact mean detection delay of a heartbeat detector (interval I, timeout T, loss p = 1 − q,
 * delay D; K = ⌊T/I⌋), for the model {@code HeartbeatMonitor} implements: the monitor trusts at t
 * iff some heartbeat arrived in (t − T, t]; a failure at f stops the heartbeats (those sent before f
 * still arrive); the delay is the time from f to the first instant the monitor suspects, and 0 when
 * it already suspects at f.
 *
 * <p><b>Derivation.</b> The failure falls uniformly within a heartbeat interval (the unit has been up
 * long, the phase of its heartbeats is independent of the failure): the heartbeats before it were
 * sent at s_j = f − I·(V + j), j = 0, 1, ..., with V uniform on (0, 1), and arrive (if not lost) at
 * a_j = s_j + D_j. Assume (A) the arrivals keep their order and the gaps between them are decided by
 * the losses alone: two arrivals m sends apart overlap iff m ≤ K. Then the covered time is a union
 * of disjoint stretches [a_o, a_n + T), each from its oldest member o to its newest n; the newest
 * of a stretch follows either f or K losses, so n is one with probability q·p^min(n, K); its oldest
 * is n + ℓ with probability p^K·r_ℓ, where r_ℓ is the chance that ℓ sends end in an arrival with no
 * K losses in a row (r₀ = 1, r_ℓ = q·Σ_{i=1}^{min(ℓ,K)} p^{i−1}·r_{ℓ−i}); and the stretch holds f iff
 * D_o ≤ I·(V + o) and D_n > I·(V + n) − T. The delay is a_n + T − f on the stretch that holds f:
 *
 * <pre>
 *   E[delay] = Σ_n q·p^min(n,K)·( H(n) − p^K·Σ_ℓ r_ℓ·C(n, n+ℓ) ),
 *   H(n)    = E[(T + D − I(V+n))⁺],
 *   C(n, o) = E[(T + D_n − I(V+n))⁺ · 1{D_o > I(V+o)}]   (D_o = D_n when o = n),
 * </pre>
 *
 * where C removes the stretches that start after f (their oldest heartbeat still in flight), when
 * f lies in a gap (delay 0) or in an older stretch (counted at its own n). Without a delay nothing
 * is in flight and H(n) = E[(T − I(V+n))⁺]: this is (1−p)·Σ_j p^j·E[(T − I(V+j))⁺], which for
 * j ≥ K keeps only the part of the interval where the unit is not yet suspected (j = K, V < T/I − K);
 * the delay is 0 where the monitor suspects already. Dropping those p^K terms gives the old
 * T − I/2 + E[D] − I·p/(1−p), which goes negative for large p.
 *
 * <p>(A) holds for a fixed delay (gaps of exactly T are no gap, as in the monitor). For a random
 * delay it needs the jitter D₂ − D₁ to stay below I (no overtaking), below T − I when nothing is
 * lost, and with losses below min(T − K·I, (K+1)·I − T) (the gap after K − 1 or K losses must not
 * depend on the delays, impossible with a random delay when T/I is a whole number). Where the
 * chance that it fails for one of the heartbeats near a failure exceeds 1e-12 there is no value.
 */
final class DetectionDelay {

  /** The probability, bounded over the heartbeats near a failure, that (A) may fail. */
  private static final double MAX_VIOLATION = 1e-12;
  /** More heartbeats in flight than this at once: too long to sum (a delay of 10⁴ intervals). */
  private static final int MAX_IN_FLIGHT = 10_000;
  private static final double TOLERANCE = 1e-13;

  private DetectionDelay() {}

  /** The exact mean detection delay, or no value with the assumption that fails. */
  static Analytic mean(Heartbeat h) {
    String unsupported = unsupported(h);
    if (unsupported != null) {
      return Analytic.none(unsupported);
    }
    Distribution d = h.delay();
    boolean fixed = d == null || d instanceof Deterministic;
    double value = expect(h, Weight.IDENTITY, TOLERANCE);
    String formula = fixed && DelayLaw.of(d).bottom() == 0
        ? "(1−p)·Σ_j p^j·E[(T − I(U+j))⁺], U uniform phase"
        : "Σ_n (1−p)·p^min(n,K)·(H(n) − p^K·Σ_ℓ r_ℓ·C(n,n+ℓ)), uniform phase, no overtaking";
    return Analytic.of(Math.max(0, value), formula);
  }

  /**
   * A function g of the detection delay with g(0) = 0, and its primitive G(x) = ∫₀^x g: the sums
   * above give E[g(delay)] as they give the mean (g(x) = x), since at most one stretch holds the
   * failure and the delay is 0 where none does. The phase integrals ∫ g(c − I·v) dv are
   * (G(c) − G(c − I·v))/I.
   */
  interface Weight {
    /** g(x) = x, G(x) = x²/2: the mean. */
    Weight IDENTITY = new Weight() {
      @Override
      public double value(double x) {
        return x;
      }

      @Override
      public double primitive(double x) {
        return x * x / 2;
      }

      @Override
      public double integral(double lo, double hi) {
        return (hi - lo) * (hi + lo) / 2;
      }
    };

    /** g(x) for x ≥ 0, with g(0) = 0. */
    double value(double x);

    /** G(x) = ∫₀^x g for x ≥ 0. */
    double primitive(double x);

    /** ∫_lo^hi g = G(hi) − G(lo), for 0 ≤ lo ≤ hi; override where that difference cancels. */
    default double integral(double lo, double hi) {
      return primitive(hi) - primitive(lo);
    }
  }

  /** Why the sums do not hold for this detector (see the class comment), or null. */
  static String unsupported(Heartbeat h) {
    double i = h.interval();
    double t = h.timeout();
    Distribution d = h.delay();
    DelayLaw law = DelayLaw.of(d);
    if ((law.top() + t) / i > MAX_IN_FLIGHT) {
      return "no formula: a delay of more than 10,000 heartbeat intervals";
    }
    boolean fixed = d == null || d instanceof Deterministic;
    if (!fixed && violation(law, i, t, h.loss(), DetectorAnalytics.floor(t / i)) > MAX_VIOLATION) {
      return "no value: delay jitter comparable to I or to the timeout's fraction"
          + " of I (arrivals overtake, or gaps depend on the delays)";
    }
    return null;
  }

  /**
   * E[g(delay)] for a detector the sums hold for ({@link #unsupported} null), to an absolute error
   * of about {@code tolerance}.
   */
  static double expect(Heartbeat h, Weight g, double tolerance) {
    double i = h.interval();
    double t = h.timeout();
    double p = h.loss();
    long k = DetectorAnalytics.floor(t / i);
    Distribution d = h.delay();
    DelayLaw law = DelayLaw.of(d);
    return d == null || d instanceof Deterministic
        ? fixedMean(g, i, t, p, k, law.bottom())
        : randomMean(g, law, i, t, p, k, tolerance);
  }

  /** The sum for a fixed delay d: H and C integrate over V in closed form. */
  private static double fixedMean(Weight g, double i, double t, double p, long k, double d) {
    double q = 1 - p;
    int last = (int) Math.ceil((t + d) / i);
    int inFlight = (int) Math.ceil(d / i) + 1;
    double[] r = runEnds(p, k, inFlight);
    double sum = 0;
    for (int n = 0; n <= last; n++) {
      double c = t + d - i * n; // (c − I·V)⁺ is the delay given V
      double h = phaseIntegral(g, c, clamp(c / i), i);
      double correction = 0;
      for (int o = n; o < inFlight; o++) {
        double v = clamp(Math.min(d - i * o, c) / i); // in flight for V < v
        correction += r[o - n] * phaseIntegral(g, c, v, i);
      }
      double weight = q * Math.pow(p, Math.min(n, k));
      sum += weight * (h - Math.pow(p, k) * correction);
      if (weight == 0) {
        break;
      }
    }
    return sum;
  }

  /** The sum for a random delay: H by one quadrature, C by two (one when o = n). */
  private static double randomMean(Weight g, DelayLaw law, double i, double t, double p, long k,
      double tolerance) {
    double q = 1 - p;
    int last = (int) Math.ceil((t + law.top()) / i);
    int inFlight = (int) Math.ceil(law.top() / i) + 1;
    double[] r = runEnds(p, k, inFlight);
    double pk = Math.pow(p, k);
    double sum = 0;
    for (int n = 0; n <= last; n++) {
      double weight = q * Math.pow(p, Math.min(n, k));
      if (weight == 0) {
        break;
      }
      int index = n;
      double base = i * n - t; // (T + y − I(v+n))⁺ starts at y = base + I·v
      double h = law.expect(y -> phaseMean(g, t + y - i * index, i), tolerance, base, base + i);
      double correction = 0;
      if (pk > 0) {
        // o = n: the newest is also the oldest, in flight for I·V < D − I·n.
        correction += law.expect(y -> {
          double c = t + y - i * index;
          return phaseIntegral(g, c, clamp(Math.min(y - i * index, c) / i), i);
        }, tolerance, base, base + i, i * n, i * n + i);
        for (int o = n + 1; o < inFlight; o++) {
          int older = o;
          double bound = i * o;
          if (1 - law.cdf(bound) <= 0) {
            break;
          }
          correction += r[o - n] * Quadrature.integrate(v -> (1 - law.cdf(i * (v + older)))
              * law.expect(y -> g.value(Math.max(0, t + y - i * (v + index))), tolerance,
                  base + i * v),
              0, 1, tolerance);
        }
      }
      sum += weight * (h - pk * correction);
    }
    return sum;
  }

  /** E[g((c − I·V)⁺)] for V uniform on (0, 1). */
  private static double phaseMean(Weight g, double c, double i) {
    return phaseIntegral(g, c, clamp(c / i), i);
  }

  /** ∫₀^v g(c − I·u) du = (G(c) − G(c − I·v)) / I, for 0 ≤ v ≤ max(0, c/I). */
  private static double phaseIntegral(Weight g, double c, double v, double i) {
    return v <= 0 ? 0 : g.integral(Math.max(0, c - i * v), c) / i;
  }

  /** r_ℓ for ℓ < length: ℓ sends end in an arrival (or ℓ = 0) with no K losses in a row. */
  static double[] runEnds(double p, long k, int length) {
    double q = 1 - p;
    double[] r = new double[Math.max(1, length)];
    r[0] = 1;
    for (int l = 1; l < r.length; l++) {
      double s = 0;
      double pw = 1;
      for (int m = 1; m <= Math.min(l, k); m++) {
        s += pw * r[l - m];
        pw *= p;
      }
      r[l] = q * s;
    }
    return r;
  }

  /**
   * A bound on the chance that (A) fails among the heartbeats near a failure: N heartbeats (those
   * within T + the largest delay of it), each overtaking the next (jitter above I), leaving a gap
   * after m − 1 ≤ K − 1 losses (jitter above T − m·I) or none after m − 1 ≥ K (below m·I − T).
   */
  private static double violation(DelayLaw law, double i, double t, double p, long k) {
    double n = Math.ceil((t + law.top()) / i) + 1;
    double sum = jitterAbove(law, i);
    double pw = 1; // p^(m−1)
    for (long m = 1; pw > 1e-18; m++) {
      sum += pw * jitterAbove(law, m <= k ? t - m * i : m * i - t);
      pw *= p;
      if (p == 0) {
        break;
      }
    }
    return n * sum;
  }

  private static double jitterAbove(DelayLaw law, double x) {
    return law.top() - law.bottom() <= x ? 0 : DetectorAnalytics.lawExceedance(law, x);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
