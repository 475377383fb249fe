package dev.nines.models.rare;

import dev.nines.models.distributions.Distribution;
import dev.nines.models.failover.Election;
import dev.nines.simulator.rare.LikelihoodRatio;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One branch of an excursion: from a snapshot of the trajectory, simulated under the biased law of
 * {@link Biasing} until every unit is up again (or the horizon), drawing everything from one
 * stream of its own. It returns its likelihood ratio W = dP/dQ and what it measured: the system's
 * down time and failures inside the observed window [warm-up, horizon]. W·(down time) is an
 * unbiased estimate of the excursion's expected down time given the snapshot.
 *
 * <p>Steps. At each event the branch looks at the window to the next repair completion (or the
 * horizon). In a forced window ({@link Biasing}) it draws "a failure or not" with probability q,
 * and the failure's unit and time; otherwise it draws the window under P: each up unit of age a
 * fails in it when its unit-exponential budget E is at most ΔH = H(a + w) − H(a), at age
 * H⁻¹(H(a) + E); the first of them fails, or none. A budget not spent is not kept: the next window
 * draws a fresh one given the unit's new age, which has the same law (the residual budget is
 * memoryless).
 *
 * <p>Paces. A unit that ages at pace p (a warm spare's dormancy, 0 for a cold one; see
 * {@link AgeClocks}) grows its age by p·w over a window of length w, so its ΔH is
 * H(a + p·w) − H(a), and a failure at age a' falls at (a' − a)/p into the window; a cold spare
 * (ΔH = 0) cannot fail in it. Paces change only when a standby's roles do, at a failure, a repair
 * or a standby's event, and every window ends at the next such event: a pace is constant over a
 * window, and the ratios above stay exact.
 *
 * <p>A Markov unit ({@link MarkovLaw}) is run with its exits split: its other moves (repairs,
 * recoveries) are scheduled events drawn under P, which end windows like repair completions, and
 * its failing moves (to a state closer to down) a constant hazard λ_f(s) over the window, forced
 * like a life's, the target drawn in proportion to the failing rates. The pending moves of the
 * snapshot are drawn afresh (the holding times are memoryless), so the law is the chain's own.
 */
final class Branch implements SystemState.Repairs {

  /** The probability with which a biased branch fails a switchover whose own is lower. */
  static final double SWITCH_FAILURE = 0.1;

  /**
   * What a branch measured; for a splitting stage also where it stopped.
   *
   * @param weight the branch's likelihood ratio W at its end
   * @param downTime Σ W(t)·(down time accrued at t): each piece of down time weighed by the ratio
   *     of the draws that decided it. The ratio is a martingale, so this has the mean of
   *     W·(down time), with less variance where weights change after an outage (a standby's
   *     detection outage, then forcing towards the double failure)
   * @param failures Σ W(t) over the system failures, likewise
   * @param leveled true when it stopped on reaching its level (its state is then the entrance)
   * @param state the state it stopped in
   */
  record Outcome(double weight, double downTime, double failures, boolean leveled,
      SystemState state) {}

  private final Layout layout;
  private final Biasing biasing;
  private final double warmup;
  private final double horizon;
  private final UniformRandomProvider random;
  private final ContinuousSampler budget;
  /** Per model group, its repair law's sampler on this branch's stream (null: never fails). */
  private final ContinuousSampler[] repairs;
  private final ContinuousSampler[] stretched;
  /** The running branch, whose forcing decides how a repair is drawn. */
  private Run current;
  private final double[] hazard;
  /** Which unit a forced failure picks, and each unit's chance of failing in the window. */
  private final ForcedChoice choice;
  /** Per standby: its switchover and restore samplers on this branch's stream. */
  private final ContinuousSampler[] switchover;
  private final ContinuousSampler[] restore;
  /** Per quorum: its elections, drawn on this branch's stream under P. */
  private final Election[] elections;

  Branch(Layout layout, Biasing biasing, double warmup, double horizon,
      UniformRandomProvider random) {
    this.layout = layout;
    this.biasing = biasing;
    this.warmup = warmup;
    this.horizon = horizon;
    this.random = random;
    this.budget = ZigguratSampler.Exponential.of(random);
    this.repairs = new ContinuousSampler[layout.repair.length];
    this.stretched = new ContinuousSampler[layout.repair.length];
    for (int g = 0; g < repairs.length; g++) {
      if (layout.repair[g] != null) {
        repairs[g] = layout.repair[g].sampler(random);
        stretched[g] = layout.repair[g].lengthBiasedSampler(random);
      }
    }
    this.hazard = new double[layout.units()];
    this.choice = new ForcedChoice(layout, biasing);
    int k = layout.standbys.length;
    this.switchover = new ContinuousSampler[k];
    this.restore = new ContinuousSampler[k];
    for (int i = 0; i < k; i++) {
      StandbyPlan p = layout.standbys[i];
      switchover[i] = p.switchover() == null ? null : p.switchover().sampler(random);
      restore[i] = p.restore() == null ? null : p.restore().sampler(random);
    }
    this.elections = new Election[layout.quorums.length];
    for (int q = 0; q < elections.length; q++) {
      elections[q] = layout.quorums[q].election(random);
    }
  }

  /**
   * A quorum's election, its timeouts and message delays drawn on this branch's stream under the
   * true law (weight 1), biased or not: forcing acts on unit failures only.
   */
  @Override
  public Election election(int quorum) {
    return elections[quorum];
  }

  @Override
  public double switchover(int node) {
    return switchover[node].sample();
  }

  /**
   * Whether a switchover fails. A biased branch draws a failure with probability
   * b = max(p, {@value #SWITCH_FAILURE}), p the true one, and weighs it by p/b (a success by
   * (1 − p)/(1 − b)): a switch failure that happens once in 10⁴ failovers but leaves the standby
   * down for a repair's length is a rare event of its own, which forcing unit failures does not
   * reach.
   */
  @Override
  public boolean switchFails(int node) {
    double p = layout.standbys[node].switchFailure();
    if (!current.biased || p >= SWITCH_FAILURE) {
      return random.nextDouble() < p;
    }
    boolean failed = random.nextDouble() < SWITCH_FAILURE;
    current.ratio.times(failed ? p / SWITCH_FAILURE : (1 - p) / (1 - SWITCH_FAILURE));
    return failed;
  }

  /**
   * A Markov unit's next other move (repairs, recoveries): exponential at the other moves' rate
   * λ_o, NaN when it has none; its failing moves are the windows' hazards.
   */
  @Override
  public double nextMove(int unit, int state) {
    double rate = layout.markov[layout.groupOf[unit]].otherRate[state];
    return rate > 0 ? budget.sample() / rate : Double.NaN;
  }

  @Override
  public double restore(int node) {
    return restore[node].sample();
  }

  /**
   * The length of a repair that starts now: from its law f, or, while forcing with the system up
   * and {@link Biasing#stretchRepairs}, from the even mixture of f and its length-biased law
   * x·f(x)/m, the ratio times f / (f/2 + x·f/(2m)) = 2 / (1 + x/m). The mixture keeps that factor
   * below 2, where the length-biased law alone would weigh a short repair by m/x, unbounded, with
   * an infinite second moment for an exponential repair.
   */
  @Override
  public double draw(int unit) {
    int g = layout.groupOf[unit];
    if (!(biasing.stretchRepairs() && current.forcing && current.s.systemUp)) {
      return repairs[g].sample();
    }
    double length = random.nextDouble() < 0.5 ? repairs[g].sample() : stretched[g].sample();
    current.ratio.times(2 / (1 + length / layout.repair[g].mean()));
    return length;
  }

  /**
   * Runs a branch from the snapshot, which it does not change.
   *
   * @param failing the unit that fails at the snapshot's instant (the excursion's first failure),
   *     or −1 when the snapshot is already degraded
   */
  Outcome run(SystemState snapshot, int failing) {
    return simulate(snapshot, failing, true, -1);
  }

  /**
   * Runs a splitting stage from the state, which it does not change: under the true law P (weight
   * 1), until the excursion ends, the horizon, or the state's distance to the closest minimal cut
   * ({@link UpFunction#distance}) is at most {@code level}, whichever comes first.
   *
   * @param failing as for {@link #run}
   * @param level the distance that ends the stage; −1 to run to the excursion's end
   */
  Outcome stage(SystemState start, int failing, int level) {
    return simulate(start, failing, false, level);
  }

  private Outcome simulate(SystemState snapshot, int failing, boolean biased, int level) {
    SystemState s = snapshot.copy();
    if (s.markov != null) {
      s.markov.redraw(s, this);
    }
    Run run = new Run(s, biased);
    run.forcing = biased;
    current = run;
    if (failing >= 0) {
      run.fail(failing);
    }
    boolean leveled = false;
    while (!s.quiet() && s.now < horizon) {
      if (level >= 0 && layout.up.distance(s) <= level) {
        leveled = true;
        break;
      }
      int r = s.nextScheduled();
      if (r < 0) {
        throw new IllegalStateException("units down but nothing pending at " + s.now);
      }
      double end = Math.min(s.eventTime(r), horizon);
      double w = end - s.now;
      double total = windowHazards(s, w);
      double p = -Math.expm1(-total);
      int failed;
      double at;
      if (run.forcing && s.systemUp && p > 0 && p < biasing.forcing()) {
        double q = biasing.forcing();
        if (random.nextDouble() < q) {
          choice.steer(s);
          failed = choice.pick(random.nextDouble());
          at = s.now + forcedDelay(s, failed, w);
          double others = othersHazard(s, failed, at - s.now);
          run.ratio.timesExp(Math.log(choice.chance(failed)) - others - Math.log(q)
              - Math.log(choice.probability(failed)));
        } else {
          failed = -1;
          at = end;
          run.ratio.timesExp(-total - Math.log1p(-q));
        }
      } else {
        failed = -1;
        at = end;
        for (int u = 0; u < hazard.length; u++) {
          if (s.status[u] == SystemState.UP && hazard[u] > 0) {
            double e = budget.sample();
            if (e <= hazard[u]) {
              double t = s.now + delayToHazard(s, u, e, w);
              if (failed < 0 || t < at) {
                failed = u;
                at = t;
              }
            }
          }
        }
      }
      run.advance(at);
      if (failed >= 0) {
        if (s.markov != null && s.markov.isMarkov(failed)) {
          s.markov.target[failed] = s.markov.law[failed]
              .pickFailing(s.markov.state[failed], random.nextDouble());
        }
        run.fail(failed);
      } else if (s.now < horizon) {
        if (s.markov != null && r < hazard.length && s.markov.isMarkov(r)) {
          s.markov.target[r] = s.markov.law[r].pickOther(s.markov.state[r], random.nextDouble());
        }
        run.fire(r);
      }
    }
    return new Outcome(run.ratio.value(), run.downTime, run.failures, leveled, s);
  }

  /**
   * Fills {@link #hazard} with each up unit's ΔH over the window of length w and the
   * {@link ForcedChoice} with its probability 1 − e^{−ΔH} of failing in it; returns Σ ΔH.
   */
  private double windowHazards(SystemState s, double w) {
    double total = 0;
    choice.clear();
    for (int u = 0; u < hazard.length; u++) {
      if (s.status[u] == SystemState.UP) {
        hazard[u] = hazardOver(s, u, w);
        choice.set(u, -Math.expm1(-hazard[u]));
        total += hazard[u];
      } else {
        hazard[u] = 0;
        choice.set(u, 0);
      }
    }
    return total;
  }

  /** The delay, within the window, to unit i's failure given that it fails in the window. */
  private double forcedDelay(SystemState s, int unit, double w) {
    double spent = -Math.log1p(-random.nextDouble() * choice.chance(unit));
    return delayToHazard(s, unit, Math.min(spent, hazard[unit]), w);
  }

  /**
   * The growth of an up unit's cumulative hazard over the next {@code delay} seconds: H(a + p·d) −
   * H(a) at age a and pace p (0 at pace 0) for a renewal unit, λ_f·d for a Markov unit (its failing
   * moves, {@link MarkovLaw}).
   */
  private double hazardOver(SystemState s, int unit, double delay) {
    if (s.markov != null && s.markov.isMarkov(unit)) {
      return s.markov.failingRate(unit) * delay;
    }
    double pace = s.pace(unit);
    if (pace == 0) {
      return 0;
    }
    Distribution life = layout.life[layout.groupOf[unit]];
    double a = s.age(unit);
    return life.cumulativeHazard(a + pace * delay) - life.cumulativeHazard(a);
  }

  /**
   * The delay after which the unit's cumulative hazard has grown by {@code growth}, within w: the
   * age it takes, divided by the unit's pace (which is positive: its hazard grows in the window).
   */
  private double delayToHazard(SystemState s, int unit, double growth, double w) {
    if (s.markov != null && s.markov.isMarkov(unit)) {
      return Math.max(0, Math.min(w, growth / s.markov.failingRate(unit)));
    }
    Distribution life = layout.life[layout.groupOf[unit]];
    double a = s.age(unit);
    double age = life.inverseCumulativeHazard(life.cumulativeHazard(a) + growth);
    return Math.max(0, Math.min(w, (age - a) / s.pace(unit)));
  }

  /** Σ over the other up units of ΔH over the first {@code delay} of the window. */
  private double othersHazard(SystemState s, int unit, double delay) {
    double sum = 0;
    for (int u = 0; u < hazard.length; u++) {
      if (u != unit && s.status[u] == SystemState.UP) {
        sum += hazardOver(s, u, delay);
      }
    }
    return sum;
  }

  /** A branch's running figures: its ratio, its down time and failures in the window. */
  private final class Run {
    final SystemState s;
    final boolean biased;
    final LikelihoodRatio ratio = new LikelihoodRatio();
    boolean forcing = true;
    double downTime;
    double failures;

    Run(SystemState s, boolean biased) {
      this.s = s;
      this.biased = biased;
    }

    /** Moves the clock to {@code to}, counting the down time inside [warm-up, horizon]. */
    void advance(double to) {
      if (!s.systemUp) {
        downTime += ratio.value() * Math.max(0, Math.min(to, horizon) - Math.max(s.now, warmup));
      }
      s.now = to;
    }

    void fail(int unit) {
      boolean wasUp = s.systemUp;
      s.fail(unit, Branch.this);
      counted(wasUp);
    }

    /** A repair end or a standby's event, which can bring the system down (a needless switch). */
    void fire(int event) {
      boolean wasUp = s.systemUp;
      s.fire(event, Branch.this);
      counted(wasUp);
    }

    /**
     * Counts a system failure; forcing stops once a minimal cut is down (distance 0), the first
     * system failure of a structure without standbys. An outage while a standby detects and
     * switches leaves every cut one failure short, so forcing goes on towards the double failure.
     */
    private void counted(boolean wasUp) {
      if (wasUp && !s.systemUp && s.now >= warmup && s.now <= horizon) {
        failures += ratio.value();
      }
      if (forcing && !s.systemUp && layout.up.distance(s) == 0) {
        forcing = biasing.afterSystemFailure();
      }
    }
  }
}
