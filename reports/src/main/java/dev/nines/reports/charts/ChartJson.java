package dev.nines.reports.charts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Chart} as JSON, for {@code results.json}: so {@code nines report} can draw a saved result
 * again. Keys in a fixed order; kinds and styles in lower case; NaN (and infinite) numbers are
 * written as null and read back as NaN.
 *
 * <pre>
 * {"id", "kind", "title", "x": {"label", "unit", "log"}, "y": {...}, "value": {...} | null,
 *  "categories": [...],
 *  "series": [{"label", "group", "style", "x": [...] | null, "y": [...], "low", "high", "z"}],
 *  "markers": [{"label", "value", "axis": "x" | "y", "style"}]}
 * </pre>
 */
public final class ChartJson {

  private ChartJson() {}

  /** Writes the chart as one JSON object. */
  public static void write(JsonGenerator json, Chart chart) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", chart.id());
    json.writeStringField("kind", chart.kind().name().toLowerCase(Locale.ROOT));
    json.writeStringField("title", chart.title());
    writeAxis(json, "x", chart.x());
    writeAxis(json, "y", chart.y());
    writeAxis(json, "value", chart.value());
    json.writeArrayFieldStart("categories");
    for (String category : chart.categories()) {
      json.writeString(category);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("series");
    for (Series s : chart.series()) {
      json.writeStartObject();
      json.writeStringField("label", s.label());
      json.writeStringField("group", s.group());
      json.writeStringField("style", s.style().name().toLowerCase(Locale.ROOT));
      writeNumbers(json, "x", s.x());
      writeNumbers(json, "y", s.y());
      writeNumbers(json, "low", s.low());
      writeNumbers(json, "high", s.high());
      writeNumbers(json, "z", s.z());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("markers");
    for (Marker m : chart.markers()) {
      json.writeStartObject();
      json.writeStringField("label", m.label());
      json.writeNumberField("value", m.value());
      json.writeStringField("axis", m.onX() ? "x" : "y");
      json.writeStringField("style", m.style().name().toLowerCase(Locale.ROOT));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Reads a chart written by {@link #write}.
   *
   * @throws IllegalArgumentException when a field is missing or of the wrong type, or the chart is
   *     not valid (an unknown kind, a bad id)
   */
  public static Chart read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a chart must be a JSON object");
    }
    String id = text(node, "id", "chart");
    String where = "chart " + id;
    List<String> categories = new ArrayList<>();
    for (JsonNode c : array(node, "categories", where)) {
      categories.add(c.asText());
    }
    List<Series> series = new ArrayList<>();
    for (JsonNode s : array(node, "series", where)) {
      series.add(readSeries(s, where));
    }
    List<Marker> markers = new ArrayList<>();
    for (JsonNode m : array(node, "markers", where)) {
      markers.add(readMarker(m, where));
    }
    JsonNode value = node.get("value");
    return new Chart(id,
        constant(Chart.Kind.class, text(node, "kind", where), where),
        text(node, "title", where),
        readAxis(node.get("x"), where + ": x"),
        readAxis(node.get("y"), where + ": y"),
        value == null || value.isNull() ? null : readAxis(value, where + ": value"),
        categories, series, markers);
  }

  private static void writeAxis(JsonGenerator json, String field, Axis axis) throws IOException {
    if (axis == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    json.writeStringField("label", axis.label());
    json.writeStringField("unit", axis.unit());
    json.writeBooleanField("log", axis.log());
    json.writeEndObject();
  }

  private static void writeNumbers(JsonGenerator json, String field, double[] values)
      throws IOException {
    if (values == null) {
      json.writeNullField(field);
      return;
    }
    json.writeArrayFieldStart(field);
    for (double v : values) {
      if (Double.isFinite(v)) {
        json.writeNumber(v);
      } else {
        json.writeNull();
      }
    }
    json.writeEndArray();
  }

  private static Axis readAxis(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": the axis must be an object");
    }
    JsonNode log = node.get("log");
    return new Axis(text(node, "label", where), text(node, "unit", where),
        log != null && log.asBoolean());
  }

  private static Series readSeries(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": a series must be an object");
    }
    String label = text(node, "label", where);
    String at = where + ", series " + label;
    double[] y = numbers(node, "y", at);
    if (y == null) {
      throw new IllegalArgumentException(at + ": no \"y\" values");
    }
    return new Series(label, text(node, "group", at),
        constant(Style.class, text(node, "style", at), at),
        numbers(node, "x", at), y, numbers(node, "low", at), numbers(node, "high", at),
        numbers(node, "z", at));
  }

  private static Marker readMarker(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": a marker must be an object");
    }
    String label = text(node, "label", where);
    String at = where + ", marker " + label;
    JsonNode value = node.get("value");
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(at + ": \"value\" must be a number");
    }
    String axis = text(node, "axis", at);
    if (!axis.equals("x") && !axis.equals("y")) {
      throw new IllegalArgumentException(at + ": \"axis\" must be \"x\" or \"y\", got " + axis);
    }
    return new Marker(label, value.asDouble(), axis.equals("x"),
        constant(Style.class, text(node, "style", at), at));
  }

  /** A number array, null when absent or null; null elements are NaN. */
  private static double[] numbers(JsonNode node, String field, String where) {
    JsonNode array = node.get(field);
    if (array == null || array.isNull()) {
      return null;
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array of numbers");
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = array.get(i);
      if (v.isNull()) {
        values[i] = Double.NaN;
      } else if (v.isNumber()) {
        values[i] = v.asDouble();
      } else {
        throw new IllegalArgumentException(where + ": \"" + field + "\" holds a non-number: " + v);
      }
    }
    return values;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private static JsonNode array(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
    }
    return value;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(where + ": unknown " + type.getSimpleName().toLowerCase(
        Locale.ROOT) + " \"" + name + "\"");
  }
}
