package dev.nines.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.nines.scenarios.yaml.Node;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drives the scenario schema and the loader with the same documents and reports what each says
 * about the fields of one map: the loader's "unknown field" problems (and the valid fields its
 * hint lists), and the schema's additionalProperties errors (and where in the schema they arise).
 * Both are asked, never a hand-written list, so a field added to one side only shows up.
 */
final class SchemaProbes {

  /** A key no reader or schema object knows. */
  static final String BOGUS = "bogusField";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID_FIELDS = "valid fields here are: ";

  final JsonNode schemaNode;
  private final JsonSchema schema;
  /** Every property name the schema declares anywhere. */
  final Set<String> declared = new TreeSet<>();

  SchemaProbes() {
    try {
      schemaNode = JSON.readTree(ScenarioSchema.text());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
    collectDeclared(schemaNode);
  }

  /**
   * What both sides said when names were added to the map at {@code path}.
   *
   * @param path the map's dotted path, as the loader writes it
   * @param loaderValid the fields the loader's hint lists as valid there; null for a map whose keys
   *     are names (no field is unknown there)
   * @param loaderUnknown the added names the loader reports as unknown fields
   * @param schemaRejected the added names the schema refuses as additional properties
   * @param schemaObjects the schema objects (JSON pointers) that refused them
   */
  record Probe(String path, List<String> loaderValid, Set<String> loaderUnknown,
      Set<String> schemaRejected, Set<String> schemaObjects) {}

  /** The document's YAML text as a tree. */
  static JsonNode tree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's errors for a document. */
  Set<ValidationMessage> validate(JsonNode document) {
    return schema.validate(document);
  }

  /** The loader's problems for a document (none when it loads). */
  static List<Problem> load(JsonNode document) {
    String text;
    try {
      // JSON is YAML: the loader reads it with the same paths, types and quoting of strings.
      text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    try {
      ScenarioLoader.parse(text, "probe.yaml", Overrides.NONE);
      return List.of();
    } catch (ScenarioException e) {
      return e.problems();
    }
  }

  /** The path of every map in the document, each as its keys and list indices from the root. */
  static List<List<Object>> maps(JsonNode document) {
    List<List<Object>> found = new ArrayList<>();
    collectMaps(document, new ArrayList<>(), found);
    return found;
  }

  /**
   * Adds {@link #BOGUS} to the map at {@code at} to learn the loader's valid fields there, then
   * every declared name, every valid field and BOGUS at once (null values; keys already present
   * are left alone), and reports what each side makes of them.
   */
  Probe probe(JsonNode document, List<Object> at) {
    String path = dotted(at);
    List<String> valid = validFields(load(with(document, at, Set.of(BOGUS))), path);
    Set<String> names = new LinkedHashSet<>(declared);
    if (valid != null) {
      names.addAll(valid);
    }
    names.add(BOGUS);
    target(document, at).fieldNames().forEachRemaining(names::remove);
    JsonNode probed = with(document, at, names);
    Set<String> unknown = new TreeSet<>();
    for (Problem p : load(probed)) {
      for (String name : names) {
        if (p.path().equals(Node.child(path, name))
            && p.message().equals("unknown field '" + name + "'")) {
          unknown.add(name);
        }
      }
    }
    Set<String> rejected = new TreeSet<>();
    Set<String> objects = new TreeSet<>();
    for (ValidationMessage m : validate(probed)) {
      if (m.getType().equals("additionalProperties") && names.contains(m.getProperty())
          && dotted(elements(m.getInstanceLocation())).equals(path)) {
        rejected.add(m.getProperty());
        List<Object> keyword = elements(m.getSchemaLocation().getFragment());
        objects.add(pointer(keyword.subList(0, keyword.size() - 1)));
      }
    }
    return new Probe(path, valid, unknown, rejected, objects);
  }

  /** The JSON pointer of each schema object with additionalProperties: false. */
  Set<String> closedObjects() {
    Set<String> found = new TreeSet<>();
    collectClosed(schemaNode, new ArrayList<>(), found);
    return found;
  }

  /** {@code a.b[2].c} for the keys and indices of a path. */
  static String dotted(List<Object> at) {
    String path = "";
    for (Object segment : at) {
      path = segment instanceof Integer ? Node.item(path, (Integer) segment)
          : Node.child(path, (String) segment);
    }
    return path;
  }

  /** {@code /a/b/2} for the keys and indices of a path; empty for the root. */
  static String pointer(List<Object> at) {
    StringBuilder s = new StringBuilder();
    at.forEach(segment -> s.append('/').append(segment));
    return s.toString();
  }

  /** The fields the loader's hint for BOGUS lists at {@code path}; null when it reported none. */
  private static List<String> validFields(List<Problem> problems, String path) {
    for (Problem p : problems) {
      if (p.path().equals(Node.child(path, BOGUS))
          && p.message().equals("unknown field '" + BOGUS + "'")) {
        if (p.hint() == null || !p.hint().startsWith(VALID_FIELDS)) {
          throw new AssertionError("at " + path + " the loader's hint for an unknown field no "
              + "longer lists the valid fields: " + p);
        }
        return List.of(p.hint().substring(VALID_FIELDS.length()).split(", "));
      }
    }
    return null;
  }

  private static JsonNode with(JsonNode document, List<Object> at, Set<String> names) {
    JsonNode copy = document.deepCopy();
    ObjectNode map = (ObjectNode) target(copy, at);
    names.forEach(map::putNull);
    return copy;
  }

  private static JsonNode target(JsonNode document, List<Object> at) {
    JsonNode node = document;
    for (Object segment : at) {
      node = segment instanceof Integer ? node.get((Integer) segment) : node.get((String) segment);
    }
    return node;
  }

  private static List<Object> elements(JsonNodePath path) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      elements.add(path.getElement(i));
    }
    return elements;
  }

  private static void collectMaps(JsonNode node, List<Object> at, List<List<Object>> found) {
    if (node.isObject()) {
      found.add(List.copyOf(at));
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        at.add(name);
        collectMaps(node.get(name), at, found);
        at.remove(at.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        at.add(i);
        collectMaps(node.get(i), at, found);
        at.remove(at.size() - 1);
      }
    }
  }

  private void collectDeclared(JsonNode node) {
    if (node.isObject() && node.path("properties").isObject()) {
      node.get("properties").fieldNames().forEachRemaining(declared::add);
    }
    node.forEach(this::collectDeclared);
  }

  private static void collectClosed(JsonNode node, List<Object> at, Set<String> found) {
    if (node.isObject()) {
      JsonNode additional = node.get("additionalProperties");
      if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
        found.add(pointer(at));
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        at.add(name);
        collectClosed(node.get(name), at, found);
        at.remove(at.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        at.add(i);
        collectClosed(node.get(i), at, found);
        at.remove(at.size() - 1);
      }
    }
  }
}
