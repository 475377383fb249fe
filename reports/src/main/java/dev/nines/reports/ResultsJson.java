package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartJson;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.StartRemark;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parts {@link JsonResults} and {@link ComparisonJson} share: the settings that open the
 * document, and what {@code nines run -o DIR} appends for the report (description, provenance,
 * the scenario's text and the charts).
 */
final class ResultsJson {

  private ResultsJson() {}

  /** {@code scenario, seed, replications, confidence, horizon, warmup}. */
  static void settings(JsonGenerator json, Scenario s) throws IOException {
    json.writeStringField("scenario", s.name());
    json.writeNumberField("seed", s.seed());
    json.writeNumberField("replications", s.replications());
    json.writeNumberField("confidence", s.confidence());
    json.writeNumberField("horizon", s.horizon());
    json.writeNumberField("warmup", s.warmup());
    json.writeStringField("start", s.start().text());
    json.writeStringField("start-remark", StartRemark.of(s));
  }

  /**
   * {@code description, provenance, source, structure, charts}: the report's keys, after the
   * results ({@code structure} is {@link StructureJson}'s, for the block diagram).
   */
  static Json.Body report(Scenario s, Provenance provenance, String scenarioText,
      List<Chart> charts) {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(scenarioText, "scenarioText");
    Set<String> ids = new HashSet<>();
    for (Chart chart : charts) {
      if (chart.id().equals("structure")) {
        throw new IllegalArgumentException("the chart id structure is the block diagram's");
      }
      if (!ids.add(chart.id())) {
        throw new IllegalArgumentException("two charts with the id " + chart.id());
      }
    }
    return json -> {
      json.writeStringField("description", s.description());
      json.writeFieldName("provenance");
      provenance.write(json);
      json.writeStringField("source", scenarioText);
      StructureJson.write(json, s);
      json.writeArrayFieldStart("charts");
      for (Chart chart : charts) {
        ChartJson.write(json, chart);
      }
      json.writeEndArray();
    };
  }
}
