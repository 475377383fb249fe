package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.Precision;
import dev.nines.scenarios.sweep.Cost;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import dev.nines.scenarios.sweep.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep written down whole, as the first line of {@code points.jsonl}: the scenario's text and
 * everything that changes a point's results (parameters, targets, cost, precision, method, seed,
 * replications, horizon), with a key that is the SHA-256 of it. A sweep run again resumes only
 * from a file with its own key; {@code nines merge} rebuilds the sweep from the line alone.
 * Threads, shards and the output directory change nothing in the results and are not in it.
 */
public final class SweepDefinition {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SweepDefinition() {}

  /** The sweep's key: the SHA-256 of its definition. */
  public static String key(Sweep sweep) {
    return Provenance.sha256(definition(sweep).getBytes(StandardCharsets.UTF_8));
  }

  /** The header line: {@code {"sweep": KEY, "definition": {...}}}. */
  public static String header(Sweep sweep) {
    String definition = definition(sweep);
    return Json.line(json -> {
      json.writeStartObject();
      json.writeStringField("sweep", key(sweep));
      json.writeFieldName("definition");
      json.writeRawValue(definition);
      json.writeEndObject();
    });
  }

  /**
   * The sweep a header line describes.
   *
   * @throws IllegalArgumentException when the line is not a sweep's header, or its key does not
   *     match its definition
   */
  public static Sweep read(String header) {
    JsonNode root;
    try {
      root = MAPPER.readTree(header);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a sweep's first line: " + e.getMessage());
    }
    JsonNode d = root.path("definition");
    if (!d.isObject()) {
      throw new IllegalArgumentException("not a sweep's first line: no \"definition\"");
    }
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode p : d.path("parameters")) {
      List<Value> values = new ArrayList<>();
      for (JsonNode v : p.path("values")) {
        values.add(new Value(v.path("text").asText(),
            v.path("number").isNumber() ? v.path("number").asDouble() : Double.NaN));
      }
      parameters.add(new Parameter(p.path("path").asText(), values));
    }
    List<Target> targets = new ArrayList<>();
    d.path("targets").forEach(t -> targets.add(Target.parse(t.asText())));
    JsonNode cost = d.path("cost");
    Overrides overrides = new Overrides(
        d.path("seed").isNumber() ? d.path("seed").asLong() : null,
        d.path("replications").isNumber() ? d.path("replications").asInt() : null,
        d.path("horizon").isNumber() ? d.path("horizon").asDouble() : null,
        d.path("force").asBoolean(false));
    Sweep sweep = new Sweep(d.path("text").asText(), d.path("file").asText(), overrides,
        parameters, targets, cost.isTextual() ? Cost.parse(cost.asText()) : null,
        precision(d.path("precision")), d.path("max-replications").asInt(),
        method(d.path("method")));
    if (!key(sweep).equals(root.path("sweep").asText())) {
      throw new IllegalArgumentException("the sweep's key does not match its definition: the "
          + "file was changed by hand");
    }
    return sweep;
  }

  private static String definition(Sweep sweep) {
    return Json.line(json -> {
      json.writeStartObject();
      json.writeStringField("file", sweep.file());
      json.writeStringField("text", sweep.text());
      json.writeArrayFieldStart("parameters");
      for (Parameter p : sweep.parameters()) {
        json.writeStartObject();
        json.writeStringField("path", p.path());
        json.writeArrayFieldStart("values");
        for (Value v : p.values()) {
          json.writeStartObject();
          json.writeStringField("text", v.text());
          Json.number(json, "number", v.number());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("targets");
      for (Target t : sweep.targets()) {
        json.writeString(t.toString());
      }
      json.writeEndArray();
      json.writeStringField("cost", sweep.cost() == null ? null : sweep.cost().toString());
      precision(json, sweep.precision());
      json.writeNumberField("max-replications", sweep.maxReplications());
      if (sweep.method() != Method.CRUDE) { // sweeps were all crude before: their keys stay
        json.writeStringField("method", sweep.method().text());
      }
      Overrides o = sweep.overrides();
      optional(json, "seed", o.seed() == null ? null : o.seed().doubleValue());
      optional(json, "replications",
          o.replications() == null ? null : o.replications().doubleValue());
      optional(json, "horizon", o.horizon());
      json.writeBooleanField("force", o.force());
      json.writeEndObject();
    });
  }

  /**
   * {@code "precision"}: a number for an absolute half-width (as before relative goals, so the keys
   * of those sweeps stay), {@code {"relative": 0.1}} for a relative one, null for none.
   */
  private static void precision(JsonGenerator json, Precision precision) throws IOException {
    if (precision == null) {
      json.writeNullField("precision");
    } else if (precision.relative()) {
      json.writeObjectFieldStart("precision");
      json.writeNumberField("relative", precision.value());
      json.writeEndObject();
    } else {
      json.writeNumberField("precision", precision.value());
    }
  }

  /** The method asked; none written is plain simulation, as every sweep was before methods. */
  private static Method method(JsonNode node) {
    return node.isTextual() ? Method.parse(node.asText()) : Method.CRUDE;
  }

  private static Precision precision(JsonNode node) {
    if (node.isNumber()) {
      return Precision.absolute(node.asDouble());
    }
    if (node.isObject() && node.path("relative").isNumber()) {
      return Precision.relative(node.path("relative").asDouble());
    }
    return null;
  }

  private static void optional(JsonGenerator json, String field, Double value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      json.writeNumberField(field, value.longValue());
    } else {
      json.writeNumberField(field, value);
    }
  }
}
