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
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts written to JSON and read back. */
class ChartJsonTest {

  private static final double NAN = Double.NaN;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Chart> charts() {
    Chart intervals = new Chart("availability", Chart.Kind.INTERVALS, "Availability",
        Axis.linear("Scope", "1"), Axis.linear("Availability", "1"), null,
        List.of("system", "app"),
        List.of(Series.values("simulated", Style.SIMULATED, new double[] {0.9994, 0.9991},
                new double[] {0.9990, 0.9985}, new double[] {0.9998, 0.9997}),
            Series.values("formula", Style.ANALYTIC, new double[] {0.9995, NAN}, null, null)),
        List.of());
    Chart lines = new Chart("response-by-load", Chart.Kind.LINES, "Response time by load",
        Axis.linear("Load", "1"), Axis.log("Response time", "s"), null, List.of(),
        List.of(Series.band("random", "random", new double[] {0.5, 0.7, 0.9},
                new double[] {0.02, 0.03, 0.1}, new double[] {0.019, 0.028, NAN},
                new double[] {0.021, 0.032, NAN}),
            Series.line("formula", "random", Style.ANALYTIC, new double[] {0.5, 0.7, 0.9},
                new double[] {0.02, 1e-300, NAN})),
        List.of(Marker.atY("SLO", 0.05, Style.TARGET), Marker.atX("knee", 0.8, Style.ANALYTIC)));
    Chart histogram = new Chart("outages-system", Chart.Kind.HISTOGRAM, "Outage durations",
        Axis.linear("Outage", "s"), Axis.linear("Count", "1"), null, List.of(),
        List.of(Series.line("outages", "outages", Style.SIMULATED,
            new double[] {0, 10, 20, 30}, new double[] {5, 3, 1})),
        List.of(Marker.atX("p99", 27.5, Style.SIMULATED)));
    Chart pareto = new Chart("downtime-causes", Chart.Kind.PARETO, "Downtime by cause",
        Axis.linear("Cause", "1"), Axis.linear("Downtime", "%"), null,
        List.of("db", "app \"main\""),
        List.of(Series.values("downtime", Style.SIMULATED, new double[] {0.6, 0.4}, null, null)),
        List.of());
    Chart heatmap = new Chart("grid", Chart.Kind.HEATMAP, "Availability by MTTR",
        Axis.log("MTTR", "s"), Axis.linear("Servers", "1"), Axis.linear("Availability", "1"),
        List.of(),
        List.of(new Series("grid", "grid", Style.SIMULATED, new double[] {60, 600, 60, 600},
            new double[] {1, 1, 2, 2}, null, null, new double[] {0.999, 0.99, 0.99999, NAN})),
        List.of());
    return List.of(intervals, lines, histogram, pareto, heatmap);
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
