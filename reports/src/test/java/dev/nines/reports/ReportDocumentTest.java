package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** results.json written by the renders and read back for the page. */
class ReportDocumentTest {

  @Test
  void runReadsBackSettingsFiguresProvenanceSourceAndCharts() throws Exception {
    ReportDocument doc = ReportDocument.parse(Fixtures.runJson());
    assertEquals(ReportDocument.Kind.RUN, doc.kind());
    assertEquals("run", doc.kind().word());
    assertEquals("<script>alert(1)</script>", doc.title());
    assertEquals("two servers & <img src=x onerror=alert(2)>", doc.description());
    assertEquals(List.of(new ReportDocument.Setting("seed", "5"),
        new ReportDocument.Setting("replications", "4"),
        new ReportDocument.Setting("confidence", "95 %"),
        new ReportDocument.Setting("horizon", "1.667m"),
        new ReportDocument.Setting("warm-up", "10s")), doc.settings());
    assertEquals(Fixtures.YAML, doc.source());
    assertEquals(Fixtures.provenance(), doc.provenance());
    assertEquals(Fixtures.charts(), doc.charts());

    assertEquals(1, doc.sections().size());
    ReportDocument.Section results = doc.sections().get(0);
    assertEquals("Results", results.heading());
    assertEquals(Fixtures.run().metrics(), results.metrics());
    MetricResult p99 = results.metrics().get(2);
    assertTrue(Double.isNaN(p99.low()));
    assertNull(p99.analytic());
    assertNull(p99.formula());
  }

  @Test
  void comparisonHasOneSectionPerRunAndPerDifference() throws Exception {
    String json = ComparisonJson.render(Fixtures.comparison(), Fixtures.provenance(),
        Fixtures.YAML, List.of());
    ReportDocument doc = ReportDocument.parse(json);
    assertEquals(ReportDocument.Kind.COMPARE, doc.kind());
    List<String> headings = doc.sections().stream().map(ReportDocument.Section::heading).toList();
    assertEquals(List.of("random at load 0.5", "least-connections at load 0.5",
        "least-connections − random at load 0.5"), headings);
    assertEquals(Fixtures.comparison().variants().get(1).differences(),
        doc.sections().get(2).metrics());
    assertEquals(new ReportDocument.Setting("baseline", "random"), doc.settings().get(5));
    assertTrue(doc.charts().isEmpty());
  }

  @Test
  void aComparisonWithoutLoadsHeadsEachRunWithItsBalancer() throws Exception {
    String json = ComparisonJson.render(Fixtures.comparison()).replace("\"load\": 0.5", "\"load\": null");
    List<String> headings = ReportDocument.parse(json).sections().stream()
        .map(ReportDocument.Section::heading).toList();
    assertEquals(List.of("random", "least-connections", "least-connections − random"), headings);
  }

  @Test
  void plainJsonOutputReadsWithoutTheReportsKeys() throws Exception {
    ReportDocument doc = ReportDocument.parse(JsonResults.render(Fixtures.run()));
    assertEquals("", doc.description());
    assertEquals("", doc.source());
    assertNull(doc.provenance());
    assertTrue(doc.charts().isEmpty());
    assertEquals(3, doc.sections().get(0).metrics().size());
  }

  @Test
  void theReportsKeysComeAfterTheResultsAndPlainOutputIsUnchanged() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Fixtures.runJson());
    assertEquals(List.of("scenario", "seed", "replications", "confidence", "horizon", "warmup",
        "start", "start-remark", "metrics", "description", "provenance", "source", "structure",
        "charts"),
        fields(doc));
    assertEquals(List.of("scenario-file", "scenario-sha256", "seed", "replications", "version",
        "jdk"), fields(doc.get("provenance")));
    assertEquals(64, doc.get("provenance").get("scenario-sha256").asText().length());
    String plain = JsonResults.render(Fixtures.run());
    String full = Fixtures.runJson();
    int metricsEnd = plain.lastIndexOf("]");
    assertEquals(plain.substring(0, metricsEnd + 1), full.substring(0, metricsEnd + 1),
        "the extended document starts as the plain one");
    assertEquals(Fixtures.runJson(), full, "same bytes");
  }

  @Test
  void plainOutputIsTheSameBytesAsBefore() throws Exception {
    String expected = """
        {
          "scenario": "<script>alert(1)</script>",
          "seed": 5,
          "replications": 4,
          "confidence": 0.95,
          "horizon": 100.0,
          "warmup": 10.0,
          "start": "new",
          "start-remark": null,
          "metrics": [
            {
              "scope": "app",
              "name": "outage-p99",
              "unit": "s",
              "mean": 12.0,
              "low": null,
              "high": null,
              "n": 4,
              "analytic": null,
              "formula": null,
              "note": null,
              "verdict": null
            }
          ]
        }
        """;
    var one = new dev.nines.scenarios.experiment.ExperimentResult(Fixtures.scenario(),
        List.of(Fixtures.run().metrics().get(2)));
    assertEquals(expected, JsonResults.render(one));
  }

  @Test
  void sha256IsHex() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Provenance.sha256(new byte[0]));
  }

  @Test
  void badJsonIsRefusedClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportDocument.parse("{\"scenario\": "));
    assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ReportDocument.parse("[1, 2]"));
    assertTrue(e.getMessage().contains("JSON object"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ReportDocument.parse("{\"scenario\": \"x\"}"));
    assertTrue(e.getMessage().contains("\"metrics\""), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ReportDocument.parse("{\"scenario\": \"x\", \"metrics\": [{\"name\": \"a\"}]}"));
    assertTrue(e.getMessage().contains("\"scope\""), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ReportDocument.parse(""));
    assertTrue(e.getMessage().contains("JSON"), e.getMessage());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
