package dev.nines.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A comparison's overview, read back from its {@code results.json}: every balancer (a column) at
 * every load (a block of rows), each figure's mean and interval, and each balancer's paired
 * difference against the baseline. One table instead of a table per run.
 *
 * @param baseline the balancer the others are measured against
 * @param balancers the balancers, the baseline first
 * @param loads the loads in the order run, each with one run per balancer
 */
public record CompareOverview(String baseline, List<String> balancers, List<Load> loads)
    implements Answer {

  /**
   * The runs at one load.
   *
   * @param load the offered load ρ, NaN when the scenario's own rate was used
   * @param arrivalRate λ, NaN when unknown
   * @param runs each balancer's figures, in the order of {@code balancers}
   * @param differences each balancer's paired difference against the baseline (none for the
   *     baseline itself), in the order of {@code balancers}
   */
  public record Load(double load, double arrivalRate, List<List<MetricResult>> runs,
      List<List<MetricResult>> differences) {

    public Load {
      runs = runs.stream().map(List::copyOf).toList();
      differences = differences.stream().map(List::copyOf).toList();
    }
  }

  public CompareOverview {
    balancers = List.copyOf(balancers);
    loads = List.copyOf(loads);
  }

  /** Every figure's name, in the order they first appear (a hash balancer adds keys-moved). */
  public List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (Load l : loads) {
      l.runs().forEach(run -> run.forEach(m -> names.add(m.name())));
    }
    return List.copyOf(names);
  }

  /**
   * The figures that are 0 under every balancer at every load (no drops, no timeouts, none seen in
   * any replication; their intervals are one-sided bounds): said once under the table rather than
   * as rows of zeros.
   */
  public List<String> zeros() {
    List<String> zeros = new ArrayList<>();
    for (String name : names()) {
      boolean zero = true;
      for (Load l : loads) {
        for (List<MetricResult> run : l.runs()) {
          MetricResult m = find(run, name);
          zero &= m != null && m.mean() == 0 && !(m.low() < 0);
        }
      }
      if (zero) {
        zeros.add(name);
      }
    }
    return zeros;
  }

  /** The figure of this name in a run, or null. */
  static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  /** "load 0.5", "" for the scenario's own rate. */
  static String at(double load) {
    return Double.isFinite(load) ? "load " + dev.nines.simulator.Durations.number(load) : "";
  }

  /** Reads the comparison's keys of a {@code results.json}. */
  static CompareOverview read(JsonNode root) {
    List<String> balancers = new ArrayList<>();
    Map<String, List<JsonNode>> byLoad = new LinkedHashMap<>();
    for (JsonNode run : root.path("runs")) {
      String balancer = run.path("balancer").asText();
      if (!balancers.contains(balancer)) {
        balancers.add(balancer);
      }
      byLoad.computeIfAbsent(run.path("load").asText(), k -> new ArrayList<>()).add(run);
    }
    Map<String, JsonNode> differences = new LinkedHashMap<>();
    for (JsonNode d : root.path("differences")) {
      differences.put(d.path("balancer").asText() + "@" + d.path("load").asText(), d);
    }
    List<Load> loads = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> group : byLoad.entrySet()) {
      List<List<MetricResult>> runs = new ArrayList<>();
      List<List<MetricResult>> diffs = new ArrayList<>();
      JsonNode first = group.getValue().get(0);
      for (String balancer : balancers) {
        JsonNode run = group.getValue().stream()
            .filter(r -> r.path("balancer").asText().equals(balancer)).findFirst().orElse(null);
        runs.add(run == null ? List.of() : ReportDocument.metrics(run, balancer));
        JsonNode d = differences.get(balancer + "@" + group.getKey());
        diffs.add(d == null ? List.of() : ReportDocument.metrics(d, balancer));
      }
      loads.add(new Load(number(first.get("load")), number(first.get("arrivalRate")), runs,
          diffs));
    }
    JsonNode baseline = root.get("baseline");
    return new CompareOverview(baseline == null || baseline.isNull()
        ? (balancers.isEmpty() ? "" : balancers.get(0)) : baseline.asText(), balancers, loads);
  }

  private static double number(JsonNode node) {
    return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
  }
}
