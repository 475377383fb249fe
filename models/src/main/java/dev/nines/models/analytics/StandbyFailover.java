package dev.nines.models.analytics;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.FailoverConfig.Phase;
import dev.nines.models.ctmc.Absorption;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.CtmcException;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The long-run figures of a standby whose failover is not ideal: its heartbeat detector's detection
 * delay, its switchover time and its switch failures, and the downtime by cause that
 * {@code StandbyNode} reports (undetected, switching, no spare, repair). The chain is
 * {@link StandbyChain}: a Markov regenerative process whose detection and switchover periods have
 * their own laws, the detection delay's by the detector's exact sums ({@link DetectionDelay}), given
 * that the monitor trusted the unit when it failed.
 *
 * <p><b>Assumptions</b> (else no value, with the one that fails): the pool's groups are
 * exponential, alike (the same failure and repair means), not Markov; they are repaired at once or
 * all by one crew that serves only them; the detector's sums hold (uniform heartbeat phase, no
 * overtaking); no scripted faults (the caller checks those).
 *
 * <p><b>Error.</b> The chain is exact, to about 1e-12, for the process it describes. What it
 * leaves out of the node's behaviour is stated as a relative error ε, a bound on its effect:
 * <ul>
 *   <li>a unit that fails within T + I + max delay of its repair has a shorter heartbeat history
 *       than the uniform phase assumes: at most λ·(T + I + max delay) of the failures;
 *   <li>an active unit repaired before its failure was detected can leave a gap before its first
 *       new heartbeat arrives, a needless switchover: at most μ·(E[D] + I·p/(1−p)) per failure;
 *   <li>false suspicions (rate φ of the detector, exact) enter as a Poisson stream, and the
 *       detection delay is taken given that the unit was trusted: their onsets are not Poisson
 *       within a heartbeat window, an error of order 2·φ·(T + I + max delay).
 * </ul>
 * Where ε ≤ 1e-6 the values are given as exact; above, they are approximations, named so, with ε
 * as their stated relative error; above 1 % there is no value.
 */
public final class StandbyFailover {

  /** At most this stated error, a value is shown as exact. */
  static final double EXACT = 1e-6;
  /** Above this stated error, no value. */
  static final double MAX_ERROR = 1e-2;

  /**
   * The standby's downtime per year by cause, as {@code FailoverMetrics} reports it: seconds per
   * year down while the failure is undetected, while switching, with no spare up, and waiting for
   * a repair after every healthy spare failed to take over.
   */
  public record Downtime(Analytic undetected, Analytic switching, Analytic noSpare,
      Analytic repair) {

    /** No values, for the reason given. */
    public static Downtime none(String reason) {
      Analytic none = Analytic.none(reason);
      return new Downtime(none, none, none, none);
    }
  }

  /** Both kinds of figures of one standby. */
  public record Solution(ScopeAnalytics scope, Downtime downtime) {

    static Solution none(String reason) {
      return new Solution(ScopeAnalytics.none(reason), Downtime.none(reason));
    }
  }

  private StandbyFailover() {}

  /** The standby's availability, failure frequency, MTBF, MTTR and MTTF, or none with why. */
  public static ScopeAnalytics of(SystemModel model, Structure.Standby s) {
    return solve(model, s).scope();
  }

  /** The standby's downtime per year by cause, or none with why. */
  public static Downtime downtime(SystemModel model, Structure.Standby s) {
    return solve(model, s).downtime();
  }

  /** The figures of standby {@code s} of {@code model}. */
  public static Solution solve(SystemModel model, Structure.Standby s) {
    List<ComponentGroup> pool = new ArrayList<>();
    s.groups().forEach(g -> pool.add(model.group(g)));
    String unsupported = StandbyAnalytics.unsupported(pool);
    if (unsupported == null) {
      unsupported = crewProblem(model, s, pool);
    }
    if (unsupported != null) {
      return Solution.none("no formula: " + unsupported);
    }
    int m = pool.stream().mapToInt(ComponentGroup::count).sum();
    String crewName = pool.get(0).crew();
    int repairers = crewName == null ? m : Math.min(m, model.crew(crewName).size());
    double lambda = 1 / pool.get(0).failure().mean();
    double mu = 1 / pool.get(0).repair().mean();
    Heartbeat h = s.detector() == null ? null : model.detector(s.detector()).heartbeat();
    if (h != null && DetectionDelay.unsupported(h) != null) {
      return Solution.none(DetectionDelay.unsupported(h));
    }
    Distribution switchover = s.switchover();
    if (switchover != null && !(switchover.mean() > 0)) {
      return Solution.none("no formula: a switchover that always takes no time (leave it out)");
    }
    double phi = h == null ? 0 : DetectorAnalytics.falseSuspicionRate(h);
    double error = statedError(lambda, mu, h, phi);
    if (error > MAX_ERROR) {
      return Solution.none(String.format(Locale.ROOT, "no formula: failures, repairs or false"
          + " suspicions too frequent against the heartbeat timeout (error %.1g)", error));
    }
    StandbyChain.Rates rates = new StandbyChain.Rates(m, lambda, mu, s.dormancy(), repairers,
        phi, s.switchFailure());
    StandbyChain.Result chain;
    try {
      double rate = rates.uniformization();
      MixedPoisson detection = h == null ? null : detectionWeights(h, rate);
      MixedPoisson switching = switchover == null ? null : switchoverWeights(switchover, rate);
      chain = StandbyChain.build(rates, detection, switching);
    } catch (IllegalArgumentException e) {
      return Solution.none(e.getMessage());
    }
    String name = "failover chain, " + s.mode().word() + " standby, "
        + (h == null ? "instant detection" : "heartbeat detection (uniform phase)")
        + ", switchover " + (switchover == null ? "instant" : switchover.describe())
        + (s.switchFailure() > 0 ? ", switchFailure " + s.switchFailure() : "")
        + (crewName == null ? "" : ", " + repairers + " repairer" + (repairers == 1 ? "" : "s"))
        + (phi > 0 ? ", Poisson false suspicions" : "")
        + (error > EXACT ? String.format(Locale.ROOT, ", approx (±%.1g relative)", error) : "");
    try {
      return figures(chain, name, error > EXACT ? error : null);
    } catch (CtmcException e) {
      return Solution.none("no formula: " + e.getMessage());
    }
  }

  /**
   * The stated relative error of the chain for this detector (see the class comment); 0 without
   * one, when nothing is left out.
   */
  static double statedError(double lambda, double mu, Heartbeat h, double phi) {
    if (h == null) {
      return 0;
    }
    double window = h.timeout() + h.interval() + DelayLaw.of(h.delay()).top();
    double firstArrival = h.meanDelay() + h.interval() * h.loss() / (1 - h.loss());
    return lambda * window + mu * firstArrival + 2 * phi * window;
  }

  /** The detection delay's weights, given that the monitor trusted the unit when it failed. */
  static MixedPoisson detectionWeights(Heartbeat h, double rate) {
    double tolerance = 1e-14 * h.timeout();
    double trusted = DetectionDelay.expect(h, POSITIVE, tolerance);
    return MixedPoisson.of(rate, g -> DetectionDelay.expect(h, g, tolerance) / trusted);
  }

  /** The switchover time's weights. */
  static MixedPoisson switchoverWeights(Distribution switchover, double rate) {
    DelayLaw law = DelayLaw.of(switchover);
    double tolerance = 1e-14 * switchover.mean();
    return MixedPoisson.of(rate, g -> law.expect(g::value, tolerance));
  }

  /** g(x) = 1 for x > 0: E[g(delay)] is the chance that the monitor still trusts at the failure. */
  private static final DetectionDelay.Weight POSITIVE = new DetectionDelay.Weight() {
    @Override
    public double value(double x) {
      return x > 0 ? 1 : 0;
    }

    @Override
    public double primitive(double x) {
      return x;
    }
  };

  private static Solution figures(StandbyChain.Result chain, String name, Double error) {
    Ctmc ctmc = chain.ctmc();
    List<FailoverConfig> states = chain.states();
    double[] pi = SteadyState.solve(ctmc);
    double[] byPhase = new double[Phase.values().length];
    boolean[] down = new boolean[states.size()];
    for (int i = 0; i < pi.length; i++) {
      Phase phase = states.get(i).phase();
      byPhase[phase.ordinal()] += pi[i];
      down[i] = phase != Phase.UP;
    }
    double[] f = {0};
    for (int i = 0; i < pi.length; i++) {
      if (!down[i]) {
        double p = pi[i];
        ctmc.forEachLeaving(i, (from, to, rate) -> {
          if (down[to]) {
            f[0] += p * rate;
          }
        });
      }
    }
    double a = byPhase[Phase.UP.ordinal()];
    double u = 0; // the down phases summed, not 1 − A
    for (Phase phase : Phase.values()) {
      u += phase == Phase.UP ? 0 : byPhase[phase.ordinal()];
    }
    double[] start = new double[states.size()];
    start[0] = 1;
    double mttf = Absorption.meanTimeTo(ctmc, start, down);
    ScopeAnalytics scope = new ScopeAnalytics(
        error == null ? Analytic.of(a, "Σπ(up), " + name)
            : Analytic.approx(a, "Σπ(up), " + name, error * u), // A is off by as much as U
        value(u, "Σπ(down), " + name, error),
        value(f[0], "Σπ(up)·rate(up→down), " + name, error),
        value(a / f[0], "A/f, " + name, error),
        value(u / f[0], "U/f, " + name, error),
        value(mttf, "mean time from all up to the first outage, " + name, error),
        Analytic.NONE,
        null);
    Downtime downtime = new Downtime(
        value(byPhase[Phase.UNDETECTED.ordinal()] * Durations.YEAR, "π(undetected)·1y, " + name,
            error),
        value(byPhase[Phase.SWITCHING.ordinal()] * Durations.YEAR, "π(switching)·1y, " + name,
            error),
        value(byPhase[Phase.NO_SPARE.ordinal()] * Durations.YEAR, "π(no spare)·1y, " + name,
            error),
        value(byPhase[Phase.REPAIR.ordinal()] * Durations.YEAR, "π(repair)·1y, " + name, error));
    return new Solution(scope, downtime);
  }

  /** The value, exact or within {@code error} of itself. */
  private static Analytic value(double v, String formula, Double error) {
    return error == null ? Analytic.of(v, formula)
        : Analytic.approx(v, formula, error * Math.abs(v));
  }

  /** Why the pool's repairs do not fit the chain (one crew serving only the pool, or none). */
  private static String crewProblem(SystemModel model, Structure.Standby s,
      List<ComponentGroup> pool) {
    String crewName = pool.get(0).crew();
    for (ComponentGroup g : pool) {
      if (!Objects.equals(g.crew(), crewName)) {
        return "the standby's groups are not all repaired alike";
      }
    }
    if (crewName != null) {
      Crew crew = model.crew(crewName);
      Set<String> served = new HashSet<>();
      model.groupsOf(crew).forEach(g -> served.add(g.name()));
      if (!served.equals(new HashSet<>(s.groups()))) {
        return "crew " + crewName + " also repairs groups outside the standby";
      }
    }
    return null;
  }
}
