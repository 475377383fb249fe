package dev.nines.scenarios;

import dev.nines.models.Crew;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code crews: {NAME: {size: N}}}: repair crews, each of {@code size} repairers (default 1).
 * {@code NAME:} or {@code NAME: {}} alone is a crew of one.
 */
final class CrewReader {

  private static final List<String> FIELDS = List.of("size");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final String EXAMPLE = "e.g. crews: {tech: {size: 2}}";

  /**
   * What was read.
   *
   * @param crews the crews read without problems, in file order
   * @param declared every declared crew name with where it was written, even when its size was bad,
   *     so that references to it are not reported as unknown
   */
  record Crews(List<Crew> crews, Map<String, Position> declared) {

    static final Crews NONE = new Crews(List.of(), Map.of());
  }

  private final Problems problems;

  CrewReader(Problems problems) {
    this.problems = problems;
  }

  /** Reads the {@code crews} node. An empty map or an empty value declares no crew. */
  Crews read(Node node) {
    if (node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL) {
      return Crews.NONE;
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'crews' must be a map from crew names to crews, got " + node.describe(),
          EXAMPLE);
      return Crews.NONE;
    }
    List<Crew> crews = new ArrayList<>();
    Map<String, Position> declared = new LinkedHashMap<>();
    for (MapNode.Entry e : ((MapNode) node).entries()) {
      declared.put(e.key(), e.keyAt());
      int before = problems.count();
      if (!NAME.matcher(e.key()).matches()) {
        problems.report(e.keyAt(), e.value().path(), "invalid crew name '" + e.key() + "'",
            "a crew name starts with a letter and holds only letters, digits, '_' and '-'");
      }
      Integer size = size(e.value());
      if (size != null && problems.count() == before) {
        crews.add(new Crew(e.key(), size));
      }
    }
    return new Crews(crews, declared);
  }

  /** The crew's size: 1 by default, null after reporting a problem. */
  private Integer size(Node crew) {
    if (crew instanceof ScalarNode && ((ScalarNode) crew).kind() == ScalarNode.Kind.NULL) {
      return 1;
    }
    if (!(crew instanceof MapNode)) {
      problems.at(crew, "a crew must be a map such as {size: 2}, got " + crew.describe(),
          "e.g. " + Node.name(crew.path()) + ": {size: 2}");
      return null;
    }
    MapNode map = (MapNode) crew;
    Fields.check(map, FIELDS, List.of(), problems);
    Node sizeNode = map.get("size");
    return sizeNode == null ? Integer.valueOf(1) : Values.integerAtLeast(sizeNode, 1, problems);
  }
}
