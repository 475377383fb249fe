package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.Traffic;
import java.util.List;
import java.util.Objects;

/**
 * A loaded, validated scenario: what to simulate and how to run the experiment. Times in seconds.
 *
 * @param traffic the request-level part, or null for an availability study only
 * @param faults scripted faults, in the order written
 * @param source the file it came from, for messages and provenance
 * @param start how each replication's units start: new (the default), or in their stationary
 *     state ({@link #startApproximation} says where that is only approximate)
 */
public record Scenario(
    String name,
    String description,
    long seed,
    double horizon,
    double warmup,
    int replications,
    double confidence,
    SystemModel system,
    Traffic traffic,
    List<Fault> faults,
    String source,
    Start start) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be positive and finite, got " + horizon);
    }
    if (!(warmup >= 0 && warmup < horizon)) {
      throw new IllegalArgumentException("warmup must lie in [0, horizon), got " + warmup);
    }
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2, got " + replications);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
    }
    Objects.requireNonNull(system, "system");
    faults = List.copyOf(faults);
    if (traffic != null) {
      system.group(traffic.servers()); // throws for an unknown group
      if (traffic.health() != null) {
        system.detector(traffic.health());
      }
    }
    for (var fault : faults) {
      ComponentGroup group = system.group(fault.group());
      if (fault.index() >= group.count()) {
        throw new IllegalArgumentException("no unit " + fault.unit() + ": the group has "
            + group.count());
      }
    }
    start = start == null ? Start.NEW : start;
    String refused = start == Start.STATIONARY ? StartPlan.unsupported(system) : null;
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
  }

  /** A scenario whose units start new. */
  public Scenario(String name, String description, long seed, double horizon, double warmup,
      int replications, double confidence, SystemModel system, Traffic traffic,
      List<Fault> faults, String source) {
    this(name, description, seed, horizon, warmup, replications, confidence, system, traffic,
        faults, source, Start.NEW);
  }

  /** A scenario without traffic or faults. */
  public Scenario(String name, String description, long seed, double horizon, double warmup,
      int replications, double confidence, SystemModel system, String source) {
    this(name, description, seed, horizon, warmup, replications, confidence, system, null,
        List.of(), source, Start.NEW);
  }

  /** Length of the observed window, after the warm-up. */
  public double observed() {
    return horizon - warmup;
  }

  /** The same scenario with another number of replications (a run stopped early keeps fewer). */
  public Scenario withReplications(int count) {
    return new Scenario(name, description, seed, horizon, warmup, count, confidence, system,
        traffic, faults, source, start);
  }

  /** The same scenario with other traffic (same seed: the same random numbers). */
  public Scenario withTraffic(Traffic other) {
    return new Scenario(name, description, seed, horizon, warmup, replications, confidence, system,
        other, faults, source, start);
  }

  /** The same scenario with its units started another way. */
  public Scenario withStart(Start other) {
    return new Scenario(name, description, seed, horizon, warmup, replications, confidence, system,
        traffic, faults, source, other);
  }

  /**
   * How the replications' units start, worked out for this system (for a stationary start, the
   * stationary laws solved): compute it once for all the replications of a run.
   */
  public StartPlan startPlan() {
    return StartPlan.of(system, start);
  }

  /**
   * Why the units' start is only approximately stationary for this scenario, or null when it is
   * exact, or when the units start new.
   */
  public String startApproximation() {
    return start == Start.NEW ? null : StartPlan.approximation(system);
  }

  /** True when the units start new, or exactly in their stationary state. */
  public boolean startIsExact() {
    return startApproximation() == null;
  }
}
