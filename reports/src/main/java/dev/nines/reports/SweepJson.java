package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nines.reports.charts.Chart;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodChoice;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Parameter;
import dev.nines.scenarios.sweep.Point;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import dev.nines.scenarios.sweep.Target;
import dev.nines.scenarios.sweep.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code nines sweep --json} document: the base scenario's settings, the {@code method}
 * asked ({@code --method}), the swept {@code parameters}, the {@code targets} and {@code cost},
 * then {@code points} (each {@code {"index", "set": {PATH: value}, "replications", "method",
 * "method-reason", "expected-failures", "metrics": [...], "meets", "cost"}}, a swept value as a
 * number where it has one, else as text; {@code method} the one the point ran with, {@code crude}
 * or {@code importance}, {@code method-reason} why, as {@code nines run} says it on stderr, and
 * {@code expected-failures} the system failures per replication expected, or null) and
 * {@code best} (the cheapest point meeting every target, or null). Metric objects as in
 * DESIGN.md §6.
 */
public final class SweepJson {

  private SweepJson() {}

  public static String render(Scenario base, Sweep sweep, List<PointResult> points) {
    return Json.write(json -> body(json, base, sweep, points, null));
  }

  /** The document with the report's keys (provenance, source, charts) after the results. */
  public static String render(Scenario base, Sweep sweep, List<PointResult> points,
      Provenance provenance, List<Chart> charts) {
    return Json.write(json -> body(json, base, sweep, points,
        ResultsJson.report(base, provenance, sweep.text(), charts)));
  }

  private static void body(JsonGenerator json, Scenario base, Sweep sweep,
      List<PointResult> points, Json.Body report) throws IOException {
    json.writeStartObject();
    ResultsJson.settings(json, base);
    json.writeStringField("method", sweep.method().text());
    json.writeArrayFieldStart("parameters");
    for (Parameter p : sweep.parameters()) {
      json.writeStartObject();
      json.writeStringField("path", p.path());
      json.writeArrayFieldStart("values");
      for (Value v : p.values()) {
        value(json, v);
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
    json.writeArrayFieldStart("points");
    for (PointResult p : points) {
      point(json, p);
    }
    json.writeEndArray();
    PointResult best = Sweep.best(points);
    json.writeFieldName("best");
    if (best == null) {
      json.writeNull();
    } else {
      point(json, best);
    }
    if (report != null) {
      report.write(json);
    }
    json.writeEndObject();
  }

  /** One point as one line of JSON: what points.jsonl holds. */
  public static String line(PointResult point) {
    return Json.line(json -> point(json, point));
  }

  static void point(JsonGenerator json, PointResult p) throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", p.point().index());
    json.writeObjectFieldStart("set");
    for (Map.Entry<String, Value> e : p.point().set().entrySet()) {
      json.writeFieldName(e.getKey());
      value(json, e.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("replications", p.replications());
    if (p.method() != null) {
      json.writeStringField("method", p.method().method().text());
      json.writeStringField("method-reason", p.method().why());
      Json.number(json, "expected-failures", p.method().expectedFailures());
    }
    json.writeArrayFieldStart("metrics");
    for (MetricResult m : p.metrics()) {
      JsonResults.writeMetric(json, m);
    }
    json.writeEndArray();
    json.writeFieldName("meets");
    if (p.meets() == null) {
      json.writeNull();
    } else {
      json.writeBoolean(p.meets());
    }
    Json.number(json, "cost", p.cost());
    json.writeEndObject();
  }

  /** A point read back from its JSON, its values matched to the sweep's own. */
  public static PointResult read(JsonNode node, Sweep sweep) {
    int index = node.path("index").asInt(-1);
    List<Point> grid = sweep.points();
    if (index < 0 || index >= grid.size()) {
      throw new IllegalArgumentException("a point with index " + node.path("index")
          + " is not in this sweep's grid of " + grid.size());
    }
    Point point = grid.get(index);
    JsonNode set = node.path("set");
    boolean same = set.size() == point.set().size();
    for (Map.Entry<String, Value> e : point.set().entrySet()) {
      JsonNode given = set.path(e.getKey());
      Value v = e.getValue();
      same &= v.isNumber() ? given.isNumber() && given.asDouble() == v.number()
          : given.isTextual() && given.asText().equals(v.text());
    }
    if (!same) {
      throw new IllegalArgumentException("point " + index + " was run with " + set
          + ", but this sweep has " + point.label() + " there");
    }
    List<MetricResult> metrics = ReportDocument.metrics(node, "point " + index);
    JsonNode meets = node.get("meets");
    JsonNode cost = node.get("cost");
    return new PointResult(point, node.path("replications").asInt(), metrics,
        meets == null || meets.isNull() ? null : meets.asBoolean(),
        cost == null || !cost.isNumber() ? Double.NaN : cost.asDouble(), method(node, index));
  }

  /** The method a point ran with, as {@link #point} wrote it; null for a point that says none. */
  private static MethodChoice method(JsonNode node, int index) {
    if (!node.hasNonNull("method")) {
      return null;
    }
    Method method = Method.parse(node.get("method").asText());
    if (method == Method.AUTO) {
      throw new IllegalArgumentException("point " + index + " says it ran with method auto, "
          + "which is chosen, not run");
    }
    JsonNode expected = node.get("expected-failures");
    return new MethodChoice(method,
        expected == null || !expected.isNumber() ? Double.NaN : expected.asDouble(),
        node.path("method-reason").asText(""));
  }

  /** A swept value: a whole number as one (3, not 3.0), any other number, or its text. */
  private static void value(JsonGenerator json, Value v) throws IOException {
    double x = v.number();
    if (v.isNumber() && x == Math.rint(x) && Math.abs(x) < 1e15) {
      json.writeNumber((long) x);
    } else if (v.isNumber()) {
      json.writeNumber(x);
    } else {
      json.writeString(v.text());
    }
  }

  /** The points' swept values, for tables and charts. */
  static List<String> labels(List<PointResult> points) {
    List<String> labels = new ArrayList<>();
    points.forEach(p -> labels.add(p.point().label()));
    return labels;
  }
}
