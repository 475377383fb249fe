package dev.nines.reports;

import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;

/**
 * The {@code nines compare --json} document: the run's settings, the {@code baseline} balancer,
 * {@code runs} (one per load and balancer, in that order, with the traffic figures) and
 * {@code differences} (each other balancer minus the baseline at the same load, paired per
 * replication). Metric objects as in DESIGN.md §6; unknown numbers are null; keys in a fixed order.
 */
public final class ComparisonJson {

  private ComparisonJson() {}

  public static String render(Comparison.Result result) {
    return render(result, null);
  }

  /**
   * The {@code results.json} of a comparison written to a directory: the document above followed by
   * {@code description}, {@code provenance}, {@code source} (the scenario's text) and
   * {@code charts}.
   */
  public static String render(Comparison.Result result, Provenance provenance,
      String scenarioText, List<Chart> charts) {
    return render(result,
        ResultsJson.report(result.scenario(), provenance, scenarioText, charts));
  }

  private static String render(Comparison.Result result, Json.Body report) {
    return Json.write(json -> {
      json.writeStartObject();
      ResultsJson.settings(json, result.scenario());
      json.writeStringField("baseline", result.baseline());
      json.writeArrayFieldStart("runs");
      for (Comparison.Variant v : result.variants()) {
        json.writeStartObject();
        json.writeStringField("balancer", v.balancer());
        Json.number(json, "load", v.load());
        Json.number(json, "arrivalRate", v.arrivalRate());
        json.writeArrayFieldStart("metrics");
        for (MetricResult m : v.metrics()) {
          JsonResults.writeMetric(json, m);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("differences");
      int per = result.balancers().size();
      for (int i = 0; i < result.variants().size(); i++) {
        if (i % per == 0) {
          continue; // the baseline itself
        }
        Comparison.Variant v = result.variants().get(i);
        json.writeStartObject();
        json.writeStringField("balancer", v.balancer());
        json.writeStringField("against", result.baseline());
        Json.number(json, "load", v.load());
        json.writeArrayFieldStart("metrics");
        for (MetricResult m : v.differences()) {
          JsonResults.writeMetric(json, m);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      if (report != null) {
        report.write(json);
      }
      json.writeEndObject();
    });
  }
}
