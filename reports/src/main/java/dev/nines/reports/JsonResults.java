package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.experiment.Diagnostics;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.PrecisionOutcome;
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
      if (result.method() != null) {
        json.writeStringField("method", result.method().method().text());
      }
      if (result.precision() != null) {
        writePrecision(json, result.precision());
      }
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
   * {@code "precision": {"goal": "10 %", "relative": true, "value": 0.1, "met": true, "achieved":
   * 0.081}}: the goal of {@code --precision} and what the unavailability reached (null when it
   * cannot be judged: no failure seen).
   */
  private static void writePrecision(JsonGenerator json, PrecisionOutcome p) throws IOException {
    json.writeObjectFieldStart("precision");
    json.writeStringField("goal", p.goal().text());
    json.writeBooleanField("relative", p.goal().relative());
    json.writeNumberField("value", p.goal().value());
    json.writeBooleanField("met", p.met());
    Json.number(json, "achieved", p.achieved());
    json.writeEndObject();
  }

  /**
   * One metric object: scope, name, unit, mean, low, high, n, analytic, formula, note, and for the
   * figures read from an unavailability its {@link Diagnostics}: relative-error (null when the
   * unavailability is 0: no estimate) and effective-sample-size (null for plain simulation, which
   * has no weights). A bound the data do not give (infinite: a one-sided interval) is null like an
   * unknown one; the note says which.
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
    String verdict = Values.verdict(m);
    json.writeStringField("verdict", verdict.isEmpty() ? null : verdict);
    Diagnostics d = m.diagnostics();
    if (d != null) {
      Json.number(json, "relative-error", d.relativeError());
      Json.number(json, "effective-sample-size", d.effectiveSampleSize());
    }
    json.writeEndObject();
  }
}
