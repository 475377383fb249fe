package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.detectors.HeartbeatMonitor;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * What a run will cost, estimated before it starts: its events, and the memory its models and its
 * replications' results need. {@link SemanticChecks} refuses a run beyond the limits unless forced.
 *
 * @param perReplication the events of one replication
 * @param unitEvents the units' own events (failures, repairs, Markov moves) of one replication:
 *     each leaves a trace in the results (outages), unlike heartbeats and requests
 * @param replications how many replications the run has
 * @param units the units of one replication's model
 * @param traffic whether requests are simulated
 */
record Workload(double perReplication, double unitEvents, double replications, double units,
    boolean traffic) {

  /** The share of the JVM's maximum heap a run may plan to use. */
  static final double USABLE = 0.8;

  /** Bytes of one unit's model (streams, samplers, unit, recorders, pending event), measured. */
  static final double BYTES_PER_UNIT = 600;

  /** Bytes of results a replication keeps per unit event (outage lengths, for percentiles). */
  static final double BYTES_PER_EVENT = 4;

  /** Bytes a replication's results keep whatever its length; a traffic replication's histograms. */
  static final double BYTES_PER_REPLICATION = 4096;
  static final double BYTES_PER_TRAFFIC_REPLICATION = 65536;

  /** The events of the whole run. */
  double events() {
    return perReplication * replications;
  }

  /**
   * The memory of the whole run when {@code threads} replications run at once: their models, plus
   * every replication's results, kept until the run is summarized.
   */
  double bytes(int threads) {
    double models = Math.min(threads, replications) * units * BYTES_PER_UNIT;
    double results = replications * (BYTES_PER_REPLICATION
        + (traffic ? BYTES_PER_TRAFFIC_REPLICATION : 0) + unitEvents * BYTES_PER_EVENT);
    return models + results;
  }

  /** Bytes as a person reads them: 512 MB, 6.3 GB. */
  static String format(double bytes) {
    String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB"};
    int i = 0;
    while (bytes >= 1000 && i < units.length - 1) {
      bytes /= 1024;
      i++;
    }
    return String.format(Locale.ROOT, bytes >= 100 || i == 0 ? "%.0f %s" : "%.1f %s", bytes,
        units[i]);
  }

  /**
   * Estimates the events of the whole run: each unit fails and is repaired once per cycle of mean
   * failure + mean repair, in every replication (waiting for a crew only lengthens the cycle, so
   * this bounds crews too); a Markov unit makes one move per event, at its long-run rate. A watched
   * unit adds about three events per heartbeat that is lost or late (the others are skipped over)
   * and per failure; a standby or quorum a few per failure of its units. Each request makes about
   * three (its arrival, its end of service and its answer or time-out).
   */
  static Workload of(ScenarioSpec spec) {
    double horizon = spec.horizon().value();
    double perReplication = 0;
    double units = 0;
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
      units += g.count();
    }
    double ownEvents = perReplication;
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
    return new Workload(perReplication, ownEvents, spec.replications().value(), units,
        spec.traffic() != null);
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
