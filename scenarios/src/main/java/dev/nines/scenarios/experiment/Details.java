package dev.nines.scenarios.experiment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the charts show beyond the figures: the shapes behind the means. Durations are pooled over
 * all replications; shares of downtime are seconds per year, the mean over replications.
 *
 * @param outages every outage's duration, per scope (the system, each group, each standby and
 *     quorum), in seconds, pooled over the replications in replication order
 * @param detectionDelays every detection delay, per detector
 * @param electionTimes every election's duration, per quorum
 * @param transientAvailability A(t) on a grid of times (the share of replications up, with its
 *     exact binomial, Clopper–Pearson, interval), with the uniformization curve; null when not
 *     asked for
 * @param downtimeByGroup the system's downtime charged to the group (or standby, quorum) whose
 *     change started each outage, seconds per year, in the order first charged
 * @param downtimeByCause the same downtime by what started it: failure, scripted fault, failover,
 *     election, initial state
 * @param responseQuantiles the served requests' response time at each level of the quantile grid
 *     (x = level, values in seconds), with the queueing formula's quantiles; null without traffic
 * @param successOverTime the share of requests served, by arrival time (x = the middle of each
 *     time bucket); null without traffic
 */
public record Details(
    Map<String, double[]> outages,
    Map<String, double[]> detectionDelays,
    Map<String, double[]> electionTimes,
    Curve transientAvailability,
    Map<String, Double> downtimeByGroup,
    Map<String, Double> downtimeByCause,
    Curve responseQuantiles,
    Curve successOverTime) {

  /** No details: for results built by hand. */
  public static final Details NONE = new Details(Map.of(), Map.of(), Map.of(), null, Map.of(),
      Map.of(), null, null);

  public Details {
    outages = copy(outages);
    detectionDelays = copy(detectionDelays);
    electionTimes = copy(electionTimes);
    downtimeByGroup = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(downtimeByGroup));
    downtimeByCause = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(downtimeByCause));
  }

  private static Map<String, double[]> copy(Map<String, double[]> samples) {
    Map<String, double[]> copy = new LinkedHashMap<>();
    samples.forEach((k, v) -> copy.put(k, v.clone()));
    return java.util.Collections.unmodifiableMap(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Details d && same(outages, d.outages)
        && same(detectionDelays, d.detectionDelays) && same(electionTimes, d.electionTimes)
        && java.util.Objects.equals(transientAvailability, d.transientAvailability)
        && downtimeByGroup.equals(d.downtimeByGroup) && downtimeByCause.equals(d.downtimeByCause)
        && java.util.Objects.equals(responseQuantiles, d.responseQuantiles)
        && java.util.Objects.equals(successOverTime, d.successOverTime);
  }

  private static boolean same(Map<String, double[]> a, Map<String, double[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(outages.keySet(), downtimeByGroup, downtimeByCause);
  }
}
