package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.reports.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts written to JSON and read back. */
class ChartJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The shared charts: one of each kind, with the awkward values a round trip must keep. */
  static List<Chart> charts() {
    return Fixtures.charts();
  }

  private static String write(Chart chart) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      ChartJson.write(json, chart);
    }
    return text.toString();
  }

  @Test
  void everyKindReadsBackEqual() throws IOException {
    List<Chart.Kind> kinds = new ArrayList<>();
    for (Chart chart : charts()) {
      Chart back = ChartJson.read(MAPPER.readTree(write(chart)));
      assertEquals(chart, back, chart.id());
      assertEquals(write(chart), write(back), "same bytes again: " + chart.id());
      kinds.add(chart.kind());
    }
    assertEquals(List.of(Chart.Kind.values()), kinds, "one chart of each kind");
  }

  @Test
  void shapeHasFixedKeysLowerCaseNamesAndNullsForNaN() throws IOException {
    JsonNode node = MAPPER.readTree(write(charts().get(0)));
    assertEquals(List.of("id", "kind", "title", "x", "y", "value", "categories", "series",
        "markers"), fields(node));
    assertEquals("intervals", node.get("kind").asText());
    assertTrue(node.get("value").isNull());
    assertEquals(List.of("label", "unit", "log"), fields(node.get("x")));
    JsonNode formula = node.get("series").get(1);
    assertEquals(List.of("label", "group", "style", "x", "y", "low", "high", "z"),
        fields(formula));
    assertEquals("analytic", formula.get("style").asText());
    assertTrue(formula.get("x").isNull());
    assertTrue(formula.get("y").get(1).isNull(), "NaN is null");
    assertTrue(formula.get("low").isNull());

    JsonNode marker = MAPPER.readTree(write(charts().get(1))).get("markers").get(0);
    assertEquals(List.of("label", "value", "axis", "style"), fields(marker));
    assertEquals("y", marker.get("axis").asText());
    assertEquals("target", marker.get("style").asText());
  }

  @Test
  void nullReadsBackAsNaN() throws IOException {
    Chart back = ChartJson.read(MAPPER.readTree(write(charts().get(1))));
    Series band = back.series().get(0);
    assertTrue(Double.isNaN(band.low()[2]));
    assertArrayEquals(new double[] {0.5, 0.7, 0.9}, band.x());
    assertNull(back.series().get(1).low());
  }

  @Test
  void badChartsAreRefusedWithTheField() throws IOException {
    JsonNode node = MAPPER.readTree(write(charts().get(0)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("kind", "pie");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartJson.read(node));
    assertTrue(e.getMessage().contains("pie"), e.getMessage());

    JsonNode noTitle = MAPPER.readTree(write(charts().get(0)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) noTitle).remove("title");
    e = assertThrows(IllegalArgumentException.class, () -> ChartJson.read(noTitle));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
