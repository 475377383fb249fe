package dev.nines.models.rare;

import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.failover.Election;
import dev.nines.models.start.StartPlan;
import dev.nines.simulator.rare.WeightDiagnostics;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.List;

/**
 * Importance splitting of a highly available system's unavailability and failure frequency: fixed
 * effort over the levels of the structure's own importance function, excursion by excursion.
 *
 * <p>The main trajectory runs under P ({@link MainTrajectory}). At each excursion's start, the
 * levels are the distance to the closest minimal cut ({@link UpFunction#distance}: how many more
 * unit failures would bring the system down, standbys counted as if they switched perfectly,
 * quorums as if elections took no time, by the member failures that lose the majority, and a Markov
 * unit's failures in failing moves, so a degraded unit is one level closer), so users write
 * nothing extra. Stage ℓ runs N_ℓ plain trajectories (the true law, weight 1) from the
 * entrance states of its level, each until it reaches the next level (distance one less), the
 * excursion ends, or the horizon; what each saw of the system's down time and failures on the way
 * is averaged, and the states in which they reached the next level are the next stage's entrances,
 * each started the same number of times (N_ℓ rounded up to a multiple of their count, which keeps
 * the estimate unbiased). The last stage, from the closest cut, runs to the excursion's end. With
 * p̂_j the share of stage j's runs that reached the next level, the excursion's estimate is
 * Σ_ℓ (Π_{j<ℓ} p̂_j)·(stage ℓ's mean), unbiased for its expected down time (and failures) given its
 * start. Down time on the way counts at every level, so an outage while a detector has not yet
 * noticed a failure (one failure from all up), or a quorum's election after its leader failed, is
 * measured by the first stage as it happens.
 *
 * <p>The effort of a stage is set from its first entrance before it runs, as about
 * {@value #HITS} expected hits: N = {@value #HITS}/p, p = 1 − exp(−Σ λ_up·r), Σ λ_up the
 * failure rates (pace/mean life) of the units up, each at the pace it will age at once its
 * standby has settled (a cold spare about to take over counts at 1), a Markov unit's failing rate
 * in its state, and r the longest mean repair in progress (a Markov unit's mean stay in its down
 * state, or in a degraded state until another move), between
 * {@value #MIN_EFFORT} and {@value #MAX_EFFORT}. The effort depends only on the entrance, never on
 * how other stages or replications fared, so the result stays unbiased and deterministic.
 *
 * <p>The diagnostics: each excursion's estimate is one contribution (weight: the estimated
 * probability of reaching the closest cut), so a run carried by a handful of excursions that
 * reached deep levels is marked unreliable, as with importance sampling.
 */
public final class Splitting {

  /** The stream of the stages' runs: {@code splitting/stage}. */
  public static final String STAGE_STREAM = "splitting/stage";

  static final int HITS = 8;
  static final int MIN_EFFORT = 16;
  static final int MAX_EFFORT = 1 << 12;

  private final Layout layout;
  private final StartPlan start;

  private Splitting(Layout layout, StartPlan start) {
    this.layout = layout;
    this.start = start;
  }

  /** Why splitting does not apply to the model, or null when it does (as importance sampling). */
  public static String supports(SystemModel model) {
    return ImportanceSampling.supports(model);
  }

  /**
   * The splitting of a model.
   *
   * @param start how units start, made for this model ({@link StartPlan#of})
   * @throws IllegalArgumentException when {@link #supports} gives a reason
   */
  public static Splitting of(SystemModel model, StartPlan start) {
    String reason = supports(model);
    if (reason != null) {
      throw new IllegalArgumentException("no splitting: " + reason);
    }
    return new Splitting(Layout.of(model), start);
  }

  /**
   * Replication {@code replication} of the run with this seed: the main trajectory from 0 to the
   * horizon, every excursion split, down time and failures observed over [warm-up, horizon].
   */
  public WeightedReplication replicate(long seed, int replication, double horizon, double warmup) {
    return MainTrajectory.replicate(layout, start, seed, replication, horizon, warmup, streams -> {
      Branch runner = new Branch(layout, Biasing.DEFAULT, warmup, horizon,
          streams.stream(STAGE_STREAM));
      return (state, failing) -> estimate(runner, state, failing);
    });
  }

  private Excursions.Estimate estimate(Branch runner, SystemState start, int failing) {
    SystemState first = start.copy();
    if (failing >= 0) {
      first.fail(failing, new SystemState.Repairs() {
        @Override
        public double draw(int unit) {
          return 0; // only the distance after the failure is read from this copy
        }

        @Override
        public double switchover(int node) {
          return 0;
        }

        @Override
        public boolean switchFails(int node) {
          return false;
        }

        @Override
        public double restore(int node) {
          return 0;
        }

        @Override
        public Election election(int quorum) {
          QuorumPlan p = layout.quorums[quorum];
          return new Election(p.members().length, p.majority(), () -> 0, null);
        }
      });
    }
    int distance = layout.up.distance(first);
    List<SystemState> entrances = List.of(start);
    int from = failing;
    double reach = 1;
    double down = 0;
    double failures = 0;
    while (true) {
      int level = distance - 1;
      int runs = effort(from >= 0 ? first : entrances.get(0));
      int each = (runs + entrances.size() - 1) / entrances.size();
      double stageDown = 0;
      double stageFailures = 0;
      List<SystemState> next = new ArrayList<>();
      for (SystemState entrance : entrances) {
        for (int i = 0; i < each; i++) {
          Branch.Outcome o = runner.stage(entrance, from, level);
          stageDown += o.downTime();
          stageFailures += o.failures();
          if (o.leveled()) {
            next.add(o.state());
          }
        }
      }
      double total = (double) each * entrances.size();
      down += reach * stageDown / total;
      failures += reach * stageFailures / total;
      if (level < 0 || next.isEmpty()) {
        if (level >= 0) {
          reach = 0;
        }
        break;
      }
      reach *= next.size() / total;
      entrances = next;
      from = -1;
      distance = level;
    }
    WeightDiagnostics d = WeightDiagnostics.NONE.plus(reach, down);
    return new Excursions.Estimate(down, failures, d);
  }

  /**
   * The runs of a stage from this entrance (after the excursion's first failure, for the first
   * stage): about {@value #HITS} expected hits.
   */
  private int effort(SystemState entrance) {
    double rates = 0;
    double repair = 0;
    for (int u = 0; u < layout.units(); u++) {
      MarkovLaw chain = layout.markov[layout.groupOf[u]];
      if (chain != null) {
        int state = entrance.markov.state[u];
        if (chain.up[state]) {
          rates += chain.failingRate[state];
          if (!chain.isFresh(state) && chain.otherRate[state] > 0) {
            repair = Math.max(repair, 1 / chain.otherRate[state]);
          }
        } else {
          repair = Math.max(repair, 1 / chain.exitRate[state]);
        }
        continue;
      }
      Distribution life = layout.life[layout.groupOf[u]];
      Distribution fix = layout.repair[layout.groupOf[u]];
      if (entrance.status[u] == SystemState.UP) {
        int node = layout.standbyOf[u];
        double pace = node < 0 || entrance.clocks == null ? 1
            : entrance.standbys.paceAhead(entrance, node, u);
        rates += pace / life.mean();
      } else if (fix != null) {
        repair = Math.max(repair, fix.mean());
      }
    }
    double p = -Math.expm1(-rates * repair);
    if (!(p > 0)) {
      return MIN_EFFORT;
    }
    return (int) Math.max(MIN_EFFORT, Math.min(MAX_EFFORT, Math.ceil(HITS / p)));
  }
}
