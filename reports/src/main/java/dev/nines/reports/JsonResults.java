package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.io.IOException;

/**
 * The {@code --json} document of DESIGN.md §6: one object with the run's settings and its metrics.
 * Times in seconds; unknown numbers (no interval, no analytic value) are null. Keys come in a fixed
 * order, so the same result is always the same bytes.
 */
public final class JsonResults {

  private JsonResults() {}

  public static String render(ExperimentResult result) {
    return Json.write(json -> {
      Scenario s = result.scenario();
      json.writeStartObject();
      json.writeStringField("scenario", s.name());
      json.writeNumberField("seed", s.seed());
      json.writeNumberField("replications", s.replications());
      json.writeNumberField("confidence", s.confidence());
      json.writeNumberField("horizon", s.horizon());
      json.writeNumberField("warmup", s.warmup());
      json.writeArrayFieldStart("metrics");
      for (MetricResult m : result.metrics()) {
        writeMetric(json, m);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** One metric object: scope, name, unit, mean, low, high, n, analytic, formula. */
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
    json.writeStringField("formula", m.formula());
    json.writeEndObject();
  }
}
