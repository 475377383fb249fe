package dev.nines.scenarios.experiment;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Analytics;
import dev.nines.models.analytics.SystemChain;
import dev.nines.models.analytics.TrafficAnalytics;
import dev.nines.models.detectors.Detector;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.TrafficObservation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Gathers the {@link Details} of an experiment from its replications, in replication order. */
final class DetailsCollector {

  /** How many points the transient availability curve has. */
  static final int GRID_POINTS = 41;

  private DetailsCollector() {}

  /**
   * Times at which to look at the system for its A(t) curve: from 0 to ten times its slowest
   * repair (the time over which A(t) settles to its steady state), or the whole horizon when the
   * repairs are not known or faults are scripted; never past the horizon.
   */
  static double[] transientGrid(Scenario scenario) {
    double slowest = 0;
    for (ComponentGroup group : scenario.system().groups()) {
      if (group.fails() && !group.isMarkov()) {
        slowest = Math.max(slowest, group.repair().mean());
      }
    }
    Analytic mttr = Experiment.analytics(scenario).system().mttr();
    if (mttr.hasValue()) {
      slowest = Math.max(slowest, mttr.value());
    }
    double end = slowest > 0 && Double.isFinite(slowest) && scenario.faults().isEmpty()
        ? Math.min(scenario.horizon(), 10 * slowest) : scenario.horizon();
    double[] grid = new double[GRID_POINTS];
    for (int i = 0; i < GRID_POINTS; i++) {
      grid[i] = end * i / (GRID_POINTS - 1);
    }
    return grid;
  }

  static Details collect(Scenario scenario, List<Replication> replications,
      double[] grid, int gridOffset) {
    SystemModel model = scenario.system();
    double level = scenario.confidence();
    Map<String, double[]> outages = new LinkedHashMap<>();
    outages.put(AvailabilitySimulation.SYSTEM, pool(replications, r -> r.scopes().get(0).outages()));
    List<ComponentGroup> groups = model.groups();
    for (int g = 0; g < groups.size(); g++) {
      int index = g + 1;
      outages.put(groups.get(g).name(), pool(replications, r -> r.scopes().get(index).outages()));
    }
    List<Structure> nodes = model.failoverNodes();
    Map<String, double[]> elections = new LinkedHashMap<>();
    int quorum = 0;
    for (int n = 0; n < nodes.size(); n++) {
      int index = groups.size() + 1 + n;
      String scope = SystemModel.scopeOf(nodes.get(n));
      outages.put(scope, pool(replications, r -> r.scopes().get(index).outages()));
      if (nodes.get(n) instanceof Structure.Quorum) {
        int q = quorum++;
        elections.put(scope, pool(replications, r -> r.quorums().get(q).electionTimes()));
      }
    }
    Map<String, double[]> delays = new LinkedHashMap<>();
    List<Detector> detectors = model.detectors();
    for (int d = 0; d < detectors.size(); d++) {
      int index = d;
      if (!model.watchedGroups(detectors.get(d)).isEmpty()) {
        delays.put(detectors.get(d).name(),
            pool(replications, r -> r.detectors().get(index).detectionDelays()));
      }
    }
    double perYear = Durations.YEAR / scenario.observed();
    Map<String, Double> byGroup = shares(replications, DowntimeCauses::byGroup, perYear);
    Map<String, Double> byCause = shares(replications, DowntimeCauses::byCause, perYear);
    Curve availability = grid.length == 0 ? null
        : transientCurve(scenario, replications, grid, gridOffset, level);
    Curve quantiles = null;
    Curve success = null;
    if (scenario.traffic() != null) {
      List<TrafficObservation> traffic =
          replications.stream().map(Replication::traffic).toList();
      quantiles = responseQuantiles(traffic, Experiment.trafficAnalytics(scenario), level);
      success = successOverTime(traffic, Experiment.trafficAnalytics(scenario), scenario.warmup(),
          level);
    }
    return new Details(outages, delays, elections, availability, byGroup, byCause, quantiles,
        success);
  }

  /**
   * The response time at each quantile level: of all served requests pooled, with the sectioning
   * interval of the figures (TrafficMetrics), never below 0, beside the formula's.
   */
  static Curve responseQuantiles(List<TrafficObservation> traffic, TrafficAnalytics analytics,
      double level) {
    double[] levels = TrafficObservation.QUANTILE_LEVELS;
    ConfidenceInterval[] intervals = TrafficMetrics.quantiles(traffic, levels,
        (o, i) -> o.responseQuantiles()[i], level);
    int n = levels.length;
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = intervals[i].mean();
      low[i] = intervals[i].low();
      high[i] = intervals[i].high();
      Analytic a = analytics.responseQuantile(levels[i]);
      exact[i] = a.hasValue() ? a.value() : Double.NaN;
    }
    String formula = analytics.responseQuantile(0.5).formula();
    return new Curve(levels, mean, low, high, exact, formula == null ? "" : formula);
  }

  /**
   * The share of requests served by arrival time, Σserved / Σrequests over the replications in each
   * bucket (a share, as the success ratio: inside [0, 1], one-sided where none failed), beside the
   * steady-state formula's.
   */
  static Curve successOverTime(List<TrafficObservation> traffic, TrafficAnalytics analytics,
      double warmup, double level) {
    double width = traffic.get(0).bucketWidth();
    int n = TrafficObservation.BUCKETS;
    double[] x = new double[n];
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double[] exact = new double[n];
    // Per bucket of settled requests: 1 − P_drop, without the run's in-flight term (those still
    // pending at the horizon are in no bucket).
    Analytic formula = analytics.dropRatio().map(d -> 1 - d, "1 − P_drop, "
        + analytics.dropRatio().formula());
    for (int b = 0; b < n; b++) {
      x[b] = warmup + (b + 0.5) * width;
      double[] served = new double[traffic.size()];
      double[] requests = new double[traffic.size()];
      for (int r = 0; r < served.length; r++) {
        served[r] = traffic.get(r).servedByBucket()[b];
        requests[r] = traffic.get(r).requestsByBucket()[b];
      }
      ConfidenceInterval ci = Estimates.share(served, requests, level);
      mean[b] = ci.mean();
      low[b] = ci.low();
      high[b] = ci.high();
      exact[b] = formula.hasValue() ? formula.value() : Double.NaN;
    }
    return new Curve(x, mean, low, high, exact,
        formula.formula() == null ? "" : formula.formula());
  }

  private static Curve transientCurve(Scenario scenario, List<Replication> replications,
      double[] grid, int offset, double level) {
    Analytics analytics = Experiment.analytics(scenario);
    Function<Double, Analytic> exact = t -> Experiment.transientAvailability(scenario, analytics, t);
    String formula = exact.apply(grid[0]).formula();
    Curve byT = curve(grid, i -> exact.apply(grid[i]), formula, replications.size(),
        (r, i) -> replications.get(r).upAt()[offset + i] ? 1 : 0, level);
    // A share of replications: the exact binomial interval, which stays honest when every
    // replication is up (a t-interval would shrink to nothing there).
    double[] low = new double[grid.length];
    double[] high = new double[grid.length];
    int n = replications.size();
    for (int i = 0; i < grid.length; i++) {
      int up = (int) Math.round(byT.mean()[i] * n);
      ConfidenceInterval share = Estimates.proportion(up, n, level);
      low[i] = share.low();
      high[i] = share.high();
    }
    return new Curve(grid, byT.mean(), low, high, byT.analytic(), byT.formula());
  }

  /** Per replication r and point i, a value; the mean and interval per point. */
  private interface PointValue {
    double at(int replication, int point);
  }

  private static Curve curve(double[] x, java.util.function.IntFunction<Analytic> analytic,
      String formula, int replications, PointValue value, double level) {
    int n = x.length;
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double[] exact = new double[n];
    List<Integer> reps = java.util.stream.IntStream.range(0, replications).boxed().toList();
    for (int i = 0; i < n; i++) {
      int point = i;
      ConfidenceInterval ci = ConfidenceInterval.over(reps, r -> value.at(r, point), level);
      mean[i] = ci.mean();
      low[i] = ci.low();
      high[i] = ci.high();
      Analytic a = analytic.apply(i);
      exact[i] = a.hasValue() ? a.value() : Double.NaN;
    }
    return new Curve(x, mean, low, high, exact, formula == null ? "" : formula);
  }

  /** Every replication's samples in one array, in replication order (sized once: linear). */
  private static double[] pool(List<Replication> replications,
      Function<Replication, double[]> samples) {
    int total = 0;
    for (Replication r : replications) {
      total = Math.addExact(total, samples.apply(r).length);
    }
    double[] all = new double[total];
    int at = 0;
    for (Replication r : replications) {
      double[] more = samples.apply(r);
      System.arraycopy(more, 0, all, at, more.length);
      at += more.length;
    }
    return all;
  }

  /** Seconds charged per key in each replication, scaled to a year, averaged over replications. */
  private static Map<String, Double> shares(List<Replication> replications,
      Function<DowntimeCauses, Map<String, Double>> by, double perYear) {
    Map<String, Double> sums = new LinkedHashMap<>();
    for (Replication r : replications) {
      by.apply(r.causes()).forEach((k, v) -> sums.merge(k, v, Double::sum));
    }
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((k, v) -> means.put(k, v * perYear / replications.size()));
    return means;
  }

}
