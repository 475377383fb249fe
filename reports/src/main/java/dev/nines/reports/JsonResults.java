package dev.nines.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The {@code --json} document of DESIGN.md §6: one object with the run's settings and its metrics.
 * Times in seconds; unknown numbers (no interval, no analytic value) are null. Keys come in a fixed
 * order, so the same result is always the same bytes.
 */
public final class JsonResults {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonResults() {}

  public static String render(ExperimentResult result) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      Separators separators = Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators)
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      json.setPrettyPrinter(pretty);
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void writeMetric(JsonGenerator json, MetricResult m) throws IOException {
    json.writeStartObject();
    json.writeStringField("scope", m.scope());
    json.writeStringField("name", m.name());
    json.writeStringField("unit", m.unit());
    number(json, "mean", m.mean());
    number(json, "low", m.low());
    number(json, "high", m.high());
    json.writeNumberField("n", m.n());
    number(json, "analytic", m.analytic() == null ? Double.NaN : m.analytic());
    json.writeStringField("formula", m.formula());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(field, value);
    } else {
      json.writeNullField(field);
    }
  }
}
