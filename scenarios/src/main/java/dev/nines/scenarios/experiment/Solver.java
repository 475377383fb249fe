package dev.nines.scenarios.experiment;

import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.DetectorAnalytics;
import dev.nines.models.detectors.Detector;
import dev.nines.models.structure.Structure;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Analytics;
import dev.nines.models.analytics.QuorumAnalytics;
import dev.nines.models.analytics.ScopeAnalytics;
import dev.nines.models.analytics.StandbyFailover;
import dev.nines.models.analytics.SystemChain;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Solves a scenario analytically: closed forms, and the exact CTMC where there is one. */
public final class Solver {

  private Solver() {}

  /**
   * The steady-state figures of every scope; A(t) at the given times and the state probabilities
   * need the exact chain.
   *
   * @param at labelled times in seconds, in the order asked (e.g. "1h" -> 3600)
   * @throws IllegalArgumentException when A(t) or states are asked of a scenario without a chain
   */
  public static Solution solve(Scenario scenario, Map<String, Double> at, boolean states) {
    Analytics analytics = Experiment.analytics(scenario);
    List<Solution.Figure> figures = new ArrayList<>();
    add(figures, AvailabilitySimulation.SYSTEM, analytics.system(), false);
    for (ComponentGroup g : scenario.system().groups()) {
      add(figures, g.name(), analytics.group(g.name()), true);
    }
    for (Structure node : scenario.system().failoverNodes()) {
      String name = SystemModel.scopeOf(node);
      add(figures, name, analytics.failover(name), false);
      if (node instanceof Structure.Quorum) {
        figure(figures, name, "majority-availability", "1",
            analytics.majority(name).availability());
        QuorumAnalytics q = analytics.quorum(name);
        figure(figures, name, "election-time", "s", q.electionTime());
        figure(figures, name, "election-time-p50", "s", q.electionTimeP50());
        figure(figures, name, "election-time-p99", "s", q.electionTimeP99());
      } else {
        StandbyFailover.Downtime d = analytics.standbyDowntime(name);
        figure(figures, name, "downtime-undetected", "s", d.undetected());
        figure(figures, name, "downtime-switching", "s", d.switching());
        figure(figures, name, "downtime-no-spare", "s", d.noSpare());
        figure(figures, name, "downtime-repair", "s", d.repair());
      }
    }
    for (Detector d : scenario.system().detectors()) {
      if (scenario.system().watchedGroups(d).isEmpty()) {
        continue; // a quorum's heartbeat settings only
      }
      DetectorAnalytics a = analytics.detector(d.name());
      figure(figures, d.name(), "detection-delay", "s", a.detectionDelay());
      figure(figures, d.name(), "detection-delay-p50", "s", a.detectionDelayP50());
      figure(figures, d.name(), "detection-delay-p99", "s", a.detectionDelayP99());
      figure(figures, d.name(), "false-suspicions-per-year", "1", a.falseSuspicionsPerYear());
      figure(figures, d.name(), "false-suspicion-length", "s", a.falseSuspicionLength());
    }
    if (scenario.traffic() != null) {
      TrafficAnalytics traffic = analytics.traffic();
      for (TrafficMetrics.Figure f : TrafficMetrics.figures(scenario.traffic().balancer()
          .hashesKeys())) {
        Analytic a = TrafficMetrics.analytic(f.name(), traffic);
        if (a.formula() != null) {
          figure(figures, TrafficMetrics.SCOPE, f.name(), f.unit(), a);
        }
      }
    }
    SystemChain chain = analytics.chain().orElse(null);
    if (chain == null && (!at.isEmpty() || states)) {
      throw new IllegalArgumentException(analytics.chainReason()
          + "; A(t) and state probabilities need every unit exponential or markov");
    }
    List<Solution.Point> points = new ArrayList<>();
    for (Map.Entry<String, Double> t : at.entrySet()) {
      SystemChain.AtTime state = chain.systemAt(t.getValue());
      points.add(new Solution.Point(t.getKey(), t.getValue(), state.availability(),
          state.unavailability()));
    }
    List<Solution.StateProbability> probabilities = new ArrayList<>();
    if (states) {
      double[] pi = chain.stationary();
      boolean[] up = chain.systemUpStates();
      for (int i = 0; i < pi.length; i++) {
        probabilities.add(new Solution.StateProbability(chain.describe(i), up[i], pi[i]));
      }
    }
    return new Solution(scenario, chain == null ? 0 : chain.size(), analytics.chainReason(),
        figures, points, probabilities);
  }

  /** Parses {@code 1h,1d,30d} into labelled times, keeping the order given. */
  public static Map<String, Double> times(List<String> labels) {
    Map<String, Double> times = new LinkedHashMap<>();
    for (String label : labels) {
      var seconds = Durations.parse(label);
      if (seconds.isEmpty() || !(seconds.getAsDouble() >= 0)) {
        throw new IllegalArgumentException("'" + label
            + "' is not a duration; give a number and a unit (ns us ms s m h d w y), e.g. 30d");
      }
      times.put(label.strip(), seconds.getAsDouble());
    }
    return times;
  }

  /**
   * The figures of one scope. Unavailability is the analytics' own number (down-state sums,
   * lower tails), and nines and downtime are read from it, so they keep their digits at eighteen
   * or thirty nines, where 1 − A would be 0.
   */
  private static void add(List<Solution.Figure> out, String scope, ScopeAnalytics a, boolean group) {
    figure(out, scope, "availability", "1", a.availability());
    figure(out, scope, "unavailability", "1", a.unavailability());
    if (group) {
      figure(out, scope, "unit-availability", "1", a.unitAvailability());
    }
    figure(out, scope, "failures-per-year", "1",
        a.failureFrequency().map(f -> f * Durations.YEAR, a.failureFrequency().formula()));
    figure(out, scope, "mtbf", "s", a.mtbf());
    figure(out, scope, "mttr", "s", a.mttr());
    figure(out, scope, "mttf", "s", a.mttf());
    figure(out, scope, "downtime-per-year", "s",
        a.unavailability().map(u -> u * Durations.YEAR, "U·1y"));
    figure(out, scope, "nines", "1", a.unavailability().map(u -> -Math.log10(u), "-log10(U)"));
  }

  private static void figure(List<Solution.Figure> out, String scope, String name, String unit,
      Analytic a) {
    out.add(new Solution.Figure(scope, name, unit, a.value(), a.formula()));
  }
}
