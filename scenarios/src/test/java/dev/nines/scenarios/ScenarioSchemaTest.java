package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.nines.models.start.Start;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.traffic.BalancerSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of the scenario language ({@link ScenarioSchema}) against the loader. Every
 * scenario file of the project validates; and for every map in them, the schema and the loader
 * agree, name by name, on which fields are known there: each is asked (see {@link SchemaProbes}),
 * so a field added to a reader and not to the schema, or the other way round, fails here with the
 * field and the path.
 */
class ScenarioSchemaTest {

  private static final List<Path> FOLDERS = List.of(Path.of("examples"),
      Path.of("..", "notebooks", "scenarios"), Path.of("..", "benchmarks", "scenarios"));

  /**
   * Scenarios that reach the parts of the language no project file uses, so that every object of
   * the schema is probed. Each must load, and validate.
   */
  private static final Map<String, String> REACH = Map.of(
      "every distribution", """
          name: every distribution
          horizon: 10y
          components:
            a:
              failure: {dist: gamma, shape: 2, mean: 100h}
              repair: {dist: erlang, k: 3, mean: 2h}
            b:
              failure: {dist: deterministic, value: 100h}
              repair: {dist: empirical, values: [1h, 2h, 4h]}
            c:
              failure: {dist: exponential, rate: 1/100h}
              repair: {dist: uniform, min: 0, max: 3h}
            d: {failure: {dist: weibull, shape: 1.5, scale: 100h}, repair: 2h}
          system: {parallel: [a, {atLeast: 2, of: [b, c, d]}]}
          """,
      "a daily curve", """
          name: a daily curve
          horizon: 2h
          replications: 5
          components: {app: {count: 2}}
          traffic:
            arrivals: {schedule: [{at: 0h, rate: 50/s}, {at: 30m, rate: 0}], period: 1h}
            service: {dist: exponential, mean: 1ms}
            servers: app
            balancer: {name: weighted-round-robin, weights: [2, 1]}
          """);

  private final SchemaProbes probes = new SchemaProbes();

  @Test
  void theSchemaIsADraft07Schema() {
    assertEquals("http://json-schema.org/draft-07/schema#",
        probes.schemaNode.get("$schema").asText());
    var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema"));
    Set<ValidationMessage> errors = meta.validate(probes.schemaNode);
    assertTrue(errors.isEmpty(), () -> "not a valid draft-07 schema: " + errors);
  }

  @Test
  void everyScenarioFileValidates() throws IOException {
    Map<String, JsonNode> documents = documents();
    assertTrue(documents.size() >= 30, () -> "expected the project's scenarios, found "
        + documents.keySet());
    documents.forEach((name, document) -> {
      Set<ValidationMessage> errors = probes.validate(document);
      assertTrue(errors.isEmpty(), () -> name + " does not validate: " + errors);
    });
  }

  @Test
  void theReachingScenariosLoad() {
    REACH.forEach((name, yaml) -> assertEquals(List.of(),
        SchemaProbes.load(SchemaProbes.tree(yaml)), name));
  }

  /**
   * For every map of every scenario, each name the schema declares anywhere, each field the loader
   * lists as valid there, and {@code bogusField} is added: the loader must call it an unknown field
   * exactly where the schema refuses it as an additional property.
   */
  @Test
  void theSchemaAndTheLoaderKnowTheSameFieldsEverywhere() throws IOException {
    Map<String, List<String>> drift = new TreeMap<>(); // each disagreement, with its files
    int fixed = 0;
    int named = 0;
    for (Map.Entry<String, JsonNode> d : documents().entrySet()) {
      for (List<Object> at : SchemaProbes.maps(d.getValue())) {
        SchemaProbes.Probe p = probes.probe(d.getValue(), at);
        if (p.loaderValid() == null) {
          named++;
        } else {
          fixed++;
        }
        disagreements(p).forEach(
            what -> drift.computeIfAbsent(what, k -> new ArrayList<>()).add(d.getKey()));
      }
    }
    // Every root is a map of fixed fields; components is one of names.
    assertTrue(fixed >= documents().size() && named >= documents().size(),
        "the walk missed maps: " + fixed + " of fields, " + named + " of names");
    if (!drift.isEmpty()) {
      StringBuilder s = new StringBuilder(drift.size() + " disagreements between the schema and "
          + "the loader:");
      drift.forEach((what, files) -> s.append("\n").append(what).append("  [").append(files.get(0))
          .append(files.size() > 1 ? " and " + (files.size() - 1) + " more" : "").append(']'));
      fail(s.toString());
    }
  }

  /** Every schema object that closes its properties is reached by some probe, or it is untested. */
  @Test
  void everyClosedObjectOfTheSchemaIsProbed() throws IOException {
    Set<String> reached = new TreeSet<>();
    for (JsonNode document : documents().values()) {
      for (List<Object> at : SchemaProbes.maps(document)) {
        reached.addAll(probes.probe(document, at).schemaObjects());
      }
    }
    Set<String> missed = new TreeSet<>(probes.closedObjects());
    missed.removeAll(reached);
    assertTrue(missed.isEmpty(), () -> "no scenario reaches these objects of the schema, so their "
        + "fields are not checked against the loader; add a scenario to REACH: " + missed);
  }

  @Test
  void theDistributionsAreTheLoaders() {
    JsonNode map = probes.schemaNode.at("/definitions/distributionMap");
    List<String> inSchema = texts(map.at("/properties/dist/enum"));
    Problem unknown = Scenarios.single("""
        name: x
        horizon: 1y
        components: {a: {failure: {dist: bogusDist, mean: 1h}, repair: 1h}}
        """);
    String prefix = "known distributions are: ";
    assertTrue(unknown.hint().startsWith(prefix), unknown::toString);
    assertEquals(List.of(unknown.hint().substring(prefix.length()).split(", ")), inSchema);
    List<String> dispatched = new ArrayList<>();
    map.get("allOf").forEach(
        branch -> dispatched.add(branch.at("/if/properties/dist/const").asText()));
    assertEquals(inSchema, dispatched,
        "each distribution needs its own parameters (an if/then in allOf)");
  }

  @Test
  void theBalancersAndStandbyModesAreTheModels() {
    assertEquals(BalancerSpec.NAMES,
        texts(probes.schemaNode.at("/definitions/balancerName/anyOf/0/enum")));
    List<String> modes = Arrays.stream(StandbyMode.values()).map(StandbyMode::word).toList();
    assertEquals(modes,
        texts(probes.schemaNode.at("/definitions/standby/properties/mode/anyOf/0/enum")));
  }

  @Test
  void theStartsAreTheModels() {
    List<String> starts = Arrays.stream(Start.values()).map(Start::text).toList();
    assertEquals(starts, texts(probes.schemaNode.at("/properties/start/enum")));
  }

  /** What an editor shows on hovering or completing: a description for every field. */
  @Test
  void everyPropertyIsDescribed() {
    List<String> bare = new ArrayList<>();
    undescribed(probes.schemaNode, "", bare);
    assertEquals(List.of(), bare, "properties without a description");
  }

  /** The disagreements of one probe, each naming the path and the field. */
  private static List<String> disagreements(SchemaProbes.Probe p) {
    String where = "at '" + p.path() + "'";
    if (p.loaderValid() == null) {
      return p.schemaRejected().isEmpty() ? List.of()
          : List.of(where + ": the loader takes any name here, the schema refuses "
              + p.schemaRejected());
    }
    if (p.schemaRejected().isEmpty()) {
      return List.of(where + ": the schema takes any field here (bogusField too), the loader "
          + "knows only " + p.loaderValid());
    }
    List<String> found = new ArrayList<>();
    if (!p.loaderUnknown().contains(SchemaProbes.BOGUS)) {
      found.add(where + ": the loader does not report 'bogusField' as an unknown field");
    }
    Set<String> names = new TreeSet<>(p.loaderUnknown());
    names.addAll(p.schemaRejected());
    names.addAll(p.loaderValid());
    for (String name : names) {
      boolean unknown = p.loaderUnknown().contains(name);
      boolean rejected = p.schemaRejected().contains(name);
      if (!unknown && rejected) {
        found.add(where + ": the loader reads field '" + name + "', the schema does not declare it"
            + " in " + p.schemaObjects());
      } else if (unknown && !rejected) {
        found.add(where + ": the schema declares field '" + name + "', the loader reports it as "
            + "unknown (it knows " + p.loaderValid() + ")");
      }
    }
    return found;
  }

  /** The project's scenario files and the reaching scenarios, each as a tree, by name. */
  private static Map<String, JsonNode> documents() throws IOException {
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          documents.put(file.toString(), SchemaProbes.tree(Files.readString(file)));
        }
      }
    }
    new TreeMap<>(REACH).forEach((name, yaml) -> documents.put(name, SchemaProbes.tree(yaml)));
    return documents;
  }

  private static List<String> texts(JsonNode array) {
    assertFalse(array.isMissingNode(), "no such place in the schema");
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static void undescribed(JsonNode node, String at, List<String> bare) {
    if (node.isObject() && node.path("properties").isObject() && !at.contains("/if")
        && !at.contains("/dependencies")) {
      node.get("properties").fields().forEachRemaining(e -> {
        if (!e.getValue().has("description")) {
          bare.add(at + "/properties/" + e.getKey());
        }
      });
    }
    node.fields().forEachRemaining(e -> undescribed(e.getValue(), at + "/" + e.getKey(), bare));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        undescribed(node.get(i), at + "/" + i, bare);
      }
    }
  }
}
