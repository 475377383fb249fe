package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.AvailabilityAnalytics;
import dev.nines.models.detectors.Detector;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.rare.WeightDiagnostics;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.List;

/**
 * Importance sampling of a highly available system's unavailability and failure frequency, by
 * excursion branching with failure forcing.
 *
 * <p>A <b>main trajectory</b> runs under the true law P, exactly as the engine runs the model
 * ({@code AvailabilitySimulation}: the same streams {@code g[i]/failure}, {@code g[i]/repair},
 * {@code g[i]/start} drawn in the same order, FIFO crews, the structure as its gates count it), so
 * its own down time and failures are a plain simulation of the same replication. An
 * <b>excursion</b> starts when every unit is up and one fails, and ends when every unit is up
 * again. At each excursion's start the state is snapshotted (each unit's state and age, each crew's
 * line) and {@code branches} branches are run from it under the biased law of {@link Biasing},
 * each on its own stream {@value #BRANCH_STREAM}{@code [b]}, until every unit is up again; each
 * reports W·(down time) and W·(system failures), W its exact likelihood ratio
 * ({@link Branch}). Their mean is an unbiased estimate of the excursion's expected down time given
 * the snapshot; the main trajectory then goes on with its own excursion, unbiased, so the next
 * snapshot has its law under P. Summed over the excursions, the estimate of the replication's down
 * time is unbiased for any life and repair laws (ages are carried, so wear-out lives keep their
 * hazards), and with the start of a {@link StartPlan} (a unit that starts degraded starts an
 * excursion at time 0).
 *
 * <p>Markov-chain groups ({@link MarkovLaw}) are run as the engine runs them on the main trajectory
 * (stream {@code g[i]/markov}); in a branch each state's exits are split into failing moves (to a
 * state closer to down: degradations as well as failures), forced like lives, and other moves
 * (repairs, recoveries) drawn under P, which is balanced failure biasing for their chains. An
 * excursion also starts when a Markov unit leaves its fresh state (a degradation), so the
 * snapshots in which a unit is already degraded, rare but carrying a large share of the down
 * time, are branched from rather than left to the main trajectory's luck.
 *
 * <p>The figures: U = ΣD / ΣT and f = ΣF / ΣT over replications ({@code RareFigures} in the
 * simulator), MTTR = U / f, MTBF = (1 − U) / f, nines = −log10 U, all from the same run.
 *
 * <p>The biasing ({@link Biasing#DEFAULT}): failure forcing over the windows between repair
 * completions with q = 0.9, 0.8 of a forced failure's choice to the units whose failure brings the
 * system closest to a minimal cut, repairs that start while forcing drawn from a defensive mixture
 * with their length-biased law, forcing stopped once a minimal cut is down. Steering to the
 * closest units narrows the interval 3.6 times at equal replications on a series of a balancer
 * pair, 3 of 6 app servers and a database pair ({@code ClosestCutTest}); on a k-of-n of one
 * group every unit is as close, and it changes nothing. Measured on the
 * 2-of-3, 3-of-5 and wear-out cases at equal replications ({@code benchmarks/rare/run timing}):
 * q = 0.9 to 0.98 give about the same relative error, q = 0.5 a variance 1.9 to 4.2 times larger;
 * stretched repairs cut the variance 1.4 to 4.2 times; two branches per excursion halve the
 * variance at about twice the cost, so one does as well per second. q = 0.9 rather than 0.98: a
 * window without a failure weighs 1/(1 − q), 10 rather than 50, for structures whose way down
 * passes through repairs.
 *
 * <p>Deterministic: (seed, replication) decide everything; a replication runs on one thread, and
 * replications are independent, so callers run them in parallel and merge them in order.
 */
public final class ImportanceSampling {

  /** The streams of the branches: {@code importance-sampling/branch[b]}. */
  public static final String BRANCH_STREAM = "importance-sampling/branch";

  private final Layout layout;
  private final StartPlan start;
  private final Biasing biasing;
  private final int branches;

  private ImportanceSampling(Layout layout, StartPlan start, Biasing biasing, int branches) {
    this.layout = layout;
    this.start = start;
    this.biasing = biasing;
    this.branches = branches;
  }

  /**
   * Why importance sampling does not apply to the model, or null when it does. Scripted faults and
   * traffic, which the model does not hold, are for the caller to refuse. Quorums are run as the
   * engine runs them ({@link QuorumStates}): forcing acts on their members' failures, and their
   * elections are drawn under the true law, weight 1, in the branches as in the main trajectory.
   */
  public static String supports(SystemModel model) {
    for (Structure node : model.failoverNodes()) {
      if (node instanceof Structure.Standby standby) {
        String refusal = StandbyPlan.refusal(standby, model);
        if (refusal != null) {
          return refusal;
        }
      } else {
        String refusal = QuorumPlan.refusal((Structure.Quorum) node, model);
        if (refusal != null) {
          return refusal;
        }
      }
    }
    for (Detector detector : model.detectors()) {
      if (onlyForQuorums(detector, model)) {
        continue; // a quorum takes its interval and delay; its elections draw the delays
      }
      if (detector.heartbeat().loss() > 0 || detector.heartbeat().delay() != null
          && !(detector.heartbeat().delay() instanceof Deterministic)) {
        return "detector " + detector.name() + " loses or randomly delays heartbeats: rare-event"
            + " methods simulate lossless heartbeats with a fixed delay only";
      }
    }
    List<Integer> simulated = Layout.simulated(model);
    if (simulated.isEmpty()) {
      return "nothing the structure names ever fails: the system is never down";
    }
    for (int g : simulated) {
      ComponentGroup group = model.groups().get(g);
      if (!group.isMarkov() && group.failure().hasAtoms()) {
        return "group " + group.name() + ": its life " + group.failure().describe()
            + " has no density, which forcing a failure needs";
      }
    }
    return null;
  }

  /**
   * True when the detector watches nothing (no group it monitors, no standby naming it): only
   * quorums take their heartbeat interval and message delay from it, and their elections draw the
   * delays as the engine does, whatever their law (loss is not modelled by quorums).
   */
  private static boolean onlyForQuorums(Detector detector, SystemModel model) {
    if (!detector.monitors().isEmpty()) {
      return false;
    }
    for (Structure node : model.failoverNodes()) {
      if (node instanceof Structure.Standby s && detector.name().equals(s.detector())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fresh Markov units this many moves or more from down climb a ladder of likely steps, where
   * splitting does better ({@link #weakness}).
   */
  static final int LONG_CLIMB = 4;

  /**
   * Why splitting suits the model better than importance sampling, or null: a Markov group whose
   * units climb {@value #LONG_CLIMB} or more moves from their fresh states to down. Forcing a
   * step that is not rare makes every window that ends without it weigh up to 1/(1 − q), and a long
   * climb meets many: on two units each climbing five degraded states (the coverage study's
   * {@code ladder}), importance sampling's intervals covered 79–91 % over 1,000 seeds, most runs
   * marked unreliable, and splitting's, whose levels follow the climb, 95.5–98.5 %. The two-step
   * wearing disks stay with importance sampling (92.7–95.9 %, and splitting 15 times slower).
   */
  public static String weakness(SystemModel model) {
    for (ComponentGroup g : model.groups()) {
      if (g.isMarkov()) {
        int climb = new MarkovLaw(g.markov()).fresh;
        if (climb >= LONG_CLIMB && climb < Integer.MAX_VALUE) {
          return "group " + g.name() + " climbs " + climb + " moves to down, where splitting's"
              + " levels follow the climb and importance sampling's weights grow skewed";
        }
      }
    }
    return null;
  }

  /**
   * The importance sampling of a model.
   *
   * @param start how units start, made for this model ({@link StartPlan#of})
   * @param branches the branches per excursion, at least 1
   * @throws IllegalArgumentException when {@link #supports} gives a reason
   */
  public static ImportanceSampling of(SystemModel model, StartPlan start, Biasing biasing,
      int branches) {
    String reason = supports(model);
    if (reason != null) {
      throw new IllegalArgumentException("no importance sampling: " + reason);
    }
    if (branches < 1) {
      throw new IllegalArgumentException("branches must be at least 1, got " + branches);
    }
    return new ImportanceSampling(Layout.of(model), start, biasing, branches);
  }

  /** Units started new, the default biasing, one branch per excursion. */
  public static ImportanceSampling of(SystemModel model) {
    return of(model, StartPlan.NEW, Biasing.DEFAULT, 1);
  }

  /**
   * One replication with units started new and the default biasing: see
   * {@link #replicate(long, int, double, double)}.
   */
  public static WeightedReplication replicate(SystemModel model, long seed, int replication,
      double horizon, double warmup, int branches) {
    return of(model, StartPlan.NEW, Biasing.DEFAULT, branches)
        .replicate(seed, replication, horizon, warmup);
  }

  /**
   * Replication {@code replication} of the run with this seed: the main trajectory from 0 to the
   * horizon, every excursion branched, down time and failures observed over [warm-up, horizon].
   */
  public WeightedReplication replicate(long seed, int replication, double horizon, double warmup) {
    return MainTrajectory.replicate(layout, start, seed, replication, horizon, warmup, streams -> {
      Branch[] branch = new Branch[branches];
      for (int b = 0; b < branches; b++) {
        branch[b] = new Branch(layout, biasing, warmup, horizon,
            streams.stream(BRANCH_STREAM + "[" + b + "]"));
      }
      return (state, failing) -> {
        double down = 0;
        double failed = 0;
        WeightDiagnostics diagnostics = WeightDiagnostics.NONE;
        for (Branch br : branch) {
          Branch.Outcome o = br.run(state, failing);
          double contribution = o.downTime();
          down += contribution;
          failed += o.failures();
          diagnostics = diagnostics.plus(o.weight(), contribution);
        }
        return new Excursions.Estimate(down / branch.length, failed / branch.length, diagnostics);
      };
    });
  }

  /**
   * The expected number of system failures in {@code observed} seconds, as if every unit were
   * repaired independently (crews left out): f = Σ Birnbaum importance × unit failure frequency,
   * over the structure function. Shared crews make units wait, so the true figure is higher; for
   * choosing a method, the order of magnitude is what counts. A Markov group counts as its renewal
   * twin ({@link MarkovTwin}: the same stationary availability and failure frequency), exact for
   * its independent units. NaN where the closed form does not apply (a group appearing twice in
   * the structure, standbys, quorums).
   */
  public static double expectedFailures(SystemModel model, double observed) {
    return expectedFailures(model, observed, false);
  }

  /**
   * As {@link #expectedFailures(SystemModel, double)}, with {@code crewsWait} every repair of a
   * crew's unit lengthened by the longest the crew's line can make it wait: m − c other units
   * ahead of it (m the units the crew serves, c its repairers), served c at a time, each for the
   * crew's longest mean repair. The structure function of independent units depends on their
   * means alone, so the estimate is that of exponential units with those means: an over-estimate
   * of the system's failures, for deciding that they are rare without a formula for crews.
   */
  public static double expectedFailures(SystemModel model, double observed, boolean crewsWait) {
    try {
      if (!model.failoverNodes().isEmpty()) {
        return Double.NaN;
      }
      List<ComponentGroup> alone = new ArrayList<>();
      for (ComponentGroup g : model.groups()) {
        ComponentGroup twin = MarkovTwin.of(g);
        if (twin == null) {
          return Double.NaN;
        }
        alone.add(alone(twin, crewsWait ? wait(model, twin) : 0));
      }
      SystemModel independent = new SystemModel(alone, List.of(), List.of(), model.structure());
      Analytic f = new AvailabilityAnalytics(independent).system().failureFrequency();
      return f.hasValue() ? f.value() * observed : Double.NaN;
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
  }

  /**
   * The group (not Markov: a Markov group's renewal twin) repaired on its own: as it is, or with
   * exponential laws and a longer repair.
   */
  private static ComponentGroup alone(ComponentGroup g, double wait) {
    if (wait == 0 || !g.fails() || g.repair() == null) {
      return new ComponentGroup(g.name(), g.count(), g.failure(), g.repair(), null, null);
    }
    return new ComponentGroup(g.name(), g.count(), new Exponential(g.failure().mean()),
        new Exponential(g.repair().mean() + wait), null, null);
  }

  /** The longest mean wait for the group's crew: (m − c)/c of its longest mean repair. */
  private static double wait(SystemModel model, ComponentGroup group) {
    if (group.crew() == null) {
      return 0;
    }
    int served = 0;
    double longest = 0;
    for (ComponentGroup g : model.groups()) {
      if (group.crew().equals(g.crew()) && g.fails() && g.repair() != null) {
        served += g.count();
        longest = Math.max(longest, g.repair().mean());
      }
    }
    int size = model.crew(group.crew()).size();
    return served <= size ? 0 : (double) (served - size) / size * longest;
  }
}
