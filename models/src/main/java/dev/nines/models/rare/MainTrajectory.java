package dev.nines.models.rare;

import dev.nines.models.failover.Election;
import dev.nines.models.start.StartPlan;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.WeightDiagnostics;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The unbiased trajectory of a rare-event replication, and the excursions it hands to a method.
 *
 * <p>It runs the model under the true law P exactly as the engine does ({@code
 * AvailabilitySimulation}: the same streams {@code g[i]/failure}, {@code g[i]/repair},
 * {@code g[i]/start}, {@code g[i]/markov}, {@code <standby>/switch} and {@code <quorum>/election},
 * FIFO crews, Markov units' moves (holding time, then target, as {@code MarkovUnit} draws them),
 * the structure as its gates count it, standbys and quorums rule by rule, warm and cold spares at
 * their pace), so its own down time and failures are a plain simulation of the same replication.
 * An excursion starts when the system is quiet (every unit up, every Markov unit fresh, every
 * standby up with nothing pending, every quorum led) and a unit fails (or a Markov unit makes a
 * failing move, a degradation included: its target is drawn first, and the method's snapshot
 * carries it in {@link MarkovStates#target}), and ends when it is quiet again; at each start the
 * method's {@link Excursions} estimates the excursion's expected down time and failures from that
 * state. The trajectory then goes on with its own excursion, unbiased, so the next start has its
 * law under P. Summed over the excursions, the estimates are unbiased for the replication's down
 * time and failures, for any life and repair laws (ages are carried).
 */
final class MainTrajectory {

  private MainTrajectory() {}

  /**
   * Replication {@code replication} of the run with this seed, from 0 to the horizon, with down time
   * and failures observed over [warm-up, horizon].
   *
   * @param method the method's excursions, made on the replication's streams
   */
  static WeightedReplication replicate(Layout layout, StartPlan start, long seed,
      int replication, double horizon, double warmup,
      Function<RandomStreams, Excursions> method) {
    if (!(warmup >= 0 && horizon > warmup) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("need 0 <= warmup < horizon < infinity, got warmup "
          + warmup + ", horizon " + horizon);
    }
    RandomStreams streams = new RandomStreams(seed, replication);
    int n = layout.units();
    ContinuousSampler[] lives = new ContinuousSampler[n];
    ContinuousSampler[] repairs = new ContinuousSampler[n];
    UniformRandomProvider[] moves = new UniformRandomProvider[n];
    for (int u = 0; u < n; u++) {
      int g = layout.groupOf[u];
      if (layout.markov[g] != null) {
        moves[u] = streams.stream(layout.name[u] + "/markov");
        continue;
      }
      lives[u] = layout.life[g].sampler(streams.stream(layout.name[u] + "/failure"));
      repairs[u] = layout.repair[g].sampler(streams.stream(layout.name[u] + "/repair"));
    }
    SystemState.Repairs draws = new Draws(layout, streams, repairs, moves);
    Excursions excursions = method.apply(streams);
    Totals totals = new Totals(warmup, horizon);
    SystemState s = new SystemState(layout);
    Starts.start(s, start, streams, lives, draws);
    s.startStandbys(draws);
    if (!s.quiet()) {
      totals.add(excursions.estimate(s, -1));
    }
    while (true) {
      int e = s.next();
      double t = e < 0 ? Double.POSITIVE_INFINITY : s.eventTime(e);
      if (t > horizon) {
        totals.advance(s, horizon);
        break;
      }
      totals.advance(s, t);
      boolean wasUp = s.systemUp;
      if (s.markov != null && e < n && s.markov.isMarkov(e)) {
        MarkovLaw law = s.markov.law[e];
        int to = law.pick(s.markov.state[e], moves[e].nextDouble());
        s.markov.target[e] = to;
        if (law.failing(s.markov.state[e], to) && s.quiet()) {
          totals.add(excursions.estimate(s, e));
        }
        s.fire(e, draws);
      } else if (e < n && s.status[e] == SystemState.UP) {
        if (s.quiet()) {
          totals.add(excursions.estimate(s, e));
        }
        s.fail(e, draws);
      } else {
        boolean repair = e < n;
        s.fire(e, draws);
        if (repair) {
          s.startLife(e, lives[e].sample(), 0);
        }
      }
      if (wasUp && !s.systemUp && t >= warmup) {
        totals.plainFailures++;
      }
    }
    return new WeightedReplication(horizon - warmup, totals.downTime, totals.failures,
        totals.plainDown, totals.plainFailures, totals.excursions, totals.diagnostics);
  }

  /**
   * The main trajectory's draws: repairs on each unit's stream, switchovers on the standby's,
   * elections on the quorum's ({@code <quorum>/election}).
   */
  private static final class Draws implements SystemState.Repairs {
    private final ContinuousSampler[] repairs;
    private final Election[] elections;
    private final UniformRandomProvider[] random;
    private final ContinuousSampler[] switchover;
    private final ContinuousSampler[] restore;
    private final double[] switchFailure;
    /** Per Markov unit: the exponential of its holding times, on its {@code g[i]/markov} stream. */
    private final ContinuousSampler[] holding;
    private final MarkovLaw[] chains;

    Draws(Layout layout, RandomStreams streams, ContinuousSampler[] repairs,
        UniformRandomProvider[] moves) {
      this.repairs = repairs;
      holding = new ContinuousSampler[moves.length];
      chains = new MarkovLaw[moves.length];
      for (int u = 0; u < moves.length; u++) {
        if (moves[u] != null) {
          holding[u] = ZigguratSampler.Exponential.of(moves[u]);
          chains[u] = layout.markov[layout.groupOf[u]];
        }
      }
      int k = layout.standbys.length;
      random = new UniformRandomProvider[k];
      switchover = new ContinuousSampler[k];
      restore = new ContinuousSampler[k];
      switchFailure = new double[k];
      for (int i = 0; i < k; i++) {
        StandbyPlan p = layout.standbys[i];
        random[i] = streams.stream(p.scope() + "/switch");
        switchover[i] = p.switchover() == null ? null : p.switchover().sampler(random[i]);
        restore[i] = p.restore() == null ? null : p.restore().sampler(random[i]);
        switchFailure[i] = p.switchFailure();
      }
      elections = new Election[layout.quorums.length];
      for (int q = 0; q < elections.length; q++) {
        QuorumPlan p = layout.quorums[q];
        elections[q] = p.election(streams.stream(QuorumPlan.stream(p.scope())));
      }
    }

    @Override
    public Election election(int quorum) {
      return elections[quorum];
    }

    @Override
    public double draw(int unit) {
      return repairs[unit].sample();
    }

    @Override
    public double switchover(int node) {
      return switchover[node].sample();
    }

    /** As the engine's {@code MarkovUnit}: a unit exponential over the total exit rate. */
    @Override
    public double nextMove(int unit, int state) {
      return holding[unit].sample() / chains[unit].exitRate[state];
    }

    @Override
    public boolean switchFails(int node) {
      return random[node].nextDouble() < switchFailure[node];
    }

    @Override
    public double restore(int node) {
      return restore[node].sample();
    }
  }

  /** The running totals of a replication: the excursions' estimates and the plain figures. */
  private static final class Totals {
    final double warmup;
    final double horizon;
    double downTime;
    double failures;
    double plainDown;
    long plainFailures;
    long excursions;
    WeightDiagnostics diagnostics = WeightDiagnostics.NONE;

    Totals(double warmup, double horizon) {
      this.warmup = warmup;
      this.horizon = horizon;
    }

    void add(Excursions.Estimate e) {
      downTime += e.downTime();
      failures += e.failures();
      diagnostics = diagnostics.merge(e.diagnostics());
      excursions++;
    }

    /** Moves the clock, counting the trajectory's own down time in the window. */
    void advance(SystemState s, double to) {
      if (!s.systemUp) {
        plainDown += Math.max(0, Math.min(to, horizon) - Math.max(s.now, warmup));
      }
      s.now = to;
    }
  }
}
