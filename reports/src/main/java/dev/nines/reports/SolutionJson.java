package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.nines.scenarios.experiment.Solution;
import java.io.IOException;

/**
 * The {@code nines solve --json} document: the scenario's settings, {@code states} (0 without an
 * exact chain) and {@code method}, {@code metrics} as in DESIGN.md §6 but with {@code value} instead
 * of a simulated mean (among them {@code unavailability}, with full precision, per scope),
 * {@code transient} points {@code {t, label, availability, unavailability}} and, when asked,
 * {@code probabilities} of every state.
 */
public final class SolutionJson {

  private SolutionJson() {}

  public static String render(Solution solution) {
    return Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("scenario", solution.scenario().name());
      json.writeNumberField("states", solution.states());
      json.writeStringField("method", solution.states() > 0 ? "CTMC" : solution.chainReason());
      json.writeArrayFieldStart("metrics");
      for (Solution.Figure f : solution.figures()) {
        json.writeStartObject();
        json.writeStringField("scope", f.scope());
        json.writeStringField("name", f.name());
        json.writeStringField("unit", f.unit());
        Json.number(json, "value", f.value() == null ? Double.NaN : f.value());
        json.writeStringField("formula", f.formula());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("transient");
      for (Solution.Point p : solution.overTime()) {
        json.writeStartObject();
        json.writeStringField("label", p.label());
        json.writeNumberField("t", p.time());
        Json.number(json, "availability", p.availability());
        Json.number(json, "unavailability", p.unavailability());
        json.writeEndObject();
      }
      json.writeEndArray();
      writeProbabilities(json, solution);
      json.writeEndObject();
    });
  }

  private static void writeProbabilities(JsonGenerator json, Solution solution) throws IOException {
    json.writeArrayFieldStart("probabilities");
    for (Solution.StateProbability p : solution.probabilities()) {
      json.writeStartObject();
      json.writeStringField("state", p.state());
      json.writeBooleanField("up", p.up());
      json.writeNumberField("probability", p.probability());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
