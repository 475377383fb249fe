package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nines.models.SystemModel;
import dev.nines.models.analytics.Analytic;
import dev.nines.models.analytics.Analytics;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.Traffic;
import dev.nines.reports.diagram.Block;
import dev.nines.reports.diagram.Figure;
import dev.nines.reports.diagram.SystemDiagram;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code "structure"} object of results.json, from which the report draws its block diagram:
 * the scenario's structure as a tree, each node with the scope its figures are reported under
 * (null for a node that is no scope) and its analytic availability (null, with the reason as its
 * formula, where none applies), and the traffic path. So the diagram needs nothing but
 * results.json, and a report of a sweep or comparison shows its base scenario's.
 *
 * <pre>
 * "structure": {
 *   "system": NODE,
 *   "traffic": null | {"arrivals", "balancer", "health", "servers", "units", "workers"}
 * }
 * NODE: {"kind", "scope", "analytic", "formula", ...} with, by kind,
 *   group      "group", "units"
 *   at-least   "k" and either "group", "units" (k of a group's units) or "parts"
 *   series     "parts"          parallel   "parts"
 *   standby    "name", "mode", "detector", "active": NODE, "spares": [NODE...]
 *   quorum     "name", "group", "units", "majority", "heartbeat"
 * </pre>
 */
final class StructureJson {

  private StructureJson() {}

  /** Writes {@code "structure": {...}} for the scenario, its analytic values worked out here. */
  static void write(JsonGenerator json, Scenario scenario) throws IOException {
    SystemModel model = scenario.system();
    Analytics analytics = Experiment.analytics(scenario);
    json.writeObjectFieldStart("structure");
    json.writeFieldName("system");
    node(json, model.structure(), "system", model, analytics);
    json.writeFieldName("traffic");
    Traffic t = scenario.traffic();
    if (t == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeStringField("arrivals", arrivals(t.arrivals()));
      json.writeStringField("balancer", t.balancer().label());
      json.writeStringField("health", t.health());
      json.writeStringField("servers", t.servers());
      json.writeNumberField("units", model.group(t.servers()).count());
      json.writeNumberField("workers", t.workers());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void node(JsonGenerator json, Structure node, String scope, SystemModel model,
      Analytics analytics) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", kind(node));
    json.writeStringField("scope", scope);
    Analytic a = analytics.part(node).availability();
    Json.number(json, "analytic", a.hasValue() ? a.value() : Double.NaN);
    json.writeStringField("formula", a.formula());
    if (node instanceof Structure.Group g) {
      json.writeStringField("group", g.name());
      json.writeNumberField("units", model.group(g.name()).count());
    } else if (node instanceof Structure.AtLeastOfGroup a1) {
      json.writeNumberField("k", a1.k());
      json.writeStringField("group", a1.group());
      json.writeNumberField("units", model.group(a1.group()).count());
    } else if (node instanceof Structure.Standby s) {
      json.writeStringField("name", s.name());
      json.writeStringField("mode", s.mode().word());
      json.writeStringField("detector", s.detector());
      json.writeFieldName("active");
      node(json, new Structure.Group(s.active()), s.active(), model, analytics);
      json.writeArrayFieldStart("spares");
      for (String spare : s.spares()) {
        node(json, new Structure.Group(spare), spare, model, analytics);
      }
      json.writeEndArray();
    } else if (node instanceof Structure.Quorum q) {
      int units = model.group(q.group()).count();
      json.writeStringField("name", q.name());
      json.writeStringField("group", q.group());
      json.writeNumberField("units", units);
      json.writeNumberField("majority", Structure.Quorum.majority(units));
      json.writeStringField("heartbeat", q.heartbeat());
    } else {
      if (node instanceof Structure.AtLeast k) {
        json.writeNumberField("k", k.k());
      }
      json.writeArrayFieldStart("parts");
      for (Structure part : Structure.partsOf(node)) {
        node(json, part, scopeOf(part), model, analytics);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The scope a part's figures are reported under: a group's, a standby's or quorum's name. */
  private static String scopeOf(Structure part) {
    if (part instanceof Structure.Group g) {
      return g.name();
    }
    if (part instanceof Structure.Standby || part instanceof Structure.Quorum) {
      return SystemModel.scopeOf(part);
    }
    return null;
  }

  private static String kind(Structure node) {
    if (node instanceof Structure.Group) {
      return "group";
    } else if (node instanceof Structure.AtLeastOfGroup || node instanceof Structure.AtLeast) {
      return "at-least";
    } else if (node instanceof Structure.Series) {
      return "series";
    } else if (node instanceof Structure.Parallel) {
      return "parallel";
    } else if (node instanceof Structure.Standby) {
      return "standby";
    }
    return "quorum";
  }

  private static String arrivals(Arrivals arrivals) {
    if (arrivals instanceof Arrivals.Poisson p) {
      return "Poisson " + Durations.number(p.rate()) + "/s";
    }
    return "scripted, mean " + Durations.number(arrivals.meanRate()) + "/s";
  }

  /**
   * The diagram of a results document, or null when it has no {@code "structure"} (a document
   * written before the diagram, or the plain {@code --json} output). A run's blocks are labelled
   * with its estimates where it has their scopes; a comparison's and a sweep's (whose figures
   * belong to variants of the scenario) with analytic values, the balancers compared on the
   * traffic path and the swept settings in the caption.
   *
   * @throws IllegalArgumentException when the object is not one nines writes
   */
  static SystemDiagram diagram(JsonNode root, ReportDocument.Kind kind,
      List<ReportDocument.Section> sections) {
    List<MetricResult> simulated = kind == ReportDocument.Kind.RUN && !sections.isEmpty()
        ? sections.get(0).metrics() : List.of();
    String balancer = null;
    String basis;
    switch (kind) {
      case RUN:
        basis = "Each block's availability is simulated (green) where the run measured that "
            + "block (the system, each group, standby and quorum), else analytic (blue).";
        break;
      case COMPARE:
        java.util.Set<String> compared = new java.util.LinkedHashSet<>();
        root.path("runs").forEach(r -> compared.add(r.path("balancer").asText("")));
        balancer = "compared: " + String.join(", ", compared);
        basis = "The scenario's structure, the same for every balancer compared; the "
            + "availabilities are analytic (blue).";
        break;
      default:
        List<String> swept = new ArrayList<>();
        for (JsonNode p : root.path("parameters")) {
          List<String> values = new ArrayList<>();
          p.path("values").forEach(v -> values.add(v.isNumber()
              ? Durations.number(v.asDouble()) : v.asText()));
          swept.add(p.path("path").asText("") + " = " + String.join(", ", values));
        }
        basis = "The base scenario's structure, before the swept settings"
            + (swept.isEmpty() ? "" : " (" + String.join("; ", swept) + ")")
            + "; the availabilities are analytic (blue).";
    }
    return read(root.get("structure"), simulated, basis, balancer);
  }

  /**
   * The diagram of a {@code "structure"} object, or null for none.
   *
   * @param simulated the run's figures, whose {@code availability} of a block's scope labels it
   * @param basis the caption's words on which figures label the blocks
   * @param balancer the balancer line of the traffic path, or null for the scenario's
   */
  static SystemDiagram read(JsonNode structure, List<MetricResult> simulated, String basis,
      String balancer) {
    if (structure == null || structure.isNull()) {
      return null;
    }
    if (!structure.isObject() || !structure.path("system").isObject()) {
      throw new IllegalArgumentException("\"structure\" must be an object with a \"system\"");
    }
    Map<String, MetricResult> availability = new HashMap<>();
    for (MetricResult m : simulated) {
      if (m.name().equals("availability")) {
        availability.putIfAbsent(m.scope(), m);
      }
    }
    Block system = block(structure.get("system"), availability);
    JsonNode t = structure.path("traffic");
    SystemDiagram.TrafficPath path = null;
    if (t.isObject()) {
      List<String> requests = new ArrayList<>(List.of(t.path("arrivals").asText("")));
      for (MetricResult m : simulated) {
        if (m.scope().equals("traffic") && m.name().equals("success-ratio")
            && Double.isFinite(m.mean())) {
          requests.add("success " + Values.format(m.mean(), m.unit(), m.name()) + " (simulated)");
        }
      }
      String health = t.path("health").isTextual()
          ? "health: detector " + t.get("health").asText() : "knows at once who is down";
      int units = t.path("units").asInt();
      int workers = t.path("workers").asInt();
      path = new SystemDiagram.TrafficPath(List.of(
          new SystemDiagram.Stop("requests", requests),
          new SystemDiagram.Stop("balancer", List.of(
              balancer == null ? t.path("balancer").asText("") : balancer, health)),
          new SystemDiagram.Stop(t.path("servers").asText(""), List.of(
              units + (units == 1 ? " server" : " servers") + ", " + workers
                  + (workers == 1 ? " worker" : " workers") + " each"))));
    }
    return new SystemDiagram(system, path, basis);
  }

  private static Block block(JsonNode node, Map<String, MetricResult> simulated) {
    Figure figure = figure(node, simulated);
    String kind = node.path("kind").asText("");
    int units = node.path("units").asInt(1);
    switch (kind) {
      case "group":
        return new Block.Unit(text(node, "group"),
            units == 1 ? List.of() : List.of("all " + units + " units"), units, figure);
      case "at-least":
        int k = node.path("k").asInt();
        if (node.has("group")) {
          return new Block.Unit(text(node, "group"), List.of(k + " of " + units), units, figure);
        }
        List<Block> voters = parts(node.get("parts"), simulated);
        return new Block.Parallel(k + " of " + voters.size(), figure, voters,
            Block.Junction.vote(k, voters.size()), null);
      case "series":
        return new Block.Series("series", figure, parts(node.get("parts"), simulated));
      case "parallel":
        return new Block.Parallel("parallel", figure, parts(node.get("parts"), simulated),
            Block.Junction.JOIN, null);
      case "standby":
        List<Block> pool = new ArrayList<>();
        pool.add(member(node.get("active"), "active", simulated));
        JsonNode spares = node.get("spares");
        if (spares == null || !spares.isArray() || spares.isEmpty()) {
          throw new IllegalArgumentException("\"structure\": a standby needs \"spares\"");
        }
        for (JsonNode spare : spares) {
          pool.add(member(spare, "spare", simulated));
        }
        String detector = node.path("detector").isTextual() ? node.get("detector").asText() : null;
        return new Block.Parallel("standby " + text(node, "name") + " ("
            + node.path("mode").asText("hot") + ")", figure, pool,
            Block.Junction.standbySwitch(), detector);
      case "quorum":
        String heartbeat = node.path("heartbeat").isTextual()
            ? "heartbeat " + node.get("heartbeat").asText() : "instant heartbeats";
        return new Block.Unit(text(node, "name"), List.of("quorum of " + text(node, "group")
            + ": " + node.path("majority").asInt() + " of " + units, heartbeat), units, figure);
      default:
        throw new IllegalArgumentException("\"structure\": unknown kind of node \"" + kind + "\"");
    }
  }

  /** A standby's active or spare group: its name, its role, and its count when above one. */
  private static Block member(JsonNode node, String role, Map<String, MetricResult> simulated) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("\"structure\": a standby's " + role
          + " must be an object");
    }
    int units = node.path("units").asInt(1);
    String detail = units == 1 ? role : units + " " + role + "s, tried in turn";
    return new Block.Unit(text(node, "group"), List.of(detail), units, figure(node, simulated));
  }

  private static List<Block> parts(JsonNode parts, Map<String, MetricResult> simulated) {
    if (parts == null || !parts.isArray() || parts.isEmpty()) {
      throw new IllegalArgumentException("\"structure\": \"parts\" must be a non-empty array");
    }
    List<Block> blocks = new ArrayList<>();
    for (JsonNode part : parts) {
      if (!part.isObject()) {
        throw new IllegalArgumentException("\"structure\": a part must be an object");
      }
      blocks.add(block(part, simulated));
    }
    return blocks;
  }

  /**
   * The run's estimate of the node's scope where it has one, else its analytic value, else none
   * (its formula then says why).
   */
  private static Figure figure(JsonNode node, Map<String, MetricResult> simulated) {
    JsonNode scope = node.get("scope");
    JsonNode formula = node.get("formula");
    String why = formula == null || !formula.isTextual() ? "" : formula.asText();
    MetricResult m = scope == null || !scope.isTextual() ? null : simulated.get(scope.asText());
    JsonNode analytic = node.get("analytic");
    String formulaValue = analytic != null && analytic.isNumber()
        ? "analytic " + Values.format(analytic.asDouble(), "1", "availability")
            + (why.isEmpty() ? "" : " (" + why + ")") : why;
    if (m != null && Double.isFinite(m.mean())) {
      String interval = ResultTable.interval(m);
      String note = (interval.equals("-") ? "" : "interval " + interval)
          + (formulaValue.isEmpty() ? "" : (interval.equals("-") ? "" : "; ") + formulaValue);
      return new Figure(Values.format(m.mean(), "1", "availability"), Figure.Source.SIMULATED,
          note);
    }
    if (analytic != null && analytic.isNumber()) {
      return new Figure(Values.format(analytic.asDouble(), "1", "availability"),
          Figure.Source.ANALYTIC, why);
    }
    return Figure.none(why.isEmpty() ? "no formula" : why);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"structure\": missing \"" + field + "\" in a node");
    }
    return value.asText();
  }
}
