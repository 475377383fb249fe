package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Fault;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The checks that relate fields to each other or to the overrides, run after the overrides are
 * applied: the horizon is given and positive, the warm-up ends before it, every scripted fault
 * happens before it, there are at least two replications, the confidence lies in (0, 1), the
 * run's size in memory is within reason ({@link SizeChecks}) and so is its expected number of
 * events (both unless forced). A problem caused by an override says so.
 */
final class SemanticChecks {

  /** Above this many expected events a run is refused: it would take hours. */
  static final double MAX_EVENTS = ScenarioLoader.MAX_EVENTS;

  private SemanticChecks() {}

  /** @param force skip the limit on the expected number of events ({@code --force}) */
  static void check(ScenarioSpec spec, Problems problems, boolean force) {
    boolean horizonOk = horizon(spec, problems);
    if (horizonOk) {
      faults(spec, problems);
    }
    if (horizonOk && spec.warmup() != null && !(spec.warmup().value() < spec.horizon().value())) {
      Located<Double> w = spec.warmup();
      problems.report(w.at(), w.path(), "the warm-up (" + w.shown()
          + ") must be shorter than the horizon (" + spec.horizon().describe() + ")",
          "shorten the warm-up or lengthen the horizon");
    }
    Located<Integer> r = spec.replications();
    boolean replicationsOk = r != null && r.value() >= 2;
    if (r != null && !replicationsOk) {
      problems.report(r.at(), r.path(), "replications must be at least 2, got " + r.shown() + r.from(),
          "confidence intervals need two or more replications; 30 is usual");
    }
    Located<Double> c = spec.confidence();
    if (c != null && !(c.value() > 0 && c.value() < 1)) {
      String hint = c.value() > 1 && c.value() < 100
          ? "write it as a fraction: " + Durations.number(c.value() / 100) + " for " + c.shown() + " %"
          : "e.g. 0.95";
      problems.report(c.at(), c.path(), "confidence must lie between 0 and 1 (exclusive), got "
          + c.shown(), hint);
    }
    SizeChecks.check(spec, problems, force);
    if (horizonOk && replicationsOk && !force) {
      events(spec, problems);
    }
  }

  /** A fault at or after the horizon would never happen: it is surely a mistake. */
  private static void faults(ScenarioSpec spec, Problems problems) {
    Located<Double> h = spec.horizon();
    for (Located<Fault> f : spec.faults()) {
      if (f.value().at() >= h.value()) {
        problems.report(f.at(), f.path(), "the fault at " + f.shown()
                + " never happens within the horizon " + h.shown() + h.from(),
            "move it before the horizon, or lengthen the horizon");
      }
    }
  }

  /** Reports a missing or non-positive horizon; true when the horizon is usable. */
  private static boolean horizon(ScenarioSpec spec, Problems problems) {
    Located<Double> h = spec.horizon();
    if (h == null) {
      if (!spec.root().has("horizon")) {
        problems.report(spec.root().at(), "horizon", "missing required field 'horizon'",
            "the simulated time per replication, e.g. horizon: 100y");
      }
      return false;
    }
    if (!(h.value() > 0) || Double.isInfinite(h.value())) {
      problems.report(h.at(), h.path(), "the horizon must be positive and finite, got "
          + h.shown() + h.from(), "e.g. horizon: 100y");
      return false;
    }
    return true;
  }

  /**
   * Estimates the events of the whole run: each unit fails and is repaired once per cycle of mean
   * failure + mean repair, in every replication (waiting for a crew only lengthens the cycle, so
   * this bounds crews too); a Markov unit makes one move per event, at its long-run rate. A watched
   * unit adds about three events per heartbeat that is lost or late (the others are skipped over)
   * and per failure; a standby or quorum a few per failure of its units. Each request makes about
   * three (its arrival, its end of service and its answer or time-out).
   */
  private static void events(ScenarioSpec spec, Problems problems) {
    double horizon = spec.horizon().value();
    double perReplication = 0;
    Map<String, Double> unitEvents = new HashMap<>();
    Map<String, ComponentGroup> groups = new HashMap<>();
    for (ComponentGroup g : spec.groups()) {
      groups.put(g.name(), g);
      double perUnit = 0;
      if (g.isMarkov()) {
        perUnit = horizon * moveRate(g.markov());
      } else if (g.fails()) {
        perUnit = 2.0 * horizon / (g.failure().mean() + g.repair().mean());
      }
      unitEvents.put(g.name(), perUnit);
      perReplication += g.count() * perUnit;
    }
    for (Detector d : spec.modelDetectors()) {
      Heartbeat h = d.heartbeat();
      double perUnit = 3 * horizon * HeartbeatMonitor.specialProbability(h) / h.interval();
      for (String group : SystemModel.watchedGroups(d, spec.structure())) {
        ComponentGroup g = groups.get(group);
        if (g != null) {
          perReplication += g.count() * (perUnit + 2 * unitEvents.get(group));
        }
      }
    }
    if (spec.structure() != null) {
      for (String group : failoverGroups(spec.structure())) {
        ComponentGroup g = groups.get(group);
        if (g != null) {
          perReplication += 4 * g.count() * unitEvents.get(group);
        }
      }
    }
    if (spec.traffic() != null) {
      perReplication += 3 * spec.traffic().arrivals().meanRate() * horizon;
    }
    double total = perReplication * spec.replications().value();
    if (!(total <= MAX_EVENTS)) { // NaN too: rates so large that the estimate overflows
      total = Double.isNaN(total) ? Double.POSITIVE_INFINITY : total;
      Located<Double> h = spec.horizon();
      String origin = h.origin() != null ? h.from() : spec.replications().from();
      problems.report(h.at(), h.path(),
          "this run would simulate about " + Durations.number(total) + " events ("
              + spec.replications().shown() + " replications of " + h.shown()
              + "), more than the limit of " + Durations.number(MAX_EVENTS) + origin,
          "shorten the horizon, use fewer replications, or run it anyway with --force");
    }
  }

  /** The groups of every standby and quorum in the structure. */
  private static List<String> failoverGroups(Structure node) {
    List<String> groups = new ArrayList<>();
    if (node instanceof Structure.Standby || node instanceof Structure.Quorum) {
      groups.addAll(Structure.groupsOf(node));
    }
    Structure.partsOf(node).forEach(p -> groups.addAll(failoverGroups(p)));
    return groups;
  }

  /**
   * The long-run moves per second of one unit of the chain, Σ π(s)·q(s), with the stationary
   * distribution π from πQ = 0, Σπ = 1; the largest exit rate (a bound) when π is not unique.
   */
  static double moveRate(MarkovChain chain) {
    List<String> names = chain.stateNames();
    int n = names.size();
    double[] exit = new double[n];
    for (MarkovChain.Transition t : chain.transitions()) {
      exit[names.indexOf(t.from())] += t.rate();
    }
    double scale = Arrays.stream(exit).max().orElse(1); // rates in seconds span many decades
    double[][] transposed = new double[n][n];
    for (MarkovChain.Transition t : chain.transitions()) {
      int from = names.indexOf(t.from());
      transposed[names.indexOf(t.to())][from] += t.rate() / scale;
      transposed[from][from] -= t.rate() / scale;
    }
    Arrays.fill(transposed[n - 1], 1); // the last balance equation becomes Σπ = 1
    double[] one = new double[n];
    one[n - 1] = 1;
    try {
      double[] pi = new LUDecomposition(new Array2DRowRealMatrix(transposed, false)).getSolver()
          .solve(new ArrayRealVector(one, false)).toArray();
      double rate = 0;
      for (int s = 0; s < n; s++) {
        rate += pi[s] * exit[s];
      }
      return rate;
    } catch (SingularMatrixException e) {
      return scale;
    }
  }
}
