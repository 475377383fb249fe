package dev.nines.models;

import dev.nines.models.structure.Structure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is simulated: the component groups, in the order they were written, and the structure that
 * says when the system is up. Checks that every group the structure names exists and that no
 * {@code atLeast} asks for more units than a group has.
 */
public record SystemModel(List<ComponentGroup> groups, Structure structure) {

  public SystemModel {
    groups = List.copyOf(groups);
    Objects.requireNonNull(structure, "structure");
    Map<String, ComponentGroup> byName = new LinkedHashMap<>();
    for (ComponentGroup g : groups) {
      if (byName.put(g.name(), g) != null) {
        throw new IllegalArgumentException("duplicate group " + g.name());
      }
    }
    check(structure, byName);
  }

  public ComponentGroup group(String name) {
    for (ComponentGroup g : groups) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group named " + name);
  }

  private static void check(Structure node, Map<String, ComponentGroup> groups) {
    if (node instanceof Structure.Group g) {
      requireGroup(g.name(), groups);
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      ComponentGroup g = requireGroup(a.group(), groups);
      if (a.k() > g.count()) {
        throw new IllegalArgumentException(
            "atLeast " + a.k() + " of " + a.group() + ", which has only " + g.count() + " units");
      }
    } else {
      Structure.partsOf(node).forEach(p -> check(p, groups));
    }
  }

  private static ComponentGroup requireGroup(String name, Map<String, ComponentGroup> groups) {
    ComponentGroup g = groups.get(name);
    if (g == null) {
      throw new IllegalArgumentException("unknown group " + name);
    }
    return g;
  }
}
