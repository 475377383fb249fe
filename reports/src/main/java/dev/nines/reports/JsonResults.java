package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.io.IOException;
import java.util.List;

/**
 * The {@code --json} document of DESIGN.md §6: one object with the run's settings and its metrics.
 * Times in seconds; unknown numbers (no interval, no analytic value) are null. Keys come in a fixed
 * order, so the same result is always the same bytes.
 */
public final class JsonResults {

  private JsonResults() {}

  public static String render(ExperimentResult result) {
    return render(result, null);
  }

  /**
   * The {@code results.json} of {@code nines run -o DIR}: the document above followed by
   * {@code description}, {@code provenance}, {@code source} (the scenario's text) and
   * {@code charts}, from which {@code nines report} draws the page again.
   */
  public static String render(ExperimentResult result, Provenance provenance, String scenarioText,
      List<Chart> charts) {
    return render(result,
        ResultsJson.report(result.scenario(), provenance, scenarioText, charts));
  }

  private static String render(ExperimentResult result, Json.Body report) {
    return Json.write(json -> {
      json.writeStartObject();
      ResultsJson.settings(json, result.scenario());
      if (result.incomplete() != null) {
        json.writeStringField("incomplete", result.incomplete());
      }
      json.writeArrayFieldStart("metrics");
      for (MetricResult m : result.metrics()) {
        writeMetric(json, m);
      }
      json.writeEndArray();
      if (report != null) {
        report.write(json);
      }
      json.writeEndObject();
    });
  }

  /**
   * One metric object: scope, name, unit, mean, low, high, n, analytic, formula, note. A bound the
   * data do not give (infinite: a one-sided interval) is null like an unknown one; the note says
   * which.
   */
  static void writeMetric(JsonGenerator json, MetricResult m) throws IOException {
    json.writeStartObject();
    json.writeStringField("scope", m.scope());
    json.writeStringField("name", m.name());
    json.writeStringField("unit", m.unit());
    Json.number(json, "mean", m.mean());
    Json.number(json, "low", m.low());
    Json.number(json, "high", m.high());
    json.writeNumberField("n", m.n());
    Json.number(json, "analytic", m.analytic() == null ? Double.NaN : m.analytic());
    if (m.analyticError() > 0) {
      Json.number(json, "analytic-error", m.analyticError());
    }
    json.writeStringField("formula", m.formula());
    json.writeStringField("note", m.note());
    json.writeEndObject();
  }
}
