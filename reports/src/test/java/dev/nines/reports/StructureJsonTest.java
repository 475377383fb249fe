package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.reports.diagram.Block;
import dev.nines.reports.diagram.Figure;
import dev.nines.reports.diagram.SystemDiagram;
import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The structure in results.json and the diagram read back from it: each node's kind, scope and
 * analytic availability (checked against the structure function worked out here), and each block
 * labelled with the run's estimate where the run has its scope, else the analytic value.
 */
class StructureJsonTest {

  /** Two web servers, one enough; a database; in series. Exponential, repaired at once. */
  private static final String PAIR = """
      name: pair and database
      horizon: 1y
      replications: 2
      components:
        web: {count: 2, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
        db: {failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 5h}}
      system:
        series:
          - {atLeast: 1, of: web}
          - db
      """;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String json(String yaml, List<MetricResult> metrics) throws Exception {
    Scenario s = ScenarioLoader.parse(yaml, "test.yaml", Overrides.NONE);
    return JsonResults.render(new ExperimentResult(s, metrics),
        Provenance.of("test.yaml", yaml, s.seed(), s.replications(), "test"), yaml, List.of());
  }

  @Test
  void eachNodeCarriesItsScopeAndTheStructureFunctionsAvailability() throws Exception {
    JsonNode structure = MAPPER.readTree(json(PAIR, List.of())).get("structure");
    double uWeb = 10.0 / 110;
    double aWeb = 1 - uWeb * uWeb; // one of two independent units up
    double aDb = 1000.0 / 1005;
    JsonNode system = structure.get("system");
    assertEquals("series", system.get("kind").asText());
    assertEquals("system", system.get("scope").asText());
    assertEquals(aWeb * aDb, system.get("analytic").asDouble(), 1e-12);
    JsonNode web = system.get("parts").get(0);
    assertEquals("at-least", web.get("kind").asText());
    assertTrue(web.get("scope").isNull(), "1 of 2 web units is no scope");
    assertEquals(1, web.get("k").asInt());
    assertEquals(2, web.get("units").asInt());
    assertEquals(aWeb, web.get("analytic").asDouble(), 1e-12);
    JsonNode db = system.get("parts").get(1);
    assertEquals("group", db.get("kind").asText());
    assertEquals("db", db.get("scope").asText());
    assertEquals(aDb, db.get("analytic").asDouble(), 1e-12);
    assertTrue(structure.get("traffic").isNull());
  }

  @Test
  void blocksShowTheRunsEstimateWhereItHasTheScopeElseTheAnalyticValue() throws Exception {
    MetricResult system = Fixtures.metric("system", "availability", "1", 0.9891, 0.9880,
        0.9902, 0.989, "CTMC steady state");
    SystemDiagram d = ReportDocument.parse(json(PAIR, List.of(system))).structure();
    Block.Series root = (Block.Series) d.system();
    double exact = (1 - Math.pow(10.0 / 110, 2)) * 1000 / 1005;
    assertEquals(new Figure("0.9891", Figure.Source.SIMULATED, "interval [0.9880, 0.99020]; "
        + "analytic " + Values.format(exact, "1", "availability") + " (CTMC steady state)"),
        root.figure());
    Block.Unit web = (Block.Unit) root.parts().get(0);
    assertEquals("web", web.name());
    assertEquals(List.of("1 of 2"), web.details());
    assertEquals(2, web.units());
    assertEquals(Figure.Source.ANALYTIC, web.figure().source());
    assertEquals(Values.format(1 - Math.pow(10.0 / 110, 2), "1", "availability"),
        web.figure().value());
    Block.Unit db = (Block.Unit) root.parts().get(1);
    assertEquals(List.of(), db.details(), "one unit: nothing to count");
    assertEquals(Figure.Source.ANALYTIC, db.figure().source(), "the run has no db figure");
    assertTrue(d.basis().contains("simulated"), d.basis());
  }

  @Test
  void standbyQuorumAndTrafficAreRead() throws Exception {
    String yaml = """
        name: standby, quorum, traffic
        horizon: 1h
        replications: 2
        components:
          primary: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
          replica: {count: 2, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
          node: {count: 5, failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
          app: {count: 3}
        detectors:
          hb: {heartbeat: {interval: 1s, timeout: 3s}}
        system:
          series:
            - {standby: {name: db, active: primary, spares: replica, mode: warm, dormancy: 0.5, detector: hb}}
            - {quorum: {name: raft, of: node, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}}
            - {parallel: [app]}
        traffic:
          arrivals: {poisson: 90/s}
          service: {dist: exponential, mean: 10ms}
          servers: app
          balancer: power-of-two
          health: hb
        """;
    String text = json(yaml, List.of(
        Fixtures.metric("db", "availability", "1", 0.99, 0.98, 0.995, null, null),
        Fixtures.metric("traffic", "success-ratio", "1", 0.999, 0.998, 1, null, null)));
    SystemDiagram d = ReportDocument.parse(text).structure();
    Block.Series root = (Block.Series) d.system();
    Block.Parallel standby = (Block.Parallel) root.parts().get(0);
    assertEquals("standby db (warm)", standby.caption());
    assertEquals(Block.Junction.Kind.SWITCH, standby.junction().kind());
    assertEquals("hb", standby.detector());
    assertEquals(Figure.Source.SIMULATED, standby.figure().source());
    assertEquals(List.of("primary", "replica"),
        standby.parts().stream().map(b -> ((Block.Unit) b).name()).toList());
    assertEquals(List.of("2 spares, tried in turn"), ((Block.Unit) standby.parts().get(1)).details());
    Block.Unit raft = (Block.Unit) root.parts().get(1);
    assertEquals("raft", raft.name());
    assertEquals(List.of("quorum of node: 3 of 5", "instant heartbeats"), raft.details());
    Block.Parallel parallel = (Block.Parallel) root.parts().get(2);
    assertEquals(Block.Junction.Kind.JOIN, parallel.junction().kind());
    assertEquals("1", ((Block.Unit) parallel.parts().get(0)).figure().value(),
        "units that never fail: A = 1");
    List<SystemDiagram.Stop> stops = d.traffic().stops();
    assertEquals(List.of("requests", "balancer", "app"),
        stops.stream().map(SystemDiagram.Stop::name).toList());
    assertEquals(List.of("Poisson 90/s", "success 0.99900 (simulated)"), stops.get(0).details());
    assertEquals(List.of("power-of-two", "health: detector hb"), stops.get(1).details());
    assertEquals(List.of("3 servers, 1 worker each"), stops.get(2).details());
  }

  @Test
  void aComparisonShowsTheBalancersComparedAndAnalyticValues() throws Exception {
    String text = ComparisonJson.render(Fixtures.comparison(), Fixtures.provenance(),
        Fixtures.YAML, List.of());
    SystemDiagram d = ReportDocument.parse(text).structure();
    assertEquals(List.of("compared: random, least-connections", "knows at once who is down"),
        d.traffic().stops().get(1).details());
    assertEquals(Figure.Source.ANALYTIC, d.system().figure().source(),
        "the comparison's figures are its variants', not used");
    assertEquals("1", d.system().figure().value(), "servers that never fail");
    assertTrue(d.basis().contains("analytic"), d.basis());
  }

  @Test
  void aDocumentWithoutAStructureHasNoDiagram() throws Exception {
    JsonNode root = MAPPER.readTree(json(PAIR, List.of()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) root).remove("structure");
    ReportDocument doc = ReportDocument.parse(root.toString());
    assertNull(doc.structure());
    String html = ReportPage.html(doc, Map.of());
    assertFalse(html.contains("id=\"structure\""), html);
    assertFalse(ReportFiles.files(doc).containsKey("charts/structure.svg"));
  }

  @Test
  void thePageOpensWithTheDiagramAndItsFileIsWritten() throws Exception {
    ReportDocument doc = ReportDocument.parse(json(PAIR, List.of()));
    String html = ReportPage.html(doc, Map.of());
    int diagram = html.indexOf("<section id=\"structure\">");
    assertTrue(diagram > 0 && diagram < html.indexOf("<section id=\"settings\">"), html);
    assertTrue(html.contains("<svg class=\"structure\""), html);
    assertFalse(html.contains("http://"), "inline SVG names no namespace address");
    String svg = new String(ReportFiles.files(doc).get("charts/structure.svg"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg);
    assertTrue(svg.contains(">web</text>") && svg.contains(">1 of 2</text>"), svg);
  }
}
